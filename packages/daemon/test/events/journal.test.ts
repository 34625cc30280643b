import assert from 'node:assert/strict';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { containerd } from '@corral/api';
import { EventJournal, eventJournalDir } from '../../src/events/index.js';
import type { AppendRequest, EventJournalOptions, JournaledEvent } from '../../src/events/index.js';
import { openJournal, range, recordingLogger, root, taskExit } from './helpers.js';

const exit = (id: string, extra: Partial<AppendRequest> = {}): AppendRequest => ({
  namespace: 'default',
  topic: '/tasks/exit',
  event: taskExit(id, 137),
  ...extra,
});

async function appendMany(
  journal: EventJournal,
  n: number,
  extra: Partial<AppendRequest> = {},
): Promise<void> {
  for (let i = 0; i < n; i++) await journal.append(exit(`c${i}`, extra));
}

async function readAll(journal: EventJournal, options = {}): Promise<JournaledEvent[]> {
  const out: JournaledEvent[] = [];
  for await (const e of journal.read(options)) out.push(e);
  return out;
}

const sequences = (events: JournaledEvent[]): number[] => events.map((e) => e.sequence);

function segmentFiles(dir: string): string[] {
  return readdirSync(eventJournalDir(dir))
    .filter((n) => n.endsWith('.ndjson'))
    .sort();
}

function activeSegment(dir: string): string {
  return join(eventJournalDir(dir), segmentFiles(dir).at(-1)!);
}

test('sequence numbers start at 1 and continue after a reopen', async (t) => {
  const dir = root(t);
  const first = await EventJournal.open(dir);
  const r = await first.append(exit('c1'));
  assert.equal(r.duplicate, false);
  assert.equal(r.event?.sequence, 1);
  await appendMany(first, 2);
  assert.equal(first.lastSequence, 3);
  await first.close();

  const journal = await openJournal(t, dir);
  assert.equal(journal.lastSequence, 3);
  assert.equal((await journal.append(exit('c4'))).event?.sequence, 4);
  const events = await readAll(journal);
  assert.deepEqual(sequences(events), [1, 2, 3, 4]);
  assert.equal(events[0]!.topic, '/tasks/exit');
  assert.equal(events[0]!.event.type_url, 'containerd.events.TaskExit');
  assert.equal(containerd.events.TaskExit.decode(events[0]!.event.value).containerId, 'c1');
});

test('an event is on disk when append() resolves, with its fields intact', async (t) => {
  const dir = root(t);
  const journal = await openJournal(t, dir);
  const payload = taskExit('c1', 9);
  const { event } = await journal.append({
    namespace: 'ns1',
    topic: '/tasks/exit',
    event: payload,
    timestamp: 123n,
  });
  const lines = readFileSync(activeSegment(dir), 'utf8').trimEnd().split('\n');
  const last = JSON.parse(lines.at(-1)!) as { seq: number; ns: string; ts: string; value: string };
  assert.equal(last.seq, event!.sequence);
  assert.equal(last.ns, 'ns1');
  assert.equal(last.ts, '123');
  assert.deepEqual(Buffer.from(last.value, 'base64'), Buffer.from(payload.value));
  const [back] = await readAll(journal);
  assert.equal(back!.timestamp, 123n);
  assert.deepEqual(Buffer.from(back!.event.value), Buffer.from(payload.value));
});

test('concurrent appends get distinct, contiguous sequence numbers in call order', async (t) => {
  const journal = await openJournal(t, root(t));
  const results = await Promise.all(range(1, 300).map((i) => journal.append(exit(`c${i}`))));
  assert.deepEqual(
    results.map((r) => r.event?.sequence),
    range(1, 300),
  );
  assert.deepEqual(sequences(await readAll(journal)), range(1, 300));
});

test('a torn last line (a crash mid-append) is cut off and its sequence number reused', async (t) => {
  const dir = root(t);
  const { logger, entries } = recordingLogger();
  const first = await EventJournal.open(dir);
  await appendMany(first, 3);
  await first.close();
  appendFileSync(activeSegment(dir), '{"seq":4,"at":"17000000000","ts":"1700');

  const journal = await openJournal(t, dir, { logger });
  assert.equal(journal.lastSequence, 3);
  assert.ok(entries.some((e) => e.level === 'warn' && /torn/.test(e.msg)));
  assert.equal((await journal.append(exit('c4'))).event?.sequence, 4);
  assert.deepEqual(sequences(await readAll(journal)), [1, 2, 3, 4]);
  for (const line of readFileSync(activeSegment(dir), 'utf8').trimEnd().split('\n')) JSON.parse(line);
});

