import { CorralError } from '@corral/api';
import type { Container } from '../containers/container.js';
import type { ShimConnection } from '../shims/shim-connection.js';

/** The connection to the shim of a container whose task can take calls; FailedPrecondition otherwise. */
export function liveShim(c: Container, what: string): ShimConnection {
  if (!c.hasLiveTask) {
    throw new CorralError('FailedPrecondition', `${what} ${c.id}: the container is ${c.record.state}`);
  }
  const conn = c.shim;
  if (!conn || conn.closed) {
    throw new CorralError('Unavailable', `${what} ${c.id}: its shim is not connected (reconnecting)`);
  }
  return conn;
}

/** FailedPrecondition naming the state, unless the container is in one of `states`. */
export function requireState(c: Container, what: string, ...states: string[]): void {
  if (!states.includes(c.record.state)) {
    throw new CorralError(
      'FailedPrecondition',
      `${what} ${c.id}: the container is ${c.record.state}, not ${states.join(' or ')}`,
    );
  }
}

/**
 * Kill through the shim. "Already finished" from the shim is not an error here: the exit is on its
 * way to us (Wait, /tasks/exit).
 */
export async function signalTask(c: Container, signal: number, all: boolean): Promise<void> {
  const conn = liveShim(c, 'kill');
  try {
    await conn.task.kill({ id: c.id, signal, all }, conn.opts());
  } catch (err) {
    if ((err as { code?: string }).code !== 'NotFound') throw err;
  }
}
