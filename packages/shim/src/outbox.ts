import { randomBytes } from 'node:crypto';
import { appendFileSync, closeSync, fsyncSync, openSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorCode } from '@corral/api/task';
import { writeFileAtomic } from './atomic-file.js';
import type { ExitRecordJson } from './exit-record.js';

/** One event as the outbox keeps it until the receiver acknowledges it. */
export interface OutboxEvent {
  /** 1, 2, 3… per outbox; the receiver de-duplicates on (source, seq). */
  seq: number;
  topic: string;
  /** Publish time, ns since the epoch. */
  timestamp: bigint;
  typeUrl: string;
  value: Uint8Array;
}

/** Delivers one event; resolves once the receiver acknowledged it (a successful Forward). */
export type SendEvent = (event: OutboxEvent) => Promise<void>;

export interface OutboxOptions {
  send: SendEvent;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  onError?: (err: unknown, event: OutboxEvent, attempt: number) => void;
  onDrop?: (err: unknown, event: OutboxEvent) => void;
}

interface EventLine {
  seq: number;
  topic: string;
  ts: string;
  type: string;
  value: string;
  /** On the init's /tasks/exit: the exit record, made durable by this line's fsync. */
  exit?: ExitRecordJson;
}
interface AckLine {
  ack: number;
}
interface SourceLine {
  source: string;
}
/** The exit record again, without the event: compaction keeps it once its event is acknowledged. */
interface ExitLine {
  exit: ExitRecordJson;
}

// Rewrite the file once this many acknowledged records have piled up, so it stays small.
const compactAfterAcks = 64;

/**
 * The durable event outbox (DESIGN rule 3): an append-only NDJSON file in the bundle holding every
 * event until the receiver acknowledged it. Events leave one at a time, in order, and are retried
 * with capped exponential backoff for as long as the shim lives: a receiver that is down for an hour
 * still gets every event. Only a receiver's InvalidArgument (it will never accept the event) drops
 * one, since retrying it would block every later event. It also keeps the init's exit record
 * (DESIGN rule 2), written with its /tasks/exit in one fsync'd line and kept through compaction.
 */
export class Outbox {
  readonly path: string;
  /** Names this outbox: sequence numbers are unique per source; it survives reopening the file. */
  readonly source: string;
  private readonly opts: Required<Omit<OutboxOptions, 'onError' | 'onDrop'>> &
    Pick<OutboxOptions, 'onError' | 'onDrop'>;
  private readonly pending: OutboxEvent[] = [];
  private nextSeq: number;
  private acksSinceCompaction = 0;
  private running = false;
  private closed = false;
  private wake: (() => void) | undefined;
  private drained: (() => void)[] = [];
  /** By container id ('' for a record without one): a grouped shim's outbox holds several. */
  private readonly exitRecords = new Map<string, ExitRecordJson>();

  private constructor(
    path: string,
    source: string,
    opts: OutboxOptions,
    pending: OutboxEvent[],
    nextSeq: number,
  ) {
    this.path = path;
    this.source = source;
    this.opts = { minBackoffMs: 100, maxBackoffMs: 5_000, ...opts };
    this.pending.push(...pending);
    this.nextSeq = nextSeq;
  }

  /** Opens (or creates) the outbox at `path`, loading unacknowledged events left by an earlier run. */
  static open(path: string, opts: OutboxOptions): Outbox {
    const loaded = loadOutbox(path);
    const source = loaded.source ?? randomBytes(8).toString('hex');
    const box = new Outbox(path, source, opts, loaded.pending, loaded.lastSeq + 1);
    for (const e of loaded.exits) box.exitRecords.set(e.id ?? '', e);
    if (loaded.source === undefined) box.append(`${JSON.stringify({ source } satisfies SourceLine)}\n`);
    box.kick();
    return box;
  }

  /** Events not yet acknowledged, oldest first. */
  get backlog(): readonly OutboxEvent[] {
    return this.pending;
  }

  /**
   * Durably records an event (fsync'd before returning), then schedules its delivery. `exit`: the
   * init's exit record, which the same line (one write, one fsync) makes durable with the event.
   */
  publish(
    topic: string,
    typeUrl: string,
    value: Uint8Array,
    timestamp: bigint,
    exit?: ExitRecordJson,
  ): OutboxEvent {
    if (this.closed) throw new Error('outbox is closed');
    const event: OutboxEvent = { seq: this.nextSeq++, topic, timestamp, typeUrl, value };
    const line: EventLine = {
      seq: event.seq,
      topic,
      ts: timestamp.toString(),
      type: typeUrl,
      value: Buffer.from(value).toString('base64'),
      ...(exit === undefined ? {} : { exit }),
    };
    this.append(`${JSON.stringify(line)}\n`);
    if (exit !== undefined) this.exitRecords.set(exit.id ?? '', exit);
    this.pending.push(event);
    this.kick();
    return event;
  }

  /**
   * Cuts a backoff wait short: the receiver is likely back (it just called us) or we are about to
   * exit, so the held events should not sit out a delay of up to maxBackoffMs.
   */
  retryNow(): void {
    this.wake?.();
  }

