import { closeSync, createWriteStream, fstatSync } from 'node:fs';
import { Socket } from 'node:net';
import type { Writable } from 'node:stream';
import { ReadStream } from 'node:tty';

/**
 * Node stream over a pipe or FIFO fd (libuv opens it as a pipe handle, non-blocking, with
 * backpressure). Regular files cannot be wrapped this way; they are handed to the container as is.
 */
export function pipeReader(fd: number): Socket {
  return new Socket({ fd, readable: true, writable: false });
}

export function pipeWriter(fd: number): Socket {
  return new Socket({ fd, readable: false, writable: true });
}

/**
 * Where a copy loop writes (the pty master's output): a FIFO or socket as a pipe, a regular file
 * (which libuv refuses as a pipe: ERR_INVALID_FD_TYPE) as a file stream.
 */
export function outputWriter(fd: number): Writable {
  return fstatSync(fd).isFile() ? createWriteStream('', { fd, autoClose: true }) : pipeWriter(fd);
}

/**
 * A pty master as one duplex stream: net.Socket refuses TTY fds, and two libuv handles on one fd
 * would clash in epoll, so the tty ReadStream (which is a writable Socket too) serves both ways.
 */
export function ptyStream(fd: number): ReadStream {
  const s = new ReadStream(fd);
  // Reading EIO is how a pty master reports that the last slave fd closed: the process is gone.
  s.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EIO') s.emit('io-error', err);
    s.push(null);
  });
  return s;
}

export function closeFd(fd: number | undefined): void {
  if (fd === undefined) return;
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}
