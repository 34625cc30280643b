import { readFileSync } from 'node:fs';

// corral-shim's event outbox (`events.outbox`) and exit record (`exit`) as files: the shim writes
// them and reads them back after a restart, corrald reads them after the shim died. One reader here
// so both sides agree on what a torn or foreign line is. The format is described in the shim's
// README ("The event outbox").

/** An init's exit, as the shim knows it; on disk before Wait is released or /tasks/exit published. */
export interface ExitRecord {
  pid: number;
  /** containerd-style: the exit code, or 128 + signal. */
  exitStatus: number;
  /** The terminating signal, when there was one. */
  signal: number | null;
  /** Nanoseconds since the epoch (reap time). */
  exitedAt: bigint;
  oomKilled: boolean;
}

/** The record as JSON: in the `exit` file, and as the `exit` field of the outbox's /tasks/exit line. */
export interface ExitRecordJson {
  /** The container: one outbox holds the records of every container a grouped shim serves. */
  id?: string;
  pid: number;
  exitStatus: number;
  signal: number | null;
  exitedAt: string;
  oomKilled: boolean;
}

/** One event as the outbox keeps it until the receiver acknowledges it. */
export interface OutboxEvent {
  /** 1, 2, 3… per outbox; the receiver de-duplicates on (source, seq). */
  seq: number;
  topic: string;
  /** Publish time, ns since the epoch (0 when the line had none). */
  timestamp: bigint;
  typeUrl: string;
  value: Uint8Array;
}

/** The lines of an outbox file: `{source}`, events, `{ack}` and compaction's `{exit}`. */
export interface OutboxSourceLine {
  source: string;
}
export interface OutboxEventLine {
  seq: number;
  topic: string;
  ts: string;
  type: string;
  value: string;
  /** On the init's /tasks/exit: its exit record, made durable by the same line. */
  exit?: ExitRecordJson;
}
export interface OutboxAckLine {
  ack: number;
}
/** An exit record again, without its event: compaction keeps it once its event is acknowledged. */
export interface OutboxExitLine {
  exit: ExitRecordJson;
}

/** What an outbox file holds. */
export interface OutboxContents {
  /** Names the outbox (its first line); undefined for a file without one. */
  source: string | undefined;
  /** Events not acknowledged, oldest first. */
  pending: OutboxEvent[];
  /** The highest sequence number seen (0 for none). */
  lastSeq: number;
  /** The last exit record of each container (unchecked JSON: parseExitRecord validates). */
  exits: ExitRecordJson[];
}

/** What a missing outbox file holds. */
export function emptyOutbox(): OutboxContents {
  return { source: undefined, pending: [], lastSeq: 0, exits: [] };
}

/** An outbox event as the line the outbox appends (`exit`: the init's record riding on it). */
export function outboxEventLine(e: OutboxEvent, exit?: ExitRecordJson): OutboxEventLine {
  return {
    seq: e.seq,
    topic: e.topic,
    ts: e.timestamp.toString(),
    type: e.typeUrl,
    value: Buffer.from(e.value).toString('base64'),
    ...(exit === undefined ? {} : { exit }),
  };
}

/** Reads the outbox file at `path` (parseOutbox); a missing or unreadable file is an empty outbox. */
export function readOutbox(path: string): OutboxContents {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return emptyOutbox();
  }
  return parseOutbox(text);
}

/** Reads an outbox file's text; a line torn by a crash mid-append, or not JSON, is skipped. */
export function parseOutbox(text: string): OutboxContents {
  let source: string | undefined;
  const exits = new Map<string, ExitRecordJson>();
  const events = new Map<number, OutboxEvent>();
  let lastSeq = 0;
  for (const raw of text.split('\n')) {
    if (raw.length === 0) continue;
    let rec: Record<string, unknown>;
    try {
      rec = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      continue;
    }
    if (typeof rec !== 'object' || rec === null) continue;
    const exit = rec['exit'];
    if (typeof exit === 'object' && exit !== null) {
      const id = (exit as { id?: unknown }).id;
      exits.set(typeof id === 'string' ? id : '', exit as ExitRecordJson);
    }
    const { source: src, ack, seq, topic, type, ts, value } = rec;
    if (typeof src === 'string') {
      source = src;
    } else if (typeof ack === 'number') {
      events.delete(ack);
      lastSeq = Math.max(lastSeq, ack);
    } else if (typeof seq === 'number' && typeof topic === 'string' && typeof type === 'string') {
      events.set(seq, {
        seq,
        topic,
        timestamp: typeof ts === 'string' && /^\d+$/.test(ts) ? BigInt(ts) : 0n,
        typeUrl: type,
        value: Buffer.from(typeof value === 'string' ? value : '', 'base64'),
      });
      lastSeq = Math.max(lastSeq, seq);
    }
  }
  return {
    source,
    pending: [...events.values()].sort((a, b) => a.seq - b.seq),
    lastSeq,
    exits: [...exits.values()],
  };
}

/**
 * Container `id`'s record among an outbox's; a record without an id is a single-container shim's
 * (an outbox written before records named their container), taken when none names `id`.
 */
export function exitRecordOf(
  exits: readonly ExitRecordJson[],
  id: string | undefined,
): ExitRecordJson | undefined {
  return exits.find((e) => id !== undefined && e.id === id) ?? exits.find((e) => e.id === undefined);
}

export function exitRecordJson(r: ExitRecord, id?: string): ExitRecordJson {
  return { ...(id === undefined ? {} : { id }), ...r, exitedAt: r.exitedAt.toString() };
}

/**
 * The record in an `exit` file at `path`, or undefined: none (an older shim's bundle before the
 * exit, or a copy a power loss took), torn, or not a record.
 */
export function readExitRecordFile(path: string): ExitRecord | undefined {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  return parseExitRecord(json);
}

/** A record from JSON (the `exit` file or an outbox line), or undefined if it is not one. */
export function parseExitRecord(json: unknown): ExitRecord | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const j = json as Partial<Record<keyof ExitRecordJson, unknown>>;
  if (typeof j.pid !== 'number' || typeof j.exitStatus !== 'number' || typeof j.exitedAt !== 'string')
    return undefined;
  if (!/^\d+$/.test(j.exitedAt)) return undefined;
  return {
    pid: j.pid,
    exitStatus: j.exitStatus,
    signal: typeof j.signal === 'number' ? j.signal : null,
    exitedAt: BigInt(j.exitedAt),
    oomKilled: j.oomKilled === true,
  };
}
