import type { Container } from '../containers/container.js';
import type { ShimRecord } from '../containers/container-record.js';
import { rollbackCreate } from '../containers/create-container.js';
import type { DaemonContext } from '../context.js';
import { ShimConnection } from '../shims/shim-connection.js';
import { timeouts } from '../timeouts.js';
import { isProcessAlive } from '../util/process-alive.js';
import { sleep } from '../util/time.js';

/**
 * A create a crash interrupted (record phase `creating`) is rolled back, never completed: the
 * client never got the id. Its shim may still be running the Create corrald sent: killing it then
 * would let `runc create` finish behind our back and leave a runc container nobody deletes. So a
 * live shim is asked to let go — Delete once it has the task, Shutdown once it has none, again
 * until it leaves (it refuses Shutdown while a Create runs), bounded by the create timeout. Only a
 * shim that does not cooperate is killed. Then the ordinary rollback: the shim binary's `delete`,
 * the files, the record. A shim the record never named (spawned, not yet recorded) was never
 * sent a Create: the rollback finds it by its bundle and kills it.
 */
export async function rollbackInterruptedCreate(ctx: DaemonContext, c: Container): Promise<void> {
  c.removing = true;
  const s = c.record.shim;
  if (s && isProcessAlive(s.pid, s.startTime)) {
    const left = await askShimToLeave(c, s).catch((err: unknown) => {
      c.logger.warn({ err, shimPid: s.pid }, 'the shim of an interrupted create does not answer');
      return false;
    });
    if (!left) c.logger.warn({ shimPid: s.pid }, 'the shim of an interrupted create stays; killing it');
  }
  await rollbackCreate(ctx, c);
}

async function askShimToLeave(c: Container, s: ShimRecord): Promise<boolean> {
  const conn = await ShimConnection.dial(
    c.namespace,
    c.id,
    s.socket,
    () => undefined,
    timeouts.shimConnectMs,
  );
  try {
    const deadline = Date.now() + timeouts.shimCreateMs;
    while (Date.now() < deadline) {
      try {
        await conn.task.delete({ id: c.id }, conn.opts());
        c.logger.info('deleted the task of an interrupted create');
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === 'FailedPrecondition') {
          // It runs (someone started it through the list): kill it, wait for the exit, delete.
          await conn.task.kill({ id: c.id, signal: 9, all: true }, conn.opts()).catch(() => undefined);
          await conn.task.wait({ id: c.id }, conn.opts(timeouts.killWaitMs)).catch(() => undefined);
          continue;
        }
        if (code !== 'NotFound') throw err;
      }
      await conn.task.shutdown({ id: c.id }, conn.opts(timeouts.shimShutdownMs)).catch(() => undefined);
      // It leaves (after draining its outbox), or a Create in flight finishes: Delete that task.
      const wait = Math.min(timeouts.shimExitAfterShutdownMs, Math.max(0, deadline - Date.now()));
      if (await leavesOrHasTask(c, conn, s, wait)) return true;
    }
    return false;
  } finally {
    await conn.close();
  }
}

/** True once the shim is gone; false when it has a task again or `ms` passed. */
async function leavesOrHasTask(
  c: Container,
  conn: ShimConnection,
  s: ShimRecord,
  ms: number,
): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isProcessAlive(s.pid, s.startTime)) return true;
    if (!conn.closed) {
      const hasTask = await conn.task.state({ id: c.id }, conn.opts()).then(
        () => true,
        () => false,
      );
      if (hasTask) return false;
    }
    await sleep(timeouts.shimDialRetryMs);
  }
  return !isProcessAlive(s.pid, s.startTime);
}
