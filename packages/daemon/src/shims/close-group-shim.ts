import { rmSync } from 'node:fs';
import type { Logger } from 'pino';
import { timeouts } from '../timeouts.js';
import { isProcessAlive, processExited } from '../util/process-alive.js';
import { killShim } from './kill-shim.js';
import { ShimConnection } from './shim-connection.js';
import type { GroupShim } from './shim-groups.js';

/**
 * A group's shim whose last member left: Shutdown (it exits once it holds no container, after
 * draining its outbox), wait for it to go, kill it if it stays (it holds nothing of ours any more),
 * and remove its socket and directory. A dead one only has its files removed.
 */
export async function closeGroupShim(g: GroupShim, logger: Logger): Promise<void> {
  const log = logger.child({ shimPid: g.pid, shimDir: g.dir, shimGroup: g.group });
  if (isProcessAlive(g.pid, g.startTime)) {
    const conn = await ShimConnection.dial(
      g.namespace,
      g.id,
      g.socket,
      () => undefined,
      timeouts.shimConnectMs,
    ).catch(() => undefined);
    if (conn) {
      await conn.task.shutdown({ id: g.id }, conn.opts(timeouts.shimShutdownMs)).catch(() => undefined);
      await conn.close();
    }
    if (!(await processExited(g.pid, g.startTime, timeouts.shimExitAfterShutdownMs))) {
      log.warn('the group shim did not exit after Shutdown; killing it');
      killShim(g.pid, g.startTime);
    }
  }
  rmSync(g.socket, { force: true });
  rmSync(g.dir, { recursive: true, force: true });
  log.debug('the group shim is gone');
}