test('zeros left at the tail by a crash are cut off too', async (t) => {
  const dir = root(t);
  const first = await EventJournal.open(dir);
  await appendMany(first, 2);
  await first.close();
  appendFileSync(activeSegment(dir), Buffer.alloc(100));
  appendFileSync(activeSegment(dir), '\n');

  const journal = await openJournal(t, dir);
  assert.equal(journal.lastSequence, 2);
  await journal.append(exit('c3'));
  assert.deepEqual(sequences(await readAll(journal)), [1, 2, 3]);
});

test('a segment left without its header (a crash while rolling) is removed', async (t) => {
  const dir = root(t);
  const first = await EventJournal.open(dir);
  await appendMany(first, 2);
  await first.close();
  writeFileSync(join(eventJournalDir(dir), 'journal-0000000000000003.ndjson'), '{"journal":1,"first');

  const journal = await openJournal(t, dir);
  assert.equal(journal.lastSequence, 2);
  assert.equal(segmentFiles(dir).length, 1);
  assert.equal((await journal.append(exit('c3'))).event?.sequence, 3);
});

test('rotation by event count keeps the newest events and never reuses a sequence', async (t) => {
  const dir = root(t);
  const options: EventJournalOptions = { maxEvents: 10, segmentEvents: 3 };
  const first = await EventJournal.open(dir, options);
  await appendMany(first, 25);
  assert.ok(first.size.events <= 10, `kept ${first.size.events}`);
  const kept = sequences(await readAll(first));
  assert.equal(kept.at(-1), 25);
  assert.deepEqual(kept, range(kept[0]!, 25));
  assert.ok(kept.length >= 7, `kept only ${kept.length}`);
  await first.close();

  const journal = await openJournal(t, dir, options);
  assert.equal(journal.lastSequence, 25);
  assert.equal(journal.firstSequence, kept[0]);
  assert.equal((await journal.append(exit('c26'))).event?.sequence, 26);
});

test('rotation by bytes keeps the journal under maxBytes', async (t) => {
  const dir = root(t);
  const journal = await openJournal(t, dir, { maxBytes: 8192, segmentBytes: 2048 });
  const big = { type_url: 'containerd.events.TaskOOM', value: new Uint8Array(300).fill(7) };
  for (let i = 0; i < 100; i++)
    await journal.append({ namespace: 'default', topic: '/tasks/oom', event: big });
  assert.ok(journal.size.bytes <= 8192, `kept ${journal.size.bytes} bytes`);
  const kept = sequences(await readAll(journal));
  assert.equal(kept.at(-1), 100);
  assert.deepEqual(kept, range(kept[0]!, 100));
});

test('a since older than the oldest kept event replays from the oldest kept', async (t) => {
  const journal = await openJournal(t, root(t), { maxEvents: 10, segmentEvents: 2 });
  await appendMany(journal, 30);
  const oldest = journal.firstSequence;
  assert.ok(oldest > 5);
  assert.deepEqual(sequences(await readAll(journal, { sinceSequence: 5 })), range(oldest, 30));
  assert.deepEqual(sequences(await readAll(journal, { sinceSequence: 27 })), [28, 29, 30]);
  assert.deepEqual(sequences(await readAll(journal, { sinceSequence: 27, untilSequence: 29 })), [28, 29]);
  assert.deepEqual(sequences(await readAll(journal, { sinceSequence: 30 })), []);
});

test('read by time uses the journaling time, which only grows even when the clock steps back', async (t) => {
  let now = 1_000n;
  const dir = root(t);
  const journal = await openJournal(t, dir, { segmentEvents: 2, clock: () => now });
  for (const at of [1_000n, 2_000n, 3_000n, 2_500n, 5_000n, 6_000n]) {
    now = at;
    await journal.append(exit('c'));
  }
  const events = await readAll(journal);
  assert.deepEqual(
    events.map((e) => e.journaledAt),
    [1_000n, 2_000n, 3_000n, 3_001n, 5_000n, 6_000n],
  );
  assert.deepEqual(sequences(await readAll(journal, { sinceTime: 3_001n })), [4, 5, 6]);
  assert.deepEqual(sequences(await readAll(journal, { sinceTime: 4_000n })), [5, 6]);
  assert.deepEqual(sequences(await readAll(journal, { sinceTime: 1n })), range(1, 6));
  assert.deepEqual(sequences(await readAll(journal, { sinceTime: 5_000n, sinceSequence: 5 })), [6]);

  await journal.close();
  now = 10n; // earlier than anything journaled: the reopened journal still goes forward
  const again = await openJournal(t, dir, { clock: () => now });
  const { event } = await again.append(exit('c'));
  assert.equal(event?.journaledAt, 6_001n);
});

