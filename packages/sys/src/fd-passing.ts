import { native } from './addon.js';
import { sysError, withContext } from './errors.js';
import { deadlineSignal, pollUntil } from './fd-poll.js';

/** A connected pair of unix stream sockets, non-blocking and close-on-exec. */
export function socketPair(): [number, number] {
  return native().socketPair();
}

/**
 * Sends `fd` over a connected unix socket (SCM_RIGHTS) with `message` as the data that carries it
 * (runc sends the pty's path). Never blocks: a full socket throws SysError EAGAIN.
 */
export function sendFd(socketFd: number, fd: number, message = 'fd'): void {
  native().sendFd(socketFd, fd, message);
}

/**
 * One non-blocking recvmsg: the received fd (close-on-exec, now the caller's to close), or
 * undefined when nothing is pending (data that came without an fd is read and dropped). Throws
 * SysError ECONNRESET when the peer closed without sending one.
 */
export function recvFd(socketFd: number): number | undefined {
  const r = native().recvFd(socketFd);
  if (r === null) return undefined;
  if (r.fd >= 0) return r.fd;
  if (r.bytes === 0) {
    throw sysError(
      'ECONNRESET',
      'recvmsg',
      `receive fd on socket ${socketFd}: the peer closed it without sending one`,
    );
  }
  return undefined;
}

export interface ReceiveFdOptions {
  /** Give up after this long (SysError ETIMEDOUT). None by default: pass the caller's named timeout. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Waits on the event loop for an fd to arrive on `socketFd` (see recvFd). */
export async function receiveFd(socketFd: number, options: ReceiveFdOptions = {}): Promise<number> {
  const what = `receive fd on socket ${socketFd}`;
  const deadline = deadlineSignal(options.timeoutMs, options.signal, () =>
    sysError('ETIMEDOUT', 'recvmsg', `${what}: nothing arrived within ${options.timeoutMs} ms`),
  );
  try {
    return await pollUntil(socketFd, what, () => recvFd(socketFd), { signal: deadline.signal });
  } catch (err) {
    throw deadline.signal.aborted && err === deadline.signal.reason ? err : withContext(err, what);
  } finally {
    deadline.clear();
  }
}
