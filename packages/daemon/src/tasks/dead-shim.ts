import { readOutbox } from '@corral/api';
import type { Container } from '../containers/container.js';
import type { DaemonContext } from '../context.js';
import { runShimDeleteCommand } from '../shims/shim-delete-command.js';
import { isProcessAlive } from '../util/process-alive.js';
import {
  deliverHeldEvents,
  initExitJournaled,
  publishShimDiedExit,
  shimOutboxPath,
} from './dead-shim-outbox.js';
import { outboxExitRecord, readShimExitRecord } from './exit-record.js';
import { inShimGroup, leaveShimGroup } from './group-member.js';
import { learnExit } from './task-exit.js';

/** An exit status no source knows: docker's and containerd's 255, always with reason ShimDied. */
export const unknownExitStatus = 255;
const killedExitStatus = 128 + 9;

/**
 * containerd's cleanupAfterDeadShim: the shim is gone. Its exit record (written before it could
 * die with the news) gives the real exit. Without one: an init that still ran (pid + start time)
 * is killed by the cleanup, so 137 is its real status; one that is gone too left no status anywhere,
 * so the code is 255 and the message says it is unknown — never a guess shown as real. Either way
 * `<shim> delete` clears runc's state, the rootfs mount and a dead socket, the events the shim's
 * outbox still held are delivered, and a /tasks/exit it never published (no exit record, or killed
 * between writing the record and queueing the event) is published for it.
 * Returns whether the real exit was learned (Status.last_recovery counts both).
 */
export function cleanupAfterDeadShim(
  ctx: DaemonContext,
  c: Container,
  why?: string,
): Promise<DeadShimOutcome> {
  // Several paths notice a dead shim (the dropped connection, a retirement, an event): one cleanup.
  let p = cleaning.get(c);
  if (!p) {
    p = cleanUp(ctx, c, why).finally(() => cleaning.delete(c));
    cleaning.set(c, p);
  }
  return p;
}

type DeadShimOutcome = 'exit-learned' | 'shim-died' | 'exit-known';
const cleaning = new WeakMap<Container, Promise<DeadShimOutcome>>();

async function cleanUp(ctx: DaemonContext, c: Container, why: string | undefined): Promise<DeadShimOutcome> {
  const bundle = ctx.layout.bundle(c.namespace, c.id);
  // Read once, before deliverHeldEvents removes it: its /tasks/exit line is the durable record, and
  // nothing writes it any more (its shim is dead; `delete` leaves it alone).
  const outbox = readOutbox(shimOutboxPath(ctx, c));
  const exitFile = readShimExitRecord(bundle) ?? outboxExitRecord(outbox, c.id);
  const { pid, pidStartTime } = c.record;
  const initAlive = pid !== undefined && pidStartTime !== undefined && isProcessAlive(pid, pidStartTime);
  const binary = c.record.shim?.binary ?? ctx.handlers.find(c.record.runtimeHandler)?.shimBinary;
  if (binary) {
    try {
      const deleted = await runShimDeleteCommand({
        binary,
        namespace: c.namespace,
        id: c.id,
        bundle,
        apiSocket: ctx.layout.apiSocket,
        eventsSocket: ctx.layout.eventsSocket,
      });
      if (deleted.warnings) c.logger.warn({ warnings: deleted.warnings }, 'shim delete reported problems');
    } catch (err) {
      c.logger.warn({ err }, 'cleaning up after the dead shim failed');
    }
  }
  c.shim = undefined;
  c.unreachable = undefined;
  c.logFifo?.close();
  c.logFifo = undefined;
  const { initExitHeld } = await deliverHeldEvents(ctx, c, outbox);
  let outcome: DeadShimOutcome;
  const shimPid = c.record.shim?.pid;
  const died = why ?? `the shim${shimPid ? ` (pid ${shimPid})` : ''} died`;
  if (c.record.state === 'exited') {
    outcome = 'exit-known';
  } else if (exitFile) {
    outcome = 'exit-learned';
    await learnExit(ctx, c, {
      exitStatus: exitFile.exitStatus,
      exitedAt: exitFile.exitedAt,
      oomKilled: exitFile.oomKilled,
      message: `${died} after recording the exit`,
    });
  } else {
    outcome = 'shim-died';
    await learnExit(ctx, c, {
      exitStatus: initAlive ? killedExitStatus : unknownExitStatus,
      reason: 'ShimDied',
      message: initAlive
        ? `${died}; its container's init (pid ${pid}) was killed (SIGKILL) in the cleanup`
        : `${died} without recording the container's exit: exit status unknown`,
    });
    // No exit record: the shim never published the init's /tasks/exit (it writes the record first).
    if (c.exited) publishShimDiedExit(ctx, c);
  }
  if (outcome !== 'shim-died' && !initExitHeld) {
    // The shim may have died between writing the record and queueing the event: then only the
    // journal can say whether the exit went out; if it did not, nobody else will publish it.
    const since = BigInt(c.record.startedAt ?? c.record.createdAt);
    if (!(await initExitJournaled(ctx, c, since))) publishShimDiedExit(ctx, c);
  }
  await ctx.store.save(c, (r) => (r.taskDeleted = true));
  if (inShimGroup(c)) await leaveShimGroup(ctx, c);
  return outcome;
}
