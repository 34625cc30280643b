import { containerd } from '@corral/api';
import type { DaemonContext } from '../context.js';
import type { ShimConnection } from '../shims/shim-connection.js';
import { liveShim, requireState } from '../tasks/live-task.js';
import { timeouts } from '../timeouts.js';
import { nowString, sleep } from '../util/time.js';
import type { Container } from './container.js';
import { publishContainerUpdate } from './container-events.js';

const Status = containerd.v1.types.Status;

/**
 * StartContainer: `runc start` through the shim; only a created container starts. A Start that a
 * crash cut short may still be finishing in the shim when the client asks again (no corrald can
 * know it is in flight): when this one fails and the task turns out to run, that one started it.
 */
export async function startContainer(ctx: DaemonContext, namespace: string, ref: string): Promise<void> {
  const c = ctx.store.require(namespace, ref);
  await c.lock.run(async () => {
    requireState(c, 'start', 'created');
    const conn = liveShim(c, 'start');
    // Taken before the call: a quick process's exit may be recorded before Start replies.
    const startedAt = nowString();
    await ctx.failpoints?.hit('start.before-task', { containerId: c.id });
    c.starting = true;
    try {
      await conn.task.start({ id: c.id }, conn.opts(timeouts.shimStartMs)).catch(async (err: unknown) => {
        if (!(await startedMeanwhile(c, conn))) throw err;
        c.logger.info({ err }, 'a start that a crash cut short had started the container');
      });
    } finally {
      c.starting = false;
    }
    await ctx.failpoints?.hit('start.after-task', { containerId: c.id });
    // A quick process may have exited (and been recorded) before this reply: keep exited then.
    await ctx.store.save(c, (r) => {
      r.startedAt ??= startedAt;
      if (r.state === 'created') r.state = 'running';
    });
  });
  c.logger.info('container started');
  publishContainerUpdate(ctx, c, 'Started');
}

/** Whether the task left CREATED (allowing the other Start a moment to finish). */
async function startedMeanwhile(c: Container, conn: ShimConnection): Promise<boolean> {
  const deadline = Date.now() + timeouts.concurrentStartMs;
  for (;;) {
    const status = await conn.task.state({ id: c.id }, conn.opts()).then(
      (s) => s.status,
      () => undefined,
    );
    if (status === undefined) return false;
    if (status !== Status.CREATED && status !== Status.UNKNOWN) return true;
    if (Date.now() >= deadline) return false;
    await sleep(timeouts.shimDialRetryMs);
  }
}
