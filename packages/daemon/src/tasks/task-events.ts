import {
  containerd,
  nowNanos,
  timestampToNanos,
  topics,
  typeUrls,
  unpackAny,
  type google,
} from '@corral/api';
import type { DaemonContext } from '../context.js';
import { retireTask } from './retire-task.js';
import { learnExit, learnOom } from './task-exit.js';

/** The parts of a journaled event the daemon acts on. */
export interface TaskEvent {
  /** Publish time, ns since the epoch (the shim's envelope). */
  timestamp?: bigint;
  namespace?: string | null;
  topic?: string | null;
  event?: google.protobuf.Any.$Properties | null;
}

/**
 * What the daemon does with the shims' /tasks/* events (after they are journaled): an init's exit
 * is recorded and its task retired (the Wait call may have said so already: first one wins), an
 * OOM is remembered for the exit's reason, a TaskDelete of a task never seen exiting gives its
 * status, and a TaskStart of a container still on record as created says it runs (a Start a crash
 * cut short that the shim finished after recovery had looked). Events of execs and of containers
 * this daemon does not know are only fanned out.
 */
export async function handleTaskEvent(ctx: DaemonContext, e: TaskEvent): Promise<void> {
  const ns = e.namespace ?? '';
  const any = e.event;
  if (!any?.type_url) return;
  switch (e.topic) {
    case topics.taskExit: {
      const ev = unpackAny(any, typeUrls.TaskExit, containerd.events.TaskExit);
      if (ev.id && ev.id !== ev.containerId) return; // an exec's exit
      const c = ctx.store.get(ns, ev.containerId ?? '');
      if (!c || c.removing) return;
      await learnExit(ctx, c, { exitStatus: ev.exitStatus ?? 0, exitedAt: timestampToNanos(ev.exitedAt) });
      // Not awaited: Delete + Shutdown take a moment, and the next event should not wait for it.
      void retireTask(ctx, c).catch((err: unknown) => c.logger.warn({ err }, 'retiring the task failed'));
      return;
    }
    case topics.taskStart: {
      const ev = unpackAny(any, typeUrls.TaskStart, containerd.events.TaskStart);
      const c = ctx.store.get(ns, ev.containerId ?? '');
      if (!c || c.removing || c.starting || c.record.state !== 'created' || !c.hasLiveTask) return;
      c.logger.info('the shim started the container (a start cut short by a crash finished)');
      await ctx.store.save(c, (r) => {
        r.state = 'running';
        r.startedAt ??= (e.timestamp ?? nowNanos()).toString();
      });
      return;
    }
    case topics.taskDelete: {
      const ev = unpackAny(any, typeUrls.TaskDelete, containerd.events.TaskDelete);
      if (ev.id) return;
      const c = ctx.store.get(ns, ev.containerId ?? '');
      if (!c || c.removing || c.record.state === 'created') return;
      await learnExit(ctx, c, { exitStatus: ev.exitStatus ?? 0, exitedAt: timestampToNanos(ev.exitedAt) });
      return;
    }
    case topics.taskOOM: {
      const ev = unpackAny(any, typeUrls.TaskOOM, containerd.events.TaskOOM);
      const c = ctx.store.get(ns, ev.containerId ?? '');
      if (c) await learnOom(ctx, c);
      return;
    }
    default:
      return;
  }
}
