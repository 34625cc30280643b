import { type PollHandle, native } from './addon.js';
import { type SysError, uvError } from './errors.js';

export interface FdPollOptions {
  /** Whether this poll alone keeps the event loop alive (default true, like a net.Server). */
  ref?: boolean;
}

/**
 * Readiness of one fd on Node's event loop (a uv_poll_t, level-triggered): `onReadable` runs on
 * each loop turn while the fd is readable, so it must drain (or stop) before returning. The caller
 * keeps owning the fd and may close it right after `stop()`.
 */
export class FdPoll {
  #handle: PollHandle | undefined;

  constructor(
    readonly fd: number,
    what: string,
    onReadable: (err?: SysError) => void,
    { ref = true }: FdPollOptions = {},
  ) {
    this.#handle = native().pollStart(
      fd,
      (status) => {
        if (this.#handle === undefined) return;
        if (status < 0) onReadable(uvError(status, 'epoll_wait', what));
        else onReadable();
      },
      ref,
    );
  }

  get active(): boolean {
    return this.#handle !== undefined;
  }

  ref(ref = true): void {
    if (this.#handle !== undefined) native().pollRef(this.#handle, ref);
  }

  /** Idempotent. The fd is out of epoll when this returns. */
  stop(): void {
    if (this.#handle === undefined) return;
    const h = this.#handle;
    this.#handle = undefined;
    native().pollStop(h);
  }
}

/** What a promise cut short by `signal` rejects with: its reason (an AbortError by default). */
export function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error) return reason;
  return Object.assign(new DOMException('This operation was aborted', 'AbortError'), { cause: reason });
}

export interface PollUntilOptions extends FdPollOptions {
  signal?: AbortSignal | undefined;
}

/**
 * Resolves with the first result of `attempt` other than undefined, trying now and then on each
 * readiness of `fd`; rejects when `attempt` throws or `signal` aborts (with its reason). The poll
 * is stopped before the promise settles, so the caller may close `fd` right away.
 */
export function pollUntil<T>(
  fd: number,
  what: string,
  attempt: () => T | undefined,
  { signal, ref = true }: PollUntilOptions = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    signal?.throwIfAborted();
    const first = attempt();
    if (first !== undefined) return resolve(first);
    const finish = (): void => {
      poll.stop();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      finish();
      reject(abortReason(signal));
    };
    const poll = new FdPoll(
      fd,
      what,
      (err) => {
        let value: T | undefined;
        try {
          if (err !== undefined) throw err;
          value = attempt();
        } catch (e) {
          finish();
          return reject(e instanceof Error ? e : new Error(String(e)));
        }
        if (value === undefined) return;
        finish();
        resolve(value);
      },
      { ref },
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * An AbortSignal that fires on the caller's signal or after `timeoutMs` (with `onTimeout()` as
 * the reason); `clear` drops the timer and the listener.
 */
export function deadlineSignal(
  timeoutMs: number | undefined,
  signal: AbortSignal | undefined,
  onTimeout: () => Error,
): { signal: AbortSignal; abort(reason: unknown): void; clear(): void } {
  const ac = new AbortController();
  const timer =
    timeoutMs === undefined ? undefined : setTimeout(() => ac.abort(onTimeout()), timeoutMs).unref();
  const forward = (): void => ac.abort(signal?.reason);
  if (signal?.aborted) forward();
  else signal?.addEventListener('abort', forward, { once: true });
  return {
    signal: ac.signal,
    abort: (reason) => ac.abort(reason),
    clear: () => {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    },
  };
}
