import assert from 'node:assert/strict';
import { test } from 'node:test';
import { google } from '../src/gen/proto.js';
import { nowNanos, timestampToDate, timestampToNanos, toTimestamp, unsetSeconds } from '../src/timestamp.js';
import { toBigInt } from '../src/uint64.js';

test('an unset time encodes as Go zero time, byte for byte as containerd sends it', () => {
  const bytes = google.protobuf.Timestamp.encode(toTimestamp(undefined)).finish();
  assert.equal(Buffer.from(bytes).toString('hex'), '088092b8c398feffffff01');
});

test('Go zero time and a missing timestamp both decode as unset; seconds=0 is a real time (1970)', () => {
  const zero = google.protobuf.Timestamp.decode(Buffer.from('088092b8c398feffffff01', 'hex'));
  assert.equal(toBigInt(zero.seconds), unsetSeconds);
  assert.equal(timestampToNanos(zero), undefined);
  assert.equal(timestampToNanos(undefined), undefined);
  assert.equal(timestampToNanos(null), undefined);
  assert.equal(timestampToNanos({}), 0n);
});

test('nanosecond timestamps round-trip, including before the epoch', () => {
  for (const ns of [0n, 1n, 1_700_000_000_123_456_789n, -1n, -1_500_000_000n]) {
    const ts = toTimestamp(ns);
    assert.ok((ts.nanos ?? 0) >= 0 && (ts.nanos ?? 0) < 1e9, `nanos in range for ${ns}`);
    const wire = google.protobuf.Timestamp.decode(google.protobuf.Timestamp.encode(ts).finish());
    assert.equal(timestampToNanos(wire), ns);
  }
});

test('Date conversion keeps milliseconds', () => {
  const d = new Date('2026-11-23T17:16:49.123Z');
  assert.deepEqual(timestampToDate(toTimestamp(d)), d);
});

test('nowNanos is close to Date.now and monotonic', () => {
  const a = nowNanos();
  const b = nowNanos();
  assert.ok(b >= a);
  assert.ok(Math.abs(Number(a / 1_000_000n) - Date.now()) < 1000);
});
