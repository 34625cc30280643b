import { close, constants, open } from 'node:fs';
import { Socket } from 'node:net';
import { promisify } from 'node:util';
import { execa } from 'execa';
import { CorralError } from '@corral/api';
import { timeouts } from '../timeouts.js';

// Raw fds, not FileHandles: a FileHandle whose fd a Socket took over would be closed under the
// Socket when the handle is garbage-collected.
const openFd = promisify(open);
const closeFd = promisify(close);

/** mkfifo(1): Node has no mkfifo(2). One child process for any number of FIFOs. */
export async function makeFifos(paths: readonly string[], mode = '0600'): Promise<void> {
  if (paths.length === 0) return;
  const r = await execa('mkfifo', ['-m', mode, ...paths], { reject: false, timeout: timeouts.mkfifoMs });
  if (r.exitCode !== 0) {
    throw new CorralError('Internal', `mkfifo ${paths.join(' ')}: ${String(r.stderr).trim() || r.message}`);
  }
}

/**
 * A FIFO's read end that never reports EOF (opened O_RDWR, so it is its own writer): for a log
 * FIFO that writers come and go on. The open never blocks.
 */
export async function openFifoForDraining(path: string): Promise<Socket> {
  const fd = await openFd(path, constants.O_RDWR | constants.O_NONBLOCK);
  return new Socket({ fd, readable: true, writable: false });
}

/**
 * A FIFO's read end that reports EOF once every writer is gone, plus a write "hold" that keeps
 * EOF away until the real writers have opened it: release the hold once they have (the process
 * started), or the reader would see EOF before the first byte.
 */
export async function openFifoReader(
  path: string,
): Promise<{ stream: Socket; releaseHold: () => Promise<void> }> {
  const readFd = await openFd(path, constants.O_RDONLY | constants.O_NONBLOCK);
  let holdFd: number;
  try {
    holdFd = await openFd(path, constants.O_WRONLY | constants.O_NONBLOCK);
  } catch (err) {
    await closeFd(readFd).catch(() => undefined);
    throw err;
  }
  const stream = new Socket({ fd: readFd, readable: true, writable: false });
  let released = false;
  return {
    stream,
    releaseHold: async () => {
      if (released) return;
      released = true;
      await closeFd(holdFd).catch(() => undefined);
    },
  };
}

/** A FIFO's write end (stdin of a process): O_RDWR so the open cannot block or fail with ENXIO. */
export async function openFifoWriter(path: string): Promise<Socket> {
  const fd = await openFd(path, constants.O_RDWR | constants.O_NONBLOCK);
  return new Socket({ fd, readable: false, writable: true });
}