  /** Resolves true once every event is acknowledged, false at the deadline. */
  async drain(timeoutMs: number): Promise<boolean> {
    if (this.pending.length === 0) return true;
    this.retryNow();
    const done = new Promise<true>((resolve) => this.drained.push(() => resolve(true)));
    const timer = sleep(timeoutMs, false as const, { ref: false });
    return Promise.race([done, timer]);
  }

  /** Stops delivery; unacknowledged events stay in the file for whoever reads it next. */
  close(): void {
    this.closed = true;
    this.wake?.();
  }

  private kick(): void {
    if (this.running || this.closed || this.pending.length === 0) return;
    this.running = true;
    void this.deliver().finally(() => {
      this.running = false;
      if (!this.closed && this.pending.length > 0) this.kick();
    });
  }

  private async deliver(): Promise<void> {
    let attempt = 0;
    while (!this.closed && this.pending.length > 0) {
      const event = this.pending[0]!;
      try {
        await this.opts.send(event);
      } catch (err) {
        if (errorCode(err) === 'InvalidArgument') {
          this.opts.onDrop?.(err, event);
        } else {
          attempt++;
          this.opts.onError?.(err, event, attempt);
          await this.backoff(attempt);
          continue;
        }
      }
      attempt = 0;
      this.acknowledge(event);
    }
  }

  private acknowledge(event: OutboxEvent): void {
    this.pending.shift();
    const ack: AckLine = { ack: event.seq };
    this.append(`${JSON.stringify(ack)}\n`);
    if (++this.acksSinceCompaction >= compactAfterAcks) this.compact();
    if (this.pending.length === 0) {
      for (const resolve of this.drained.splice(0)) resolve();
    }
  }

  private async backoff(attempt: number): Promise<void> {
    const ms = Math.min(this.opts.maxBackoffMs, this.opts.minBackoffMs * 2 ** Math.min(attempt - 1, 20));
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
    this.wake = undefined;
  }

  private append(text: string): void {
    const fd = openSync(this.path, 'a', 0o600);
    try {
      appendFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  /** The task of container `id` was deleted (its exit is known upstream): compaction drops its record. */
  forgetExit(id: string): void {
    this.exitRecords.delete(id);
  }

  /** Rewrites the file with only the unacknowledged events (atomically). */
  private compact(): void {
    this.acksSinceCompaction = 0;
    const lines = this.pending.map((e) =>
      JSON.stringify({
        seq: e.seq,
        topic: e.topic,
        ts: e.timestamp.toString(),
        type: e.typeUrl,
        value: Buffer.from(e.value).toString('base64'),
      }),
    );
    // Keep the last sequence number visible even when nothing is pending, so a reopened outbox
    // never reuses one.
    if (lines.length === 0) lines.push(JSON.stringify({ ack: this.nextSeq - 1 }));
    // Exit records stay until their container's task is deleted: their events' lines may go here.
    for (const exit of this.exitRecords.values()) lines.unshift(JSON.stringify({ exit } satisfies ExitLine));
    lines.unshift(JSON.stringify({ source: this.source } satisfies SourceLine));
    writeFileAtomic(this.path, `${lines.join('\n')}\n`);
  }
}

/**
 * Reads an outbox file: unacknowledged events in order, the highest sequence number seen, and the
 * exit records lines carry, the last of each container (unchecked JSON: readExitRecord validates).
 */
export function loadOutbox(path: string): {
  source: string | undefined;
  pending: OutboxEvent[];
  lastSeq: number;
  exits: ExitRecordJson[];
} {
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { source: undefined, pending: [], lastSeq: 0, exits: [] };
  }
  let source: string | undefined;
  const exits = new Map<string, ExitRecordJson>();
  const events = new Map<number, OutboxEvent>();
  let lastSeq = 0;
  for (const raw of text.split('\n')) {
    if (raw.length === 0) continue;
    let rec: Partial<EventLine & AckLine & SourceLine & ExitLine>;
    try {
      rec = JSON.parse(raw) as Partial<EventLine & AckLine & SourceLine & ExitLine>;
    } catch {
      continue; // a line torn by a crash mid-append
    }
    if (typeof rec.exit === 'object' && rec.exit !== null) {
      exits.set(typeof rec.exit.id === 'string' ? rec.exit.id : '', rec.exit);
    }
    if (typeof rec.source === 'string') {
      source = rec.source;
    } else if (typeof rec.ack === 'number') {
      events.delete(rec.ack);
      lastSeq = Math.max(lastSeq, rec.ack);
    } else if (typeof rec.seq === 'number' && typeof rec.topic === 'string' && typeof rec.type === 'string') {
      events.set(rec.seq, {
        seq: rec.seq,
        topic: rec.topic,
        timestamp: BigInt(rec.ts ?? '0'),
        typeUrl: rec.type,
        value: Buffer.from(rec.value ?? '', 'base64'),
      });
      lastSeq = Math.max(lastSeq, rec.seq);
    }
  }
  return {
    source,
    pending: [...events.values()].sort((a, b) => a.seq - b.seq),
    lastSeq,
    exits: [...exits.values()],
  };
}
