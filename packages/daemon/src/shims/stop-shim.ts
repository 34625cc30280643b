import type { Logger } from 'pino';
import { timeouts } from '../timeouts.js';
import { isProcessAlive, processExited } from '../util/process-alive.js';
import { killShim } from './kill-shim.js';
import { ShimConnection } from './shim-connection.js';

/** Which shim process, and where it serves. */
export interface ShimProcessRef {
  namespace: string;
  /** What Shutdown names: a container id, or a group shim's own id. */
  id: string;
  socket: string;
  pid: number;
  startTime: bigint;
}

/**
 * Shutdown (the shim exits once it has no container, after draining its outbox), close, and wait
 * for it to go. A shim we are not connected to (`conn` absent or closed) is dialed for it while it
 * lives; one that is still there after the wait holds nothing of ours and is killed (pidfd + start
 * time).
 */
export async function stopShim(
  s: ShimProcessRef,
  conn: ShimConnection | undefined,
  logger: Logger,
): Promise<void> {
  let c = conn;
  if ((!c || c.closed) && isProcessAlive(s.pid, s.startTime)) {
    c = await ShimConnection.dial(s.namespace, s.id, s.socket, () => undefined, timeouts.shimConnectMs).catch(
      () => undefined,
    );
  }
  if (c && !c.closed) {
    await c.task.shutdown({ id: s.id }, c.opts(timeouts.shimShutdownMs)).catch(() => undefined);
    await c.close();
  }
  if (!(await processExited(s.pid, s.startTime, timeouts.shimExitAfterShutdownMs))) {
    logger.warn({ shimPid: s.pid }, 'the shim did not exit after Shutdown; killing it');
    killShim(s.pid, s.startTime);
  }
}
