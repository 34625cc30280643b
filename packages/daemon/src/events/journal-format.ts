// The journal's on-disk form: NDJSON segment files. Each segment starts with a header line (the
// journal's state when the segment was opened: its first sequence and the de-dup table), then one
// line per event. A line is only truth once it ends in "\n" and parses; a crash mid-append leaves a
// torn last line (or zeros) that recovery cuts off.
//
// Why NDJSON and not length-prefixed corral.v1.Event: a record carries what Event has no field for
// (the shim's source and seq, journaledAt) without a proto message of the daemon's own; a torn tail
// is simply a last line that does not parse, where a length prefix would have to be trusted before
// the bytes behind it are; and in an incident `tail events/*.ndjson | jq` reads it. The costs
// (base64 payloads a third bigger, JSON.parse on replay) are small next to an fsync per commit.
import type { DedupEntry } from './dedup.js';
import type { JournaledEvent } from './journaled-event.js';

export const journalFormatVersion = 1;

export interface SegmentHeader {
  readonly firstSequence: number;
  /** journaledAt of the last event before this segment, so journaledAt stays increasing past it. */
  readonly lastJournaledAt: bigint;
  readonly sources: readonly DedupEntry[];
}

interface HeaderLine {
  journal: number;
  firstSequence: number;
  lastJournaledAt: string;
  sources: DedupEntry[];
}

interface RecordLine {
  seq: number;
  at: string;
  ts: string;
  ns: string;
  topic: string;
  type: string;
  value: string;
  src?: string;
  srcSeq?: number;
}

export type ParsedLine =
  { kind: 'header'; header: SegmentHeader } | { kind: 'record'; event: JournaledEvent } | { kind: 'invalid' };

const segmentRe = /^journal-(\d{16})\.ndjson$/;

/** Segment files are named by their first sequence, zero-padded so names sort in journal order. */
export function segmentFileName(firstSequence: number): string {
  return `journal-${String(firstSequence).padStart(16, '0')}.ndjson`;
}

export function parseSegmentFileName(name: string): number | undefined {
  const m = segmentRe.exec(name);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

export function encodeHeader(h: SegmentHeader): string {
  const line: HeaderLine = {
    journal: journalFormatVersion,
    firstSequence: h.firstSequence,
    lastJournaledAt: h.lastJournaledAt.toString(),
    sources: [...h.sources],
  };
  return `${JSON.stringify(line)}\n`;
}

export function encodeRecord(e: JournaledEvent): string {
  const line: RecordLine = {
    seq: e.sequence,
    at: e.journaledAt.toString(),
    ts: e.timestamp.toString(),
    ns: e.namespace,
    topic: e.topic,
    type: e.event.type_url,
    value: Buffer.from(e.event.value).toString('base64'),
    ...(e.origin === undefined ? {} : { src: e.origin.source, srcSeq: e.origin.seq }),
  };
  return `${JSON.stringify(line)}\n`;
}

/** Parses one line (without its "\n"); anything that is not exactly a header or record is invalid. */
export function parseLine(line: string): ParsedLine {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return { kind: 'invalid' };
  }
  if (typeof v !== 'object' || v === null) return { kind: 'invalid' };
  const o = v as Record<string, unknown>;
  if ('journal' in o) return parseHeader(o);
  return parseRecord(o);
}

function parseHeader(o: Record<string, unknown>): ParsedLine {
  if (o['journal'] !== journalFormatVersion || !isSequence(o['firstSequence'])) return { kind: 'invalid' };
  const lastJournaledAt = parseNanos(o['lastJournaledAt']);
  const sources = o['sources'];
  if (lastJournaledAt === undefined || !Array.isArray(sources)) return { kind: 'invalid' };
  const entries: DedupEntry[] = [];
  for (const s of sources as unknown[]) {
    if (!Array.isArray(s)) return { kind: 'invalid' };
    const [source, seq, seenAtMs] = s as unknown[];
    if (typeof source !== 'string' || !isSequence(seq) || typeof seenAtMs !== 'number') {
      return { kind: 'invalid' };
    }
    entries.push([source, seq, seenAtMs]);
  }
  return { kind: 'header', header: { firstSequence: o['firstSequence'], lastJournaledAt, sources: entries } };
}

function parseRecord(o: Record<string, unknown>): ParsedLine {
  const { seq, ns, topic, type, value, src, srcSeq } = o;
  const at = parseNanos(o['at']);
  const ts = parseNanos(o['ts']);
  if (
    !isSequence(seq) ||
    at === undefined ||
    ts === undefined ||
    typeof ns !== 'string' ||
    typeof topic !== 'string' ||
    typeof type !== 'string' ||
    typeof value !== 'string'
  ) {
    return { kind: 'invalid' };
  }
  let origin: JournaledEvent['origin'];
  if (src !== undefined || srcSeq !== undefined) {
    if (typeof src !== 'string' || !isSequence(srcSeq)) return { kind: 'invalid' };
    origin = { source: src, seq: srcSeq };
  }
  return {
    kind: 'record',
    event: {
      sequence: seq,
      timestamp: ts,
      journaledAt: at,
      namespace: ns,
      topic,
      event: { type_url: type, value: new Uint8Array(Buffer.from(value, 'base64')) },
      origin,
    },
  };
}

function isSequence(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function parseNanos(v: unknown): bigint | undefined {
  return typeof v === 'string' && /^-?\d{1,20}$/.test(v) ? BigInt(v) : undefined;
}
