// Segment files on disk: listing them, recovering the newest after a crash, finding a segment's
// first journaledAt, fsyncing the directory.
import { constants } from 'node:fs';
import { open, readdir, readFile, stat, truncate, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { DedupEntry } from './dedup.js';
import { encodeHeader, parseLine, parseSegmentFileName, segmentFileName } from './journal-format.js';
import type { SegmentHeader } from './journal-format.js';
import type { EventOrigin } from './journaled-event.js';
import type { EventsLogger } from './logger.js';

// O_APPEND: after a failed write is truncated away, the next one lands at the new end, not past it.
const segmentFlags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_APPEND;

export interface SegmentInfo {
  readonly firstSequence: number;
  readonly path: string;
  bytes: number;
  /** journaledAt of its first event; undefined until known (found lazily for old segments). */
  firstJournaledAt: bigint | undefined;
}

export interface RecoveredState {
  /** Oldest first; the last one is reopened for appending. Empty for a new journal. */
  segments: SegmentInfo[];
  lastSequence: number;
  lastJournaledAt: bigint;
  /** The de-dup table: the newest header's, then every origin journaled after it, in order. */
  sources: DedupEntry[];
}

/** Lists the segments of `dir`, oldest first. */
export async function listSegments(dir: string): Promise<SegmentInfo[]> {
  const out: SegmentInfo[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const firstSequence = parseSegmentFileName(name);
    if (firstSequence === undefined) continue;
    const path = join(dir, name);
    out.push({ firstSequence, path, bytes: (await stat(path)).size, firstJournaledAt: undefined });
  }
  return out;
}

/**
 * Recovers the journal's state from its newest segment, which is all that is needed: its header
 * holds the state at the segment's start. A torn tail (an append that crashed before its fsync, so
 * was never acknowledged) is cut off; a newest segment with no valid header (a crash while rolling)
 * is removed and the one before it is used.
 */
export async function recoverSegments(dir: string, logger: EventsLogger): Promise<RecoveredState> {
  const segments = await listSegments(dir);
  for (;;) {
    const newest = segments.at(-1);
    if (newest === undefined) return { segments, lastSequence: 0, lastJournaledAt: 0n, sources: [] };
    const scan = await scanSegment(newest.path);
    if (scan.header === undefined && scan.lastSequence === undefined) {
      logger.warn({ path: newest.path }, 'event journal: removing a segment with no valid header');
      await unlink(newest.path);
      await syncDir(dir);
      segments.pop();
      continue;
    }
    if (scan.validEnd < newest.bytes) {
      logger.warn(
        { path: newest.path, bytes: newest.bytes - scan.validEnd },
        'event journal: cutting off a torn last record (never acknowledged)',
      );
      await truncate(newest.path, scan.validEnd);
      newest.bytes = scan.validEnd;
    }
    if (scan.skipped > 0) {
      logger.error({ path: newest.path, lines: scan.skipped }, 'event journal: skipped unreadable lines');
    }
    newest.firstJournaledAt = scan.firstJournaledAt;
    const firstSequence = scan.header?.firstSequence ?? newest.firstSequence;
    return {
      segments,
      lastSequence: scan.lastSequence ?? firstSequence - 1,
      lastJournaledAt: scan.lastJournaledAt ?? scan.header?.lastJournaledAt ?? 0n,
      sources: [...(scan.header?.sources ?? []), ...scan.origins],
    };
  }
}

interface SegmentScan {
  header: SegmentHeader | undefined;
  lastSequence: number | undefined;
  firstJournaledAt: bigint | undefined;
  lastJournaledAt: bigint | undefined;
  origins: DedupEntry[];
  /** Byte offset just past the last valid line. */
  validEnd: number;
  /** Invalid lines followed by valid ones: damage, not a torn tail. */
  skipped: number;
}

async function scanSegment(path: string): Promise<SegmentScan> {
  const data = await readFile(path);
  const scan: SegmentScan = {
    header: undefined,
    lastSequence: undefined,
    firstJournaledAt: undefined,
    lastJournaledAt: undefined,
    origins: [],
    validEnd: 0,
    skipped: 0,
  };
  let invalidSinceValid = 0;
  for (let start = 0; start < data.length;) {
    const nl = data.indexOf(0x0a, start);
    if (nl < 0) break; // no "\n": the torn tail
    const parsed = parseLine(data.toString('utf8', start, nl));
    start = nl + 1;
    if (parsed.kind === 'invalid') {
      invalidSinceValid++;
      continue;
    }
    scan.skipped += invalidSinceValid;
    invalidSinceValid = 0;
    scan.validEnd = start;
    if (parsed.kind === 'header') {
      scan.header ??= parsed.header;
      continue;
    }
    const e = parsed.event;
    scan.lastSequence = e.sequence;
    scan.firstJournaledAt ??= e.journaledAt;
    scan.lastJournaledAt = e.journaledAt;
    if (e.origin !== undefined) scan.origins.push(originEntry(e.origin, e.journaledAt));
  }
  return scan;
}

function originEntry(origin: EventOrigin, journaledAt: bigint): DedupEntry {
  return [origin.source, origin.seq, Number(journaledAt / 1_000_000n)];
}

/** Creates a segment file holding just its header, durably, and opens it for appending. */
export async function createSegment(
  dir: string,
  header: SegmentHeader,
): Promise<{ fh: FileHandle; segment: SegmentInfo }> {
  const path = join(dir, segmentFileName(header.firstSequence));
  const data = Buffer.from(encodeHeader(header));
  const fh = await open(path, segmentFlags, 0o600);
  try {
    for (let off = 0; off < data.length;) off += (await fh.write(data, off)).bytesWritten;
    await fh.datasync();
    await syncDir(dir);
  } catch (err) {
    await fh.close().catch(() => undefined);
    await unlink(path).catch(() => undefined);
    throw err;
  }
  return {
    fh,
    segment: { firstSequence: header.firstSequence, path, bytes: data.length, firstJournaledAt: undefined },
  };
}

/** journaledAt of the first event in a segment file, or undefined if it has none (or is gone). */
export async function readFirstJournaledAt(path: string): Promise<bigint | undefined> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    if (isNotFoundError(err)) return undefined;
    throw err;
  }
  const stream = fh.createReadStream({ autoClose: false });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      const parsed = parseLine(line);
      if (parsed.kind === 'record') return parsed.event.journaledAt;
    }
    return undefined;
  } finally {
    lines.close();
    stream.destroy();
    await fh.close();
  }
}

/** Makes a file's creation or removal durable. */
export async function syncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

export function isNotFoundError(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}
