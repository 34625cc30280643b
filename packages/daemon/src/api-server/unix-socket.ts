// Making a unix socket path ready to listen on: its directory exists, and a socket file left by a
// corrald that died is removed — but only when nothing answers on it, so a second corrald can
// never steal a live daemon's socket.
import { lstatSync, mkdirSync, unlinkSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname } from 'node:path';
import { CorralError } from '@corral/api';

/** How long a probe of an existing socket may take before we assume someone is there. */
export const staleProbeTimeoutMs = 1_000;

export async function prepareUnixSocketPath(path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  let isSocket: boolean;
  try {
    isSocket = lstatSync(path).isSocket();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  if (!isSocket) {
    throw new CorralError('FailedPrecondition', `listen on ${path}: it exists and is not a socket`);
  }
  if (await somethingAnswers(path)) {
    throw new CorralError('AlreadyExists', `listen on ${path}: another process is serving on it`, {
      hint: 'is another corrald running with the same socket?',
    });
  }
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

function somethingAnswers(path: string): Promise<boolean> {
  return new Promise<boolean>((resolve, reject) => {
    const socket = createConnection({ path });
    const done = (answer: boolean | Error): void => {
      clearTimeout(timer);
      socket.destroy();
      if (answer instanceof Error) reject(answer);
      else resolve(answer);
    };
    const timer = setTimeout(() => done(true), staleProbeTimeoutMs);
    socket.once('connect', () => done(true));
    socket.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ECONNREFUSED' || err.code === 'ENOENT') done(false);
      else done(new CorralError('Unavailable', `probe ${path}: ${err.message}`, { cause: err }));
    });
  });
}

/**
 * Runs `fn` (a synchronous bind) under umask 0177, so the socket is 0600 from birth and never
 * briefly reachable by others. Worker threads cannot change the umask; the chmod after covers them.
 */
export function withPrivateUmask(fn: () => void): void {
  let previous: number | undefined;
  try {
    previous = process.umask(0o177);
  } catch {
    previous = undefined;
  }
  try {
    fn();
  } finally {
    if (previous !== undefined) process.umask(previous);
  }
}
