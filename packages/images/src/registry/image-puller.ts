import { CorralError, errorCode } from '@corral/api';
import type { ImageRecord } from '../image-records.js';
import type { Platform } from '../manifest.js';
import { normalizeRef } from '../reference.js';
import { Backoff, imagePullBackoff, systemClock, type BackoffPolicy, type Clock } from './backoff.js';
import type { PullEvent, PullOptions, PullProgress } from './pull-types.js';

/** What the puller pulls through: ImageStore fits (and a daemon's port onto it, with its own record type). */
export interface PullTarget<R = ImageRecord> {
  pull(ref: string, opts: PullOptions): Promise<R>;
}

export interface ImagePullerOptions {
  /** Back-off time source (default: Date.now). */
  clock?: Clock;
  /** Default: the kubelet's 10 s doubling to 5 min. */
  backoff?: Partial<BackoffPolicy>;
  /** Every event of every pull, once each (corrald publishes these on /images/update). */
  onEvent?: (e: PullEvent) => void;
}

export interface PullerPullOptions extends PullOptions {
  /**
   * Pull now even while the image backs off (a user typing `corral pull`, not a retry loop); the
   * outcome still feeds the back-off.
   */
  ignoreBackoff?: boolean;
}

/** The message prefixes the kubelet reports (its ErrImagePull and ErrImagePullBackOff). */
export const errImagePull = 'ErrImagePull';
export const errImagePullBackOff = 'ImagePullBackOff';

interface Listener {
  onProgress: ((p: PullProgress) => void) | undefined;
  onEvent: ((e: PullEvent) => void) | undefined;
}

/** One download in flight, shared by every caller that asked for the same image meanwhile. */
interface SharedPull<R> {
  promise: Promise<R>;
  controller: AbortController;
  listeners: Set<Listener>;
}

function call<T>(fn: ((v: T) => void) | undefined, v: T): void {
  try {
    fn?.(v);
  } catch {
    // A listener's bug is not the pull's failure.
  }
}

function platformKey(p: Platform | undefined): string {
  return p ? [p.os, p.architecture, p.variant ?? ''].join('/') : '';
}

/**
 * The kubelet's image puller on top of the store: concurrent pulls of one image (normalized
 * reference + platform) share one download, each caller still getting progress and events; a
 * failed pull backs the image off exponentially, and while it backs off a pull fails at once with
 * "ImagePullBackOff: …" (event BackOff) instead of hitting the registry; a failure says
 * "ErrImagePull: …"; a success resets the back-off. Error kinds are kept (NotFound, Unauthenticated,
 * DataLoss, Unavailable, …); only the message gains the prefix.
 *
 * A caller joining a pull in flight shares the first caller's credentials and settings. Its signal
 * only detaches it; the download stops when every caller has gone.
 */
export class ImagePuller<R = ImageRecord> {
  private readonly inflight = new Map<string, SharedPull<R>>();
  private readonly backoff: Backoff;
  private readonly lastErrors = new Map<string, CorralError>();
  private readonly clock: Clock;

  constructor(
    private readonly store: PullTarget<R>,
    private readonly opts: ImagePullerOptions = {},
  ) {
    this.clock = opts.clock ?? systemClock;
    this.backoff = new Backoff({ ...imagePullBackoff, ...opts.backoff }, this.clock);
  }

  /** Pulls `ref`, joining a pull of it already running. InvalidArgument (no back-off) for a bad reference. */
  async pull(ref: string, opts: PullerPullOptions = {}): Promise<R> {
    // Everything up to join() runs synchronously: two calls in one tick find each other.
    const name = normalizeRef(ref);
    const key = `${name} ${platformKey(opts.platform)}`;
    let shared = this.inflight.get(key);
    if (!shared) {
      const retryAt = this.backoff.retryAt(key);
      if (retryAt !== undefined && !opts.ignoreBackoff) throw this.backingOff(key, name, retryAt, opts);
      shared = this.start(key, name, opts);
    }
    return this.join(shared, opts);
  }

  /** When `ref` may be pulled again, while it backs off. */
  backoffUntil(ref: string, platform?: Platform): number | undefined {
    return this.backoff.retryAt(`${normalizeRef(ref)} ${platformKey(platform)}`);
  }

  private backingOff(key: string, name: string, retryAt: number, opts: PullOptions): CorralError {
    const last = this.lastErrors.get(key);
    const seconds = Math.ceil((retryAt - this.clock.now()) / 1000);
    const event: PullEvent = { name, reason: 'BackOff', message: `Back-off pulling image "${name}"` };
    call(this.opts.onEvent, event);
    call(opts.onEvent, event);
    return new CorralError(
      last?.code ?? 'Unavailable',
      `${errImagePullBackOff}: Back-off pulling image "${name}": next try in ${seconds}s${last ? ` (last error: ${last.message})` : ''}`,
      {
        hint: last?.hint ?? 'wait for the back-off to expire, or pull explicitly',
        ...(last ? { cause: last } : {}),
      },
    );
  }

  private start(key: string, name: string, opts: PullOptions): SharedPull<R> {
    const controller = new AbortController();
    const listeners = new Set<Listener>();
    const onEvent = (e: PullEvent): void => {
      call(this.opts.onEvent, e);
      for (const l of listeners) call(l.onEvent, e);
    };
    const onProgress = (p: PullProgress): void => {
      for (const l of listeners) call(l.onProgress, p);
    };
    const run = async (): Promise<R> => {
      try {
        const { onEvent: _e, onProgress: _p, signal: _s, ...settings } = opts;
        const record = await this.store.pull(name, {
          ...settings,
          signal: controller.signal,
          onEvent,
          onProgress,
        });
        this.backoff.reset(key);
        this.lastErrors.delete(key);
        return record;
      } catch (err) {
        const e =
          err instanceof CorralError
            ? err
            : new CorralError(errorCode(err), `pull ${name}: ${(err as Error).message}`, { cause: err });
        // A pull every caller walked away from says nothing about the registry.
        if (e.code !== 'Canceled') {
          this.backoff.next(key);
          this.lastErrors.set(key, e);
        }
        throw new CorralError(e.code, `${errImagePull}: ${e.message}`, {
          ...(e.hint !== undefined ? { hint: e.hint } : {}),
          cause: e,
        });
      } finally {
        this.inflight.delete(key);
        this.backoff.gc();
      }
    };
    // Started a microtask later, so the first caller's listeners are in place for the first event.
    const shared: SharedPull<R> = { promise: Promise.resolve().then(run), controller, listeners };
    // Every caller may have detached by the time it fails: that rejection is nobody's to handle.
    shared.promise.catch(() => undefined);
    this.inflight.set(key, shared);
    return shared;
  }

  private join(shared: SharedPull<R>, opts: PullOptions): Promise<R> {
    const listener: Listener = { onProgress: opts.onProgress, onEvent: opts.onEvent };
    shared.listeners.add(listener);
    const signal = opts.signal;
    return new Promise<R>((resolve, reject) => {
      const detach = (): void => {
        shared.listeners.delete(listener);
        if (shared.listeners.size === 0) shared.controller.abort(signal?.reason);
        reject(new CorralError('Canceled', 'pull canceled', { cause: signal?.reason }));
      };
      if (signal?.aborted) return detach();
      signal?.addEventListener('abort', detach, { once: true });
      shared.promise.then(
        (r) => {
          signal?.removeEventListener('abort', detach);
          shared.listeners.delete(listener);
          resolve(structuredClone(r));
        },
        (err: Error) => {
          signal?.removeEventListener('abort', detach);
          shared.listeners.delete(listener);
          reject(err);
        },
      );
    });
  }
}
