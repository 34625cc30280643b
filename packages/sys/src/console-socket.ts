import { chmodSync, closeSync, rmSync } from 'node:fs';
import { native } from './addon.js';
import { sysError, withContext } from './errors.js';
import { type ReceiveFdOptions, recvFd } from './fd-passing.js';
import { deadlineSignal, pollUntil } from './fd-poll.js';

/**
 * The unix socket given to `runc create|exec --console-socket`: runc connects once and sends the
 * pty master of a `terminal: true` process with SCM_RIGHTS. Listens from `listen()` until
 * `close()`, which also removes the socket file; the event loop is only held while a receiveFd
 * is pending.
 */
export class ConsoleSocket {
  #fd: number | undefined;
  #receiving: { abort(reason: unknown): void } | undefined;

  private constructor(
    readonly path: string,
    fd: number,
  ) {
    this.#fd = fd;
  }

  /** Binds and listens at `path` (mode 0600; it must not exist yet: EADDRINUSE). */
  static listen(path: string): Promise<ConsoleSocket> {
    let fd: number;
    try {
      fd = native().listenUnix(path, 1);
    } catch (err) {
      return Promise.reject(withContext(err, `listen on console socket ${path}`));
    }
    try {
      chmodSync(path, 0o600);
    } catch (err) {
      closeSync(fd);
      rmSync(path, { force: true });
      return Promise.reject(withContext(err, `listen on console socket ${path}`));
    }
    return Promise.resolve(new ConsoleSocket(path, fd));
  }

  /**
   * Accepts the next connection and returns the fd it sends: the pty master, close-on-exec, which
   * the caller now owns and must close. One receive at a time (EBUSY otherwise). Rejects with
   * ETIMEDOUT after `timeoutMs`, with ECANCELED when closed meanwhile, with ECONNRESET when the
   * peer hangs up without sending an fd.
   */
  async receiveFd(options: ReceiveFdOptions = {}): Promise<number> {
    const what = `receive pty master on console socket ${this.path}`;
    const listenFd = this.#fd;
    if (listenFd === undefined) throw sysError('EBADF', 'accept4', `${what}: the socket is closed`);
    if (this.#receiving !== undefined)
      throw sysError('EBUSY', 'accept4', `${what}: a receive is already pending`);
    const deadline = deadlineSignal(options.timeoutMs, options.signal, () =>
      sysError('ETIMEDOUT', 'accept4', `${what}: nothing arrived within ${options.timeoutMs} ms`),
    );
    this.#receiving = deadline;
    let conn: number | undefined;
    try {
      conn = await pollUntil(listenFd, what, () => native().acceptUnix(listenFd) ?? undefined, {
        signal: deadline.signal,
      });
      const connFd = conn;
      return await pollUntil(connFd, what, () => recvFd(connFd), { signal: deadline.signal });
    } catch (err) {
      throw deadline.signal.aborted && err === deadline.signal.reason ? err : withContext(err, what);
    } finally {
      deadline.clear();
      this.#receiving = undefined;
      if (conn !== undefined) closeSync(conn);
    }
  }

  /** Stops listening, fails a pending receiveFd with ECANCELED and removes the socket file. Idempotent. */
  close(): void {
    const fd = this.#fd;
    if (fd === undefined) return;
    this.#fd = undefined;
    // aborting stops the pending poll synchronously, so the fd is out of epoll before it closes
    this.#receiving?.abort(
      sysError(
        'ECANCELED',
        'accept4',
        `receive pty master on console socket ${this.path}: the socket was closed`,
      ),
    );
    closeSync(fd);
    rmSync(this.path, { force: true });
  }

  [Symbol.dispose](): void {
    this.close();
  }
}
