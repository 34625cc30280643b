import type { Container } from '../containers/container.js';
import type { DaemonContext } from '../context.js';
import { timeouts } from '../timeouts.js';
import { cleanupAfterDeadShim } from './dead-shim.js';
import { stopShim } from '../shims/stop-shim.js';
import { isProcessAlive } from '../util/process-alive.js';
import { inShimGroup, leaveShimGroup } from './group-member.js';

const retiring = new WeakMap<Container, Promise<void>>();

/**
 * After the exit is recorded: Delete the task in its shim (it unmounts the rootfs, drains and closes
 * the log), then Shutdown the shim, as containerd's CRI does on TaskExit: an exited container keeps
 * no process. Idempotent and shared: Remove awaits the same promise.
 */
export function retireTask(ctx: DaemonContext, c: Container): Promise<void> {
  if (c.record.taskDeleted) return Promise.resolve();
  let p = retiring.get(c);
  if (!p) {
    p = doRetire(ctx, c).finally(() => retiring.delete(c));
    retiring.set(c, p);
  }
  return p;
}

/** The retirement in flight for `c`, if any (Remove waits for it rather than race it). */
export function retirement(c: Container): Promise<void> | undefined {
  return retiring.get(c);
}

async function doRetire(ctx: DaemonContext, c: Container): Promise<void> {
  // The exit must be on disk before the shim lets go of it (Delete removes its exit record): a
  // second path that learned the same exit may get here while the first one's save is in flight.
  await ctx.store.settled(c);
  const conn = c.shim;
  if (!conn || conn.closed) {
    const s = c.record.shim;
    // Alive but not connected (a dropped connection being re-dialed): the reconnect retires it.
    if (s && isProcessAlive(s.pid, s.startTime)) return;
    await cleanupAfterDeadShim(ctx, c);
    return;
  }
  try {
    await conn.task.delete({ id: c.id }, conn.opts());
  } catch (err) {
    if ((err as { code?: string }).code !== 'NotFound') {
      c.logger.warn({ err }, 'deleting the task in its shim failed');
      if (!conn.closed) return; // still there: Remove or the next start-up tries again
      await cleanupAfterDeadShim(ctx, c);
      return;
    }
  }
  await ctx.store.save(c, (r) => (r.taskDeleted = true));
  await shutdownShim(ctx, c);
}

/**
 * The container's shim goes (stopShim: Shutdown, wait, kill if it stays), dialed for it when we are
 * not connected (corrald died between Delete and Shutdown). A grouped container only leaves its
 * group (the last one out shuts the shim down).
 */
export async function shutdownShim(ctx: DaemonContext, c: Container): Promise<void> {
  // corral-shim only: no log FIFO.
  if (inShimGroup(c)) {
    await leaveShimGroup(ctx, c);
    return;
  }
  const s = c.record.shim;
  const conn = c.shim;
  c.shim = undefined;
  if (s) {
    await stopShim(
      { namespace: c.namespace, id: c.id, socket: s.socket, pid: s.pid, startTime: BigInt(s.startTime) },
      conn,
      c.logger,
    );
  } else if (conn && !conn.closed) {
    // Launched but not yet on record (a create being rolled back): nothing to wait on by pid.
    await conn.task.shutdown({ id: c.id }, conn.opts(timeouts.shimShutdownMs)).catch(() => undefined);
    await conn.close();
  }
  c.logFifo?.close();
  c.logFifo = undefined;
}
