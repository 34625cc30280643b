import { connect, type ConnectOptions } from './corral-client.js';

/**
 * Whether a corrald serves at the address `options` name: it accepts a connection and answers
 * Version as corral within `timeoutMs` (default 2 s) for each. False for nothing there, a socket
 * nobody answers on, or a server that is not corrald; never throws. For waiting on a corrald
 * that is starting (scripts, tests, benchmarks) without mistaking a stale socket for a live one.
 */
export async function isServing(options: ConnectOptions = {}): Promise<boolean> {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const client = await connect({ ...options, timeoutMs }).catch(() => undefined);
  if (!client) return false;
  try {
    return (await client.runtime.version({}, { timeoutMs })).runtimeName === 'corral';
  } catch {
    return false;
  } finally {
    await client.close().catch(() => undefined);
  }
}