test('origins journaled before are duplicates, also after a reopen and across segments', async (t) => {
  const dir = root(t);
  const options: EventJournalOptions = { segmentEvents: 2 };
  const first = await EventJournal.open(dir, options);
  for (let seq = 1; seq <= 5; seq++) {
    assert.equal((await first.append(exit('c1', { origin: { source: 'a', seq } }))).duplicate, false);
  }
  assert.equal((await first.append(exit('c2', { origin: { source: 'b', seq: 1 } }))).duplicate, false);
  assert.equal((await first.append(exit('c1', { origin: { source: 'a', seq: 5 } }))).duplicate, true);
  await first.close();
  assert.ok(segmentFiles(dir).length >= 3);

  const journal = await openJournal(t, dir, options);
  assert.equal(journal.dedup.lastSeq('a'), 5);
  assert.equal(journal.dedup.lastSeq('b'), 1);
  assert.equal((await journal.append(exit('c1', { origin: { source: 'a', seq: 3 } }))).duplicate, true);
  assert.equal((await journal.append(exit('c2', { origin: { source: 'b', seq: 1 } }))).duplicate, true);
  const next = await journal.append(exit('c1', { origin: { source: 'a', seq: 6 } }));
  assert.equal(next.event?.sequence, 7);
  assert.deepEqual(next.event?.origin, { source: 'a', seq: 6 });
});

test('the same origin appended twice at once is journaled once', async (t) => {
  const journal = await openJournal(t, root(t));
  const results = await Promise.all([
    journal.append(exit('c1', { origin: { source: 'a', seq: 1 } })),
    journal.append(exit('c1', { origin: { source: 'a', seq: 1 } })),
    journal.append(exit('c1', { origin: { source: 'a', seq: 2 } })),
  ]);
  assert.deepEqual(
    results.map((r) => r.duplicate),
    [false, true, false],
  );
  assert.equal(journal.lastSequence, 2);
});

test('commit listeners see each event once, in order, and one that throws does not stop the journal', async (t) => {
  const { logger, entries } = recordingLogger();
  const journal = await openJournal(t, root(t), { logger });
  const seen: number[] = [];
  journal.onCommit((events) => seen.push(...events.map((e) => e.sequence)));
  journal.onCommit(() => {
    throw new Error('listener bug');
  });
  await Promise.all(range(1, 50).map((i) => journal.append(exit(`c${i}`))));
  assert.deepEqual(seen, range(1, 50));
  assert.ok(entries.some((e) => e.level === 'error' && /listener/.test(e.msg)));
});

test('flushed() resolves once the appends queued before it are journaled', async (t) => {
  const journal = await openJournal(t, root(t));
  await journal.flushed(); // nothing queued: at once
  const order: string[] = [];
  const first = [journal.append(exit('a')), journal.append(exit('b'))];
  for (const p of first) void p.then(() => order.push('appended'));
  const flushed = journal.flushed().then(() => {
    order.push('flushed');
    // Queued after the call: still pending (or just written), never required by it.
    return journal.lastSequence;
  });
  const later = journal.append(exit('c'));
  assert.ok((await flushed) >= 2, 'both earlier appends are in the journal');
  await Promise.all([...first, later]);
  assert.deepEqual(order.slice(0, 3), ['appended', 'appended', 'flushed']);
});

test('a closed journal refuses appends with Unavailable', async (t) => {
  const journal = await EventJournal.open(root(t));
  const pending = journal.append(exit('c1'));
  await journal.close();
  assert.equal((await pending).event?.sequence, 1);
  await assert.rejects(journal.append(exit('c2')), { code: 'Unavailable' });
});

test('a reader overtaken by rotation skips what was rotated away, never reorders or repeats', async (t) => {
  const journal = await openJournal(t, root(t), { maxEvents: 10, segmentEvents: 2 });
  await appendMany(journal, 10);
  const reader = journal.read();
  const first = await reader.next();
  assert.ok(!first.done);
  assert.equal(first.value.sequence, journal.firstSequence);
  await appendMany(journal, 30); // everything the reader has not opened yet is rotated away
  const rest: number[] = [];
  for (let r = await reader.next(); !r.done; r = await reader.next()) rest.push(r.value.sequence);
  const all = [first.value.sequence, ...rest];
  assert.ok(
    all.every((s, i) => i === 0 || s > all[i - 1]!),
    `in order: ${all.join(',')}`,
  );
  assert.ok(
    all.every((s) => s <= 10),
    'nothing past where the read started',
  );
});
