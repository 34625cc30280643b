// The event journal: every event corrald hears of or makes, durable before anyone is told of it.
import { mkdir, open, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { CorralError, nowNanos } from '@corral/api';
import { ShimEventDedup } from './dedup.js';
import { encodeRecord } from './journal-format.js';
import { readJournal } from './journal-reader.js';
import type { ReadOptions } from './journal-reader.js';
import { createSegment, isNotFoundError, recoverSegments, syncDir } from './journal-segments.js';
import type { SegmentInfo } from './journal-segments.js';
import type { EventOrigin, EventPayload, JournaledEvent } from './journaled-event.js';
import { silentLogger } from './logger.js';
import type { EventsLogger } from './logger.js';

export interface EventJournalOptions {
  /** Keep at most this many events; the oldest segments go first. */
  maxEvents?: number;
  /** Keep at most this many bytes of segment files. */
  maxBytes?: number;
  /** A segment is closed and a new one started past this many events (default maxEvents / 8). */
  segmentEvents?: number;
  /** … or past this many bytes (default maxBytes / 8). */
  segmentBytes?: number;
  /** Where shim (source, seq) pairs are remembered; the journal persists and restores it. */
  dedup?: ShimEventDedup;
  logger?: EventsLogger;
  /** Wall clock in ns; a seam for tests. */
  clock?: () => bigint;
}

export const eventJournalDefaults = {
  maxEvents: 100_000,
  maxBytes: 64 * 1024 * 1024,
  /** Retention drops whole segments: with 8 per journal, 7/8 to all of the limit is kept. */
  segmentsPerJournal: 8,
} as const;

/** `<root>/events`: where the journal of the daemon rooted at `root` lives. */
export function eventJournalDir(root: string): string {
  return join(root, 'events');
}

export interface AppendRequest {
  namespace: string;
  topic: string;
  event: EventPayload;
  /** Publish time in ns; defaults to the time it is journaled. */
  timestamp?: bigint;
  /** A shim's (source, seq): an origin journaled before makes this a duplicate, not journaled again. */
  origin?: EventOrigin;
}

export type AppendResult =
  | { readonly duplicate: false; readonly event: JournaledEvent }
  | { readonly duplicate: true; readonly event?: undefined };

/** Called synchronously with each batch of newly durable events, in journal order. */
export type CommitListener = (events: readonly JournaledEvent[]) => void;

interface Pending {
  request: AppendRequest;
  resolve(result: AppendResult): void;
  reject(err: unknown): void;
}

// Appends waiting together share one write and one fsync (group commit), up to this much.
const maxBatch = { events: 256, bytes: 4 * 1024 * 1024 };

/**
 * An append-only, fsync'd journal of NDJSON segment files under `<root>/events`. append() resolves
 * only once the event is on disk (a shim's Forward is acknowledged after that, DESIGN rule 3).
 * Sequence numbers are never reused: recovery finds the last one. Retention drops the oldest
 * segments to stay within maxEvents / maxBytes.
 */
export class EventJournal {
  readonly dir: string;
  readonly dedup: ShimEventDedup;
  readonly #logger: EventsLogger;
  readonly #clock: () => bigint;
  readonly #limits: { maxEvents: number; maxBytes: number; segmentEvents: number; segmentBytes: number };
  readonly #segments: SegmentInfo[];
  readonly #listeners = new Set<CommitListener>();
  readonly #queue: Pending[] = [];
  #fh: FileHandle;
  #lastSequence: number;
  #lastJournaledAt: bigint;
  #draining: Promise<void> | undefined;
  /** Appends queued so far, and how many of them are settled (journaled, duplicate or failed). */
  #queued = 0;
  #settled = 0;
  #flushWaiters: { upTo: number; resolve: () => void }[] = [];
  #closed = false;
  /** Set when a failed write could not be undone: nothing more is appended until a restart. */
  #broken: CorralError | undefined;

  private constructor(
    dir: string,
    fh: FileHandle,
    segments: SegmentInfo[],
    state: { lastSequence: number; lastJournaledAt: bigint },
    dedup: ShimEventDedup,
    options: EventJournalOptions,
  ) {
    this.dir = dir;
    this.#fh = fh;
    this.#segments = segments;
    this.#lastSequence = state.lastSequence;
    this.#lastJournaledAt = state.lastJournaledAt;
    this.dedup = dedup;
    this.#logger = options.logger ?? silentLogger;
    this.#clock = options.clock ?? nowNanos;
    const maxEvents = Math.max(1, options.maxEvents ?? eventJournalDefaults.maxEvents);
    const maxBytes = Math.max(1, options.maxBytes ?? eventJournalDefaults.maxBytes);
    const per = eventJournalDefaults.segmentsPerJournal;
    this.#limits = {
      maxEvents,
      maxBytes,
      segmentEvents: clamp(options.segmentEvents ?? Math.ceil(maxEvents / per), 1, maxEvents),
      segmentBytes: clamp(options.segmentBytes ?? Math.ceil(maxBytes / per), 1, maxBytes),
    };
  }

  /** Opens (creating if needed) the journal under `<root>/events`, recovering after a crash. */
  static async open(root: string, options: EventJournalOptions = {}): Promise<EventJournal> {
    const dir = eventJournalDir(root);
    const logger = options.logger ?? silentLogger;
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const recovered = await recoverSegments(dir, logger);
    const dedup = options.dedup ?? new ShimEventDedup();
    dedup.restore(recovered.sources);
    let fh: FileHandle;
    const active = recovered.segments.at(-1);
    if (active === undefined) {
      const first = await createSegment(dir, {
        firstSequence: recovered.lastSequence + 1,
        lastJournaledAt: recovered.lastJournaledAt,
        sources: dedup.snapshot(),
      });
      fh = first.fh;
      recovered.segments.push(first.segment);
    } else {
      fh = await open(active.path, 'a');
    }
    logger.debug(
      { dir, lastSequence: recovered.lastSequence, segments: recovered.segments.length },
      'event journal opened',
    );
    return new EventJournal(dir, fh, recovered.segments, recovered, dedup, options);
  }

  /** The last durable sequence number (0 for a journal that never had an event). */
  get lastSequence(): number {
    return this.#lastSequence;
  }

  /** The oldest sequence number still kept; lastSequence + 1 when none is. */
  get firstSequence(): number {
    return Math.min(this.#segments[0]?.firstSequence ?? Infinity, this.#lastSequence + 1);
  }

  /** What is kept now. */
  get size(): { events: number; bytes: number; segments: number } {
    return {
      events: this.#lastSequence - this.firstSequence + 1,
      bytes: this.#segments.reduce((n, s) => n + s.bytes, 0),
      segments: this.#segments.length,
    };
  }

  /**
   * Journals one event and resolves once it is durable, with its sequence number; resolves
   * `{ duplicate: true }` without journaling when its origin was journaled before. Rejects with
   * Unavailable when the write fails (the event is not journaled; the caller may retry).
   */
  append(request: AppendRequest): Promise<AppendResult> {
    if (this.#closed) return Promise.reject(new CorralError('Unavailable', 'event journal is closed'));
    return new Promise<AppendResult>((resolve, reject) => {
      this.#queue.push({ request, resolve, reject });
      this.#queued++;
      // #drain() cannot finish synchronously (it awaits each commit), so this is reset after it is set.
      this.#draining ??= this.#drain();
    });
  }

  /** Replays committed events; see ReadOptions. Safe while appends and rotation go on. */
  read(options: ReadOptions = {}): AsyncGenerator<JournaledEvent, void, undefined> {
    const until = Math.min(options.untilSequence ?? Infinity, this.#lastSequence);
    return readJournal({ segments: () => this.#segments }, until, options);
  }

  /**
   * Calls `listener` synchronously with each batch of events right after it becomes durable and
   * before the next one is written, so listeners see every event once, in journal order. Reading
   * `lastSequence` and registering a listener in the same tick splits the journal exactly: what is
   * at or below it is readable, everything after reaches the listener.
   */
  onCommit(listener: CommitListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Resolves once every append queued before the call is settled (journaled and told to the
   * commit listeners, a duplicate, or failed); at once when none is pending. Later appends do not
   * hold it up.
   */
  flushed(): Promise<void> {
    const upTo = this.#queued;
    if (this.#settled >= upTo) return Promise.resolve();
    return new Promise((resolve) => this.#flushWaiters.push({ upTo, resolve }));
  }

  /** Lets queued appends finish, then closes the file; later appends reject with Unavailable. */
  async close(): Promise<void> {
    this.#closed = true;
    while (this.#draining) await this.#draining;
    await this.#fh.close().catch(() => undefined);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#takeBatch();
      try {
        await this.#commit(batch);
      } catch (err) {
        // A bug, not an I/O error (those are answered inside): fail the batch, keep the journal.
        this.#logger.error({ err }, 'event journal: commit failed');
        rejectAll(batch, new CorralError('Internal', 'event journal: commit failed', { cause: err }));
      }
      this.#settled += batch.length;
      for (const w of this.#flushWaiters) if (w.upTo <= this.#settled) w.resolve();
      this.#flushWaiters = this.#flushWaiters.filter((w) => w.upTo > this.#settled);
    }
    this.#draining = undefined;
  }

  #takeBatch(): Pending[] {
    let n = 0;
    let bytes = 0;
    while (n < this.#queue.length && n < maxBatch.events && (n === 0 || bytes < maxBatch.bytes)) {
      bytes += this.#queue[n]!.request.event.value.length;
      n++;
    }
    return this.#queue.splice(0, n);
  }

  async #commit(batch: Pending[]): Promise<void> {
    const admitted = this.#admit(batch);
    if (admitted.length === 0) return;
    if (this.#broken) return rejectAll(admitted, this.#broken);
    try {
      if (this.#activeIsFull()) await this.#roll();
    } catch (err) {
      return rejectAll(admitted, errWrite('start a new segment', err));
    }
    let sequence = this.#lastSequence;
    let journaledAt = this.#lastJournaledAt;
    const events = admitted.map((p) => {
      // journaledAt strictly increases even if the wall clock steps back: since_time relies on it.
      const now = this.#clock();
      journaledAt = now > journaledAt ? now : journaledAt + 1n;
      return stamp(p.request, ++sequence, journaledAt);
    });
    const written = await this.#write(events);
    if (written instanceof Error) return rejectAll(admitted, written);
    // From here to notify() nothing awaits: lastSequence and the listeners move together.
    this.#lastSequence = events.at(-1)!.sequence;
    this.#lastJournaledAt = events.at(-1)!.journaledAt;
    const active = this.#segments.at(-1)!;
    active.bytes += written;
    active.firstJournaledAt ??= events[0]!.journaledAt;
    for (const e of events) if (e.origin) this.dedup.record(e.origin);
    this.#notify(events);
    admitted.forEach((p, i) => p.resolve({ duplicate: false, event: events[i]! }));
    await this.#retain();
  }

  /** Answers the duplicates of the batch (also against each other) and returns the rest. */
  #admit(batch: Pending[]): Pending[] {
    const admitted: Pending[] = [];
    const inBatch = new Map<string, number>();
    for (const p of batch) {
      const o = p.request.origin;
      if (o !== undefined && (this.dedup.isDuplicate(o) || (inBatch.get(o.source) ?? 0) >= o.seq)) {
        p.resolve({ duplicate: true });
        continue;
      }
      if (o !== undefined) inBatch.set(o.source, o.seq);
      admitted.push(p);
    }
    return admitted;
  }

  /** Writes and fsyncs the records; returns the bytes written, or the error after undoing the write. */
  async #write(events: JournaledEvent[]): Promise<number | CorralError> {
    const before = this.#segments.at(-1)!.bytes;
    try {
      const data = Buffer.from(events.map(encodeRecord).join(''));
      for (let off = 0; off < data.length;) off += (await this.#fh.write(data, off)).bytesWritten;
      await this.#fh.datasync();
      return data.length;
    } catch (err) {
      // Nothing moved lastSequence yet: these numbers were never seen and will be used again.
      const error = errWrite(`append events ${events[0]!.sequence}…${events.at(-1)!.sequence}`, err);
      try {
        await this.#fh.truncate(before);
        await this.#fh.datasync();
      } catch (undoErr) {
        this.#broken = new CorralError(
          'Unavailable',
          'event journal: a failed append could not be undone; restart corrald',
          { cause: undoErr },
        );
        this.#logger.error({ err: undoErr, dir: this.dir }, 'event journal is unusable');
      }
      this.#logger.error({ err }, 'event journal: append failed');
      return error;
    }
  }

  #notify(events: readonly JournaledEvent[]): void {
    for (const listener of this.#listeners) {
      try {
        listener(events);
      } catch (err) {
        this.#logger.error({ err }, 'event journal: commit listener threw');
      }
    }
  }

  #activeIsFull(): boolean {
    const active = this.#segments.at(-1)!;
    const events = this.#lastSequence - active.firstSequence + 1;
    return events >= this.#limits.segmentEvents || active.bytes >= this.#limits.segmentBytes;
  }

  async #roll(): Promise<void> {
    const next = await createSegment(this.dir, {
      firstSequence: this.#lastSequence + 1,
      lastJournaledAt: this.#lastJournaledAt,
      sources: this.dedup.snapshot(),
    });
    const previous = this.#fh;
    this.#fh = next.fh;
    this.#segments.push(next.segment);
    await previous.close().catch(() => undefined);
  }

  /** Starts a new segment once the active one is full, then drops the oldest past the limits. */
  async #retain(): Promise<void> {
    try {
      if (this.#activeIsFull()) await this.#roll();
      let removed = false;
      while (this.#segments.length > 1 && this.#overLimits()) {
        const oldest = this.#segments.shift()!;
        await unlink(oldest.path).catch((err: unknown) => {
          if (!isNotFoundError(err)) throw err;
        });
        removed = true;
      }
      if (removed) await syncDir(this.dir);
    } catch (err) {
      // Retention is housekeeping: the events are durable whatever happens here.
      this.#logger.warn({ err, dir: this.dir }, 'event journal: rotation failed');
    }
  }

  #overLimits(): boolean {
    const { events, bytes } = this.size;
    return events > this.#limits.maxEvents || bytes > this.#limits.maxBytes;
  }
}

function stamp(r: AppendRequest, sequence: number, journaledAt: bigint): JournaledEvent {
  return {
    sequence,
    timestamp: r.timestamp ?? journaledAt,
    journaledAt,
    namespace: r.namespace,
    topic: r.topic,
    event: { type_url: r.event.type_url, value: r.event.value },
    origin: r.origin === undefined ? undefined : { source: r.origin.source, seq: r.origin.seq },
  };
}

function rejectAll(pending: Pending[], err: unknown): void {
  for (const p of pending) p.reject(err);
}

function errWrite(what: string, cause: unknown): CorralError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new CorralError('Unavailable', `event journal: ${what}: ${reason}`, { cause });
}

function clamp(v: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.floor(v)));
}
