import { randomBytes } from 'node:crypto';
import { appendFileSync, closeSync, fsyncSync, openSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  errorCode,
  outboxEventLine,
  readOutbox,
  type ExitRecordJson,
  type OutboxAckLine,
  type OutboxEvent,
  type OutboxExitLine,
  type OutboxSourceLine,
} from '@corral/api/task';
import { writeFileAtomic } from './atomic-file.js';

export type { OutboxEvent } from '@corral/api/task';

/** Delivers one event; resolves once the receiver acknowledged it (a successful Forward). */
export type SendEvent = (event: OutboxEvent) => Promise<void>;

export interface OutboxOptions {
  send: SendEvent;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  onError?: (err: unknown, event: OutboxEvent, attempt: number) => void;
  onDrop?: (err: unknown, event: OutboxEvent) => void;
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
    const loaded = readOutbox(path);
    const source = loaded.source ?? randomBytes(8).toString('hex');
    const box = new Outbox(path, source, opts, loaded.pending, loaded.lastSeq + 1);
    for (const e of loaded.exits) box.exitRecords.set(e.id ?? '', e);
    if (loaded.source === undefined) box.append(`${JSON.stringify({ source } satisfies OutboxSourceLine)}\n`);
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
    this.append(`${JSON.stringify(outboxEventLine(event, exit))}\n`);
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
    const ack: OutboxAckLine = { ack: event.seq };
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
    const lines = this.pending.map((e) => JSON.stringify(outboxEventLine(e)));
    // Keep the last sequence number visible even when nothing is pending, so a reopened outbox
    // never reuses one.
    if (lines.length === 0) lines.push(JSON.stringify({ ack: this.nextSeq - 1 }));
    // Exit records stay until their container's task is deleted: their events' lines may go here.
    for (const exit of this.exitRecords.values())
      lines.unshift(JSON.stringify({ exit } satisfies OutboxExitLine));
    lines.unshift(JSON.stringify({ source: this.source } satisfies OutboxSourceLine));
    writeFileAtomic(this.path, `${lines.join('\n')}\n`);
  }
}
