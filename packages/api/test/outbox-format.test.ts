import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  exitRecordJson,
  exitRecordOf,
  outboxEventLine,
  parseExitRecord,
  parseOutbox,
  type ExitRecord,
  type OutboxEvent,
} from '../src/index.js';

const event = (seq: number, topic = '/tasks/start'): OutboxEvent => ({
  seq,
  topic,
  timestamp: 1_700_000_000_000_000_000n + BigInt(seq),
  typeUrl: 'containerd.events.TaskStart',
  value: new Uint8Array([seq, 1, 2]),
});

const record = (pid: number, exitStatus: number): ExitRecord => ({
  pid,
  exitStatus,
  signal: null,
  exitedAt: 1_700_000_000_123_456_789n,
  oomKilled: false,
});

const lines = (...xs: unknown[]) => `${xs.map((x) => JSON.stringify(x)).join('\n')}\n`;

test('parseOutbox: events stay pending until acknowledged, in order, and round-trip their lines', () => {
  const text = lines(
    { source: 'abc123' },
    outboxEventLine(event(2)),
    outboxEventLine(event(1)),
    outboxEventLine(event(3)),
    { ack: 2 },
  );
  const box = parseOutbox(text);
  assert.equal(box.source, 'abc123');
  assert.equal(box.lastSeq, 3);
  assert.deepEqual(
    box.pending.map((e) => e.seq),
    [1, 3],
  );
  assert.deepEqual(box.pending[0], { ...event(1), value: Buffer.from([1, 1, 2]) });
});

test('parseOutbox: an ack past every event still counts for lastSeq (a compacted outbox)', () => {
  const box = parseOutbox(lines({ source: 's' }, { ack: 41 }));
  assert.equal(box.lastSeq, 41);
  assert.deepEqual(box.pending, []);
});

test('parseOutbox: a torn last line, non-JSON and foreign lines are skipped, not fatal', () => {
  const torn = JSON.stringify(outboxEventLine(event(2))).slice(0, 30);
  const text = `${lines({ source: 's' }, outboxEventLine(event(1)), null, 7, { other: true })}${torn}`;
  const box = parseOutbox(text);
  assert.deepEqual(
    box.pending.map((e) => e.seq),
    [1],
  );
  assert.equal(box.lastSeq, 1);
});

test('parseOutbox: a timestamp that is not a number of ns reads as 0, not an exception', () => {
  const line = { ...outboxEventLine(event(1)), ts: '12abc' };
  assert.equal(parseOutbox(lines(line)).pending[0]?.timestamp, 0n);
});

test('exit records: the last one of each container, found by id, else the one without an id', () => {
  const a1 = exitRecordJson(record(10, 1), 'a');
  const a2 = exitRecordJson(record(11, 2), 'a');
  const b = exitRecordJson(record(12, 3), 'b');
  const old = exitRecordJson(record(13, 4));
  const box = parseOutbox(
    lines(
      { source: 's' },
      { ...outboxEventLine(event(1, '/tasks/exit')), exit: a1 },
      { exit: b },
      { exit: a2 },
    ),
  );
  assert.deepEqual(exitRecordOf(box.exits, 'a'), a2);
  assert.deepEqual(exitRecordOf(box.exits, 'b'), b);
  assert.equal(exitRecordOf(box.exits, 'c'), undefined, 'another container never takes a named record');
  assert.deepEqual(exitRecordOf([...box.exits, old], 'c'), old);
  assert.deepEqual(parseExitRecord(exitRecordOf(box.exits, 'a')), record(11, 2));
});

test('parseExitRecord: rejects what is not a record', () => {
  for (const bad of [
    undefined,
    null,
    'x',
    { pid: 1, exitStatus: 0 },
    { pid: '1', exitStatus: 0, exitedAt: '1' },
    { pid: 1, exitStatus: 0, exitedAt: 'soon' },
    { pid: 1, exitStatus: 0, exitedAt: '-1' },
  ]) {
    assert.equal(parseExitRecord(bad), undefined, JSON.stringify(bad));
  }
  assert.deepEqual(parseExitRecord({ pid: 1, exitStatus: 137, exitedAt: '5', signal: 9, oomKilled: true }), {
    pid: 1,
    exitStatus: 137,
    signal: 9,
    exitedAt: 5n,
    oomKilled: true,
  });
});
