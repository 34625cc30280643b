import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConsoleSocket } from '@corral/sys';
import { timeouts } from './timeouts.js';

/**
 * Where runc's --console-socket listens: a short random path under the temp dir, since bundle paths
 * (state dir + 76-char namespace + 76-char id) can exceed the unix socket path limit.
 */
export function consoleSocketPath(): string {
  return join(tmpdir(), `corral-pty-${randomBytes(6).toString('hex')}.sock`);
}

/** The pty master runc sends once the container's terminal exists. */
export function receivePty(console: ConsoleSocket): Promise<number> {
  const p = console.receiveFd({ timeoutMs: timeouts.consoleMs });
  // runc may fail before it connects; the caller then awaits runc's error, not this one.
  p.catch(() => undefined);
  return p;
}
