/** Milliseconds since some epoch; tests inject one they move by hand. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export interface BackoffPolicy {
  initialMs: number;
  maxMs: number;
}

/** The kubelet's image pull back-off: 10 s, doubling per failure, at most 5 min. */
export const imagePullBackoff: BackoffPolicy = { initialMs: 10_000, maxMs: 300_000 };

interface Entry {
  delayMs: number;
  lastUpdate: number;
}

/**
 * Per-key exponential back-off, as the kubelet's flowcontrol.Backoff: each failure (`next`) doubles
 * the key's delay up to the maximum; a key is in back-off while less than its delay has passed since
 * its last failure. An entry idle for twice the maximum starts over at the initial delay, and is
 * dropped by `gc`.
 */
export class Backoff {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly policy: BackoffPolicy = imagePullBackoff,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Records a failure now; returns the delay it sets. */
  next(key: string): number {
    const now = this.clock.now();
    const e = this.entries.get(key);
    const delayMs =
      !e || this.expired(e, now) ? this.policy.initialMs : Math.min(e.delayMs * 2, this.policy.maxMs);
    this.entries.set(key, { delayMs, lastUpdate: now });
    return delayMs;
  }

  /** When the key may be tried again, if it is in back-off now. */
  retryAt(key: string): number | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    const at = e.lastUpdate + e.delayMs;
    return this.clock.now() < at ? at : undefined;
  }

  isInBackOff(key: string): boolean {
    return this.retryAt(key) !== undefined;
  }

  /** The delay the last failure set (0 when none is remembered). */
  delayOf(key: string): number {
    return this.entries.get(key)?.delayMs ?? 0;
  }

  reset(key: string): void {
    this.entries.delete(key);
  }

  /** Forgets keys idle long enough to start over anyway. */
  gc(): void {
    const now = this.clock.now();
    for (const [k, e] of this.entries) if (this.expired(e, now)) this.entries.delete(k);
  }

  private expired(e: Entry, now: number): boolean {
    return now - e.lastUpdate > 2 * this.policy.maxMs;
  }
}
