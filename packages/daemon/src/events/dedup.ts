// De-duplication of shim events (DESIGN rule 3). A corral-shim re-sends an event until a Forward
// reply reaches it, so an event whose reply was lost arrives twice. Events from one outbox leave one
// at a time and in order, so "the last sequence number journaled per source" is all the state needed:
// anything at or below it is a retry.
import type { EventOrigin } from './journaled-event.js';

export interface ShimEventDedupOptions {
  /** Sources remembered at most; the least recently seen is forgotten first. */
  maxSources?: number;
  /** A source not seen for this long is forgotten. */
  sourceTtlMs?: number;
  /** Wall clock in ms; a seam for tests. */
  clock?: () => number;
}

/** What the journal persists per source: [source, last seq, last seen (ms since the epoch)]. */
export type DedupEntry = readonly [source: string, seq: number, seenAtMs: number];

export const defaultMaxSources = 16_384;
export const defaultSourceTtlMs = 7 * 24 * 60 * 60 * 1000;

/**
 * Forgetting a source is always safe for new events (an unknown source's events are accepted); it
 * only lets through a duplicate that arrives after the source was forgotten. A shim retries right
 * after a lost reply, so with these bounds that needs a week of silence or 16k busier containers.
 */
export class ShimEventDedup {
  // Insertion order is recency order: record() moves a source to the end.
  readonly #last = new Map<string, { seq: number; seenAtMs: number }>();
  readonly #maxSources: number;
  readonly #ttlMs: number;
  readonly #clock: () => number;

  constructor(options: ShimEventDedupOptions = {}) {
    this.#maxSources = Math.max(1, options.maxSources ?? defaultMaxSources);
    this.#ttlMs = options.sourceTtlMs ?? defaultSourceTtlMs;
    this.#clock = options.clock ?? Date.now;
  }

  /** True when an event with this origin was journaled already. */
  isDuplicate(origin: EventOrigin): boolean {
    const last = this.#last.get(origin.source);
    return last !== undefined && origin.seq <= last.seq;
  }

  /** Notes that `origin` was journaled (the journal calls this after the event is durable). */
  record(origin: EventOrigin, seenAtMs = this.#clock()): void {
    const last = this.#last.get(origin.source);
    // A lower seq can only come from a replay of an older journal record; keep the higher one.
    const seq = last === undefined ? origin.seq : Math.max(last.seq, origin.seq);
    this.#last.delete(origin.source);
    this.#last.set(origin.source, { seq, seenAtMs: Math.max(seenAtMs, last?.seenAtMs ?? 0) });
    this.#prune();
  }

  /** Forgets a source, e.g. once its container is deleted. True if it was known. */
  forgetSource(source: string): boolean {
    return this.#last.delete(source);
  }

  /** The last journaled seq of `source`, or undefined when unknown. */
  lastSeq(source: string): number | undefined {
    return this.#last.get(source)?.seq;
  }

  get size(): number {
    return this.#last.size;
  }

  /** The state to persist, least recently seen first. */
  snapshot(): DedupEntry[] {
    this.#prune();
    return [...this.#last].map(([source, { seq, seenAtMs }]) => [source, seq, seenAtMs] as const);
  }

  /** Loads persisted state (oldest first), merging with what is known. */
  restore(entries: Iterable<DedupEntry>): void {
    for (const [source, seq, seenAtMs] of entries) this.record({ source, seq }, seenAtMs);
  }

  #prune(): void {
    const expiredBefore = this.#clock() - this.#ttlMs;
    for (const [source, { seenAtMs }] of this.#last) {
      if (this.#last.size <= this.#maxSources && seenAtMs >= expiredBefore) break;
      this.#last.delete(source);
    }
  }
}
