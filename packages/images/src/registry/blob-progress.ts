import type { PullProgress } from './pull-types.js';

/** Progress lines per blob are at most this frequent (a 64 KiB chunk arrives every few µs on loopback). */
const minIntervalMs = 100;

/**
 * One blob's progress reports: every status change, and byte counts at most every 100 ms. A
 * callback that throws is the caller's bug, not a reason to fail the pull: it is ignored.
 */
export class BlobProgress {
  private done = 0;
  private startedAt = 0;
  private lastAt = -Infinity;

  constructor(
    private readonly sink: ((p: PullProgress) => void) | undefined,
    private readonly base: Pick<PullProgress, 'ref' | 'digest' | 'kind' | 'index' | 'total'>,
    private readonly now: () => number = () => performance.now(),
  ) {}

  private emit(status: PullProgress['status']): void {
    if (!this.sink) return;
    const elapsed = this.startedAt > 0 ? (this.now() - this.startedAt) / 1000 : 0;
    const bytesPerSecond = elapsed > 0 ? Math.round(this.done / elapsed) : 0;
    try {
      this.sink({ ...this.base, done: this.done, bytesPerSecond, status });
    } catch {
      // see above
    }
  }

  /** Before any download: 'waiting' for a blob to fetch, 'exists' for one the store has. */
  announce(status: 'waiting' | 'exists'): void {
    if (status === 'exists') this.done = this.base.total;
    this.emit(status);
  }

  start(): void {
    this.startedAt = this.now();
    this.done = 0;
    this.lastAt = this.startedAt;
    this.emit('downloading');
  }

  add(bytes: number): void {
    this.done += bytes;
    const t = this.now();
    if (t - this.lastAt < minIntervalMs && this.done < this.base.total) return;
    this.lastAt = t;
    this.emit('downloading');
  }

  verifying(): void {
    this.emit('verifying');
  }

  finish(): void {
    this.emit('done');
  }
}
