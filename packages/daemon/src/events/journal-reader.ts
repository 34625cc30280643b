// Replays a range of the journal from its segment files, while appends and rotation go on.
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseLine } from './journal-format.js';
import type { JournaledEvent } from './journaled-event.js';
import { isNotFoundError, readFirstJournaledAt } from './journal-segments.js';
import type { SegmentInfo } from './journal-segments.js';

export interface ReadOptions {
  /** Events after this sequence number (0 or absent: from the oldest kept). */
  sinceSequence?: number;
  /** Events journaled at or after this time, ns since the epoch (absent: no bound). */
  sinceTime?: bigint;
  /** Stop after this sequence number (absent: the last one committed when read() was called). */
  untilSequence?: number;
}

/** What the reader needs of the journal: its current segments (they change as it reads). */
export interface SegmentSource {
  segments(): readonly SegmentInfo[];
}

/**
 * Yields the committed events in (sinceSequence, until], journaled at or after sinceTime, in
 * order. Both bounds are positions (sequence and journaledAt only grow along the journal), so the
 * start segment is found without reading older ones. A since older than the oldest kept event
 * starts at the oldest kept; segments rotated away while reading are skipped, so a reader that
 * falls that far behind sees a jump in sequence numbers, never a wrong order.
 */
export async function* readJournal(
  source: SegmentSource,
  until: number,
  options: ReadOptions,
): AsyncGenerator<JournaledEvent, void, undefined> {
  const since = options.sinceSequence ?? 0;
  if (until <= since) return;
  let current: SegmentInfo | undefined = await findStart(source.segments(), since, options.sinceTime);
  while (current !== undefined) {
    for await (const e of readSegment(current.path)) {
      if (e.sequence > until) return;
      if (e.sequence <= since) continue;
      if (options.sinceTime !== undefined && e.journaledAt < options.sinceTime) continue;
      yield e;
    }
    const after: number = current.firstSequence;
    current = source.segments().find((s) => s.firstSequence > after);
  }
}

async function findStart(
  segments: readonly SegmentInfo[],
  since: number,
  sinceTime: bigint | undefined,
): Promise<SegmentInfo | undefined> {
  let start = 0;
  for (let i = 1; i < segments.length && segments[i]!.firstSequence <= since + 1; i++) start = i;
  if (sinceTime === undefined) return segments[start];
  for (let i = start + 1; i < segments.length; i++) {
    const s = segments[i]!;
    s.firstJournaledAt ??= await readFirstJournaledAt(s.path);
    if (s.firstJournaledAt === undefined || s.firstJournaledAt > sinceTime) break;
    start = i;
  }
  return segments[start];
}

/** The events of one segment file; none if it was rotated away meanwhile. */
async function* readSegment(path: string): AsyncGenerator<JournaledEvent, void, undefined> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    if (isNotFoundError(err)) return;
    throw err;
  }
  // An open file outlives its unlink, so rotation cannot pull the rest of it away from us.
  const stream = fh.createReadStream({ autoClose: false });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      // Invalid lines: a torn tail past `until`, in the segment being appended to right now.
      const parsed = parseLine(line);
      if (parsed.kind === 'record') yield parsed.event;
    }
  } finally {
    lines.close();
    stream.destroy();
    await fh.close();
  }
}
