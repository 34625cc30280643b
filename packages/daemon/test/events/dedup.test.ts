import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ShimEventDedup } from '../../src/events/index.js';

test('a seq at or below the last recorded one for its source is a duplicate', () => {
  const dedup = new ShimEventDedup();
  assert.equal(dedup.isDuplicate({ source: 'a', seq: 1 }), false);
  dedup.record({ source: 'a', seq: 1 });
  dedup.record({ source: 'a', seq: 2 });
  assert.equal(dedup.isDuplicate({ source: 'a', seq: 1 }), true);
  assert.equal(dedup.isDuplicate({ source: 'a', seq: 2 }), true);
  assert.equal(dedup.isDuplicate({ source: 'a', seq: 3 }), false);
  // Sources are independent.
  assert.equal(dedup.isDuplicate({ source: 'b', seq: 1 }), false);
  // A gap (the shim dropped an event the receiver refused) is fine.
  assert.equal(dedup.isDuplicate({ source: 'a', seq: 9 }), false);
});

test('forgetSource drops a source: its next events are accepted whatever their seq', () => {
  const dedup = new ShimEventDedup();
  dedup.record({ source: 'a', seq: 5 });
  assert.equal(dedup.forgetSource('a'), true);
  assert.equal(dedup.forgetSource('a'), false);
  assert.equal(dedup.isDuplicate({ source: 'a', seq: 5 }), false);
  assert.equal(dedup.size, 0);
});

test('memory is bounded: the least recently seen source goes first', () => {
  const dedup = new ShimEventDedup({ maxSources: 3 });
  for (const s of ['a', 'b', 'c']) dedup.record({ source: s, seq: 1 });
  dedup.record({ source: 'a', seq: 2 }); // a is now the most recent
  dedup.record({ source: 'd', seq: 1 });
  assert.equal(dedup.size, 3);
  assert.equal(dedup.lastSeq('b'), undefined);
  assert.deepEqual(
    dedup.snapshot().map(([s]) => s),
    ['c', 'a', 'd'],
  );
});

test('a source silent for longer than the ttl is forgotten', () => {
  let now = 1_000_000;
  const dedup = new ShimEventDedup({ sourceTtlMs: 1_000, clock: () => now });
  dedup.record({ source: 'old', seq: 1 });
  now += 600;
  dedup.record({ source: 'new', seq: 1 });
  now += 600;
  assert.deepEqual(
    dedup.snapshot().map(([s]) => s),
    ['new'],
  );
});

test('snapshot and restore carry the state over, keeping the higher seq', () => {
  const now = Date.now();
  const a = new ShimEventDedup();
  a.record({ source: 'x', seq: 7 }, now);
  a.record({ source: 'y', seq: 2 }, now);
  const b = new ShimEventDedup();
  b.restore([...a.snapshot(), ['x', 3, now]]);
  assert.equal(b.lastSeq('x'), 7);
  assert.equal(b.lastSeq('y'), 2);
});
