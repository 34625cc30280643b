import { closeSync } from 'node:fs';
import { constants } from 'node:os';
import { native } from './addon.js';
import { hasErrno, sysError } from './errors.js';
import { abortReason, FdPoll } from './fd-poll.js';
import { ProcessChangedError, pidfdError } from './pidfd-errors.js';
import { processStartTime } from './proc-stat.js';

/** A signal as a number (9) or a name ('SIGKILL'). */
export type SignalInput = number | NodeJS.Signals;

function signalNumber(signal: SignalInput): number {
  if (typeof signal === 'number') {
    if (!Number.isInteger(signal) || signal < 0 || signal > 64)
      throw new RangeError(`invalid signal ${signal}`);
    return signal;
  }
  const n = (constants.signals as Record<string, number | undefined>)[signal];
  if (n === undefined) throw new RangeError(`unknown signal ${signal}`);
  return n;
}

/**
 * A process held by a pidfd: signals reach this very process or fail with ESRCH, never a
 * process that got its pid later. Close it when done (it holds an fd, not the process).
 */
export class ProcessHandle {
  #pidfd: number | undefined;

  /** @internal use openProcess */
  constructor(
    readonly pid: number,
    readonly startTime: bigint,
    pidfd: number,
  ) {
    this.#pidfd = pidfd;
  }

  get closed(): boolean {
    return this.#pidfd === undefined;
  }

  /**
   * pidfd_send_signal. Signal 0 checks the process still exists. Throws SysError ESRCH when it
   * has been reaped (a zombie still accepts signals and ignores them).
   */
  signal(signal: SignalInput = 'SIGTERM'): void {
    const sig = signalNumber(signal);
    if (this.#pidfd === undefined) {
      throw sysError(
        'EBADF',
        'pidfd_send_signal',
        `signal process ${this.pid}: the process handle is closed`,
      );
    }
    try {
      native().pidfdSendSignal(this.#pidfd, sig);
    } catch (err) {
      throw pidfdError(err, `signal process ${this.pid} with ${sig}`);
    }
  }

  /**
   * Resolves once the process has exited (its pidfd turns readable; a zombie has exited), without
   * polling /proc; rejects with `signal`'s reason when it aborts first. The handle stays open.
   */
  exited({ signal }: { signal?: AbortSignal } = {}): Promise<void> {
    const fd = this.#pidfd;
    if (fd === undefined) {
      return Promise.reject(sysError('EBADF', 'poll', `wait for process ${this.pid}: the handle is closed`));
    }
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(abortReason(signal));
      const onAbort = (): void => {
        poll.stop();
        reject(abortReason(signal));
      };
      const poll = new FdPoll(fd, `exit of process ${this.pid}`, (err) => {
        poll.stop();
        signal?.removeEventListener('abort', onAbort);
        if (err) reject(err);
        else resolve();
      });
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Idempotent. */
  close(): void {
    if (this.#pidfd === undefined) return;
    const fd = this.#pidfd;
    this.#pidfd = undefined;
    closeSync(fd);
  }

  [Symbol.dispose](): void {
    this.close();
  }
}

/**
 * Opens `pid` as a pidfd and, when `expectedStartTime` is given (from processStartTime or a
 * record written when the process started), proves it is still the same process. The pidfd is
 * opened first and the start time read after: once the pidfd exists the pid cannot be reused
 * underneath it, so a reuse between a check and the open cannot fool us.
 *
 * Throws ProcessChangedError (code ESRCH) when the start time differs or the process is gone,
 * SysError ESRCH when no process has that pid, PidfdUnsupportedError without kernel support.
 */
export function openProcess(pid: number, expectedStartTime?: bigint): ProcessHandle {
  if (!Number.isInteger(pid) || pid <= 0) throw new RangeError(`open process: invalid pid ${pid}`);
  let pidfd: number;
  try {
    pidfd = native().pidfdOpen(pid);
  } catch (err) {
    throw pidfdError(err, `open process ${pid}`);
  }
  let startTime: bigint | undefined;
  try {
    startTime = processStartTime(pid);
    // Signal 0 through the pidfd: its process still exists now, so it held the pid when /proc was
    // read, and the start time read is its own (not that of a process that reused the pid).
    if (startTime !== undefined) native().pidfdSendSignal(pidfd, 0);
  } catch (err) {
    closeSync(pidfd);
    if (hasErrno(err, 'ESRCH')) throw new ProcessChangedError(pid, expectedStartTime, undefined);
    throw pidfdError(err, `open process ${pid}`);
  }
  if (startTime === undefined || (expectedStartTime !== undefined && startTime !== expectedStartTime)) {
    closeSync(pidfd);
    throw new ProcessChangedError(pid, expectedStartTime, startTime);
  }
  return new ProcessHandle(pid, startTime, pidfd);
}
