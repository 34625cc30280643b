import { closeSync } from 'node:fs';
import { native } from './addon.js';
import { SysError, hasErrno } from './errors.js';
import { FdPoll, abortReason } from './fd-poll.js';
import { pidfdError } from './pidfd-errors.js';

/** How a process ended, as containerd records it. */
export interface ExitStatus {
  pid: number;
  /** The exit code when it exited, else null. */
  exitCode: number | null;
  /** The signal number that killed it, else null. */
  signal: number | null;
  /** containerd's exit status: the exit code, or 128 + the signal number. */
  status: number;
  /** When it was reaped, in ns since the Unix epoch (CLOCK_REALTIME): the task's exit time. */
  reapedAt: bigint;
}

export interface WatchExitOptions {
  /**
   * Whether the pending wait keeps the event loop alive (default true, as a spawned child does:
   * a promise that can never settle because the process exited underneath it is worse). Pass
   * false when something else (the shim's ttrpc server) keeps the process alive anyway.
   */
  ref?: boolean;
  /** Stops waiting (rejecting with the signal's reason); the process is not reaped then. */
  signal?: AbortSignal;
}

interface Waiter {
  ref: boolean;
  resolve(status: ExitStatus): void;
  reject(err: unknown): void;
  detach(): void;
}

/** One pidfd + poll per pid however many callers wait for it; reapOrphans keeps off these pids. */
const watches = new Map<number, ExitWatch>();

/** True while a watchExit for `pid` is pending: its exit belongs to that watcher. */
export function isExitWatched(pid: number): boolean {
  return watches.has(pid);
}

class ExitWatch {
  readonly #waiters = new Set<Waiter>();
  readonly #poll: FdPoll;

  constructor(
    readonly pid: number,
    readonly pidfd: number,
  ) {
    this.#poll = new FdPoll(pidfd, `watch exit of pid ${pid}`, (err) => this.#onReadable(err), {
      ref: false,
    });
  }

  add(w: Waiter): void {
    this.#waiters.add(w);
    this.#updateRef();
  }

  remove(w: Waiter): void {
    this.#waiters.delete(w);
    if (this.#waiters.size === 0) this.#close();
    else this.#updateRef();
  }

  #updateRef(): void {
    this.#poll.ref([...this.#waiters].some((w) => w.ref));
  }

  #onReadable(err?: SysError): void {
    if (err !== undefined) return this.#settle(err);
    let status: ExitStatus | null;
    try {
      status = native().pidfdReap(this.pidfd);
    } catch (e) {
      return this.#settle(reapError(e, this.pid));
    }
    // null: readable before the exit was visible to waitid; the next readiness reports it
    if (status !== null) this.#settle(status);
  }

  #settle(outcome: ExitStatus | Error): void {
    this.#close();
    const waiters = [...this.#waiters];
    this.#waiters.clear();
    for (const w of waiters) {
      w.detach();
      if (outcome instanceof Error) w.reject(outcome);
      else w.resolve({ ...outcome });
    }
  }

  #close(): void {
    if (watches.get(this.pid) === this) watches.delete(this.pid);
    if (!this.#poll.active) return;
    this.#poll.stop();
    closeSync(this.pidfd);
  }
}

function reapError(err: unknown, pid: number): Error {
  const what = `watch exit of pid ${pid}`;
  if (err instanceof SysError && hasErrno(err, 'ECHILD')) {
    return new SysError(
      `${what}: not a child of this process (call setChildSubreaper() before its parent exits, and ` +
        'do not watch pids spawned through child_process: libuv reaps those)',
      err.code,
      err.errno,
      err.syscall,
      { cause: err },
    );
  }
  return pidfdError(err, what);
}

/**
 * Waits for `pid` to exit and reaps it (no zombie left), through pidfd_open + waitid(P_PIDFD) on
 * the event loop, so no other child's exit is touched. `pid` must be a child of this process that
 * child_process did not spawn: typically a container init or exec process adopted because this
 * process is a subreaper. The adoption happens when the parent exits, so watch a container init
 * once `runc create` has exited. Several callers may wait for the same pid; all get the same status.
 *
 * Rejects with a SysError: ESRCH (no such process), ECHILD (not our child), or
 * PidfdUnsupportedError on kernels without pidfds.
 */
export function watchExit(pid: number, options: WatchExitOptions = {}): Promise<ExitStatus> {
  const { ref = true, signal } = options;
  return new Promise<ExitStatus>((resolve, reject) => {
    if (!Number.isInteger(pid) || pid <= 0) throw new RangeError(`watch exit: invalid pid ${pid}`);
    signal?.throwIfAborted();
    let watch = watches.get(pid);
    if (watch === undefined) {
      const n = native();
      let pidfd: number;
      try {
        pidfd = n.pidfdOpen(pid);
      } catch (err) {
        throw pidfdError(err, `watch exit of pid ${pid}`);
      }
      let early: ExitStatus | null;
      try {
        // A process that already exited will not make the pidfd readable again: reap it now.
        // This also finds ECHILD before anyone waits for an exit that can never be collected.
        early = n.pidfdReap(pidfd);
      } catch (err) {
        closeSync(pidfd);
        throw reapError(err, pid);
      }
      if (early !== null) {
        closeSync(pidfd);
        resolve(early);
        return;
      }
      try {
        watch = new ExitWatch(pid, pidfd);
      } catch (err) {
        closeSync(pidfd);
        throw pidfdError(err, `watch exit of pid ${pid}`);
      }
      watches.set(pid, watch);
    }
    const w: Waiter = {
      ref,
      resolve,
      reject,
      detach: () => signal?.removeEventListener('abort', onAbort),
    };
    const active = watch;
    const onAbort = (): void => {
      w.detach();
      active.remove(w);
      reject(abortReason(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    active.add(w);
  });
}
