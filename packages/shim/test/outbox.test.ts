import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { CorralError } from '@corral/api';
import { tempDir, waitFor } from '@corral/test-utils';
import { readOutbox } from '@corral/api/task';
import { Outbox, type OutboxEvent } from '../src/outbox.js';

const enc = (s: string) => Buffer.from(s);

test('events are delivered in order and acknowledged events leave the backlog', async (t) => {
  const path = join(tempDir(t), 'events.outbox');
  const got: OutboxEvent[] = [];
  const box = Outbox.open(path, {
    send: (e) => {
      got.push(e);
      return Promise.resolve();
    },
  });
  t.after(() => box.close());
  for (const topic of ['/tasks/create', '/tasks/start', '/tasks/exit'])
    box.publish(topic, 'x', enc(topic), 1n);
  assert.equal(await box.drain(5_000), true);
  assert.deepEqual(
    got.map((e) => [e.seq, e.topic]),
    [
      [1, '/tasks/create'],
      [2, '/tasks/start'],
      [3, '/tasks/exit'],
    ],
  );
  assert.equal(readOutbox(path).pending.length, 0);
  assert.equal(readOutbox(path).lastSeq, 3);
});

test('while the receiver is down events wait, in order, and none is dropped', async (t) => {
  const r = flakyReceiver(t, 1, 5);
  for (let i = 0; i < 5; i++) r.box.publish('/tasks/exit', 'x', enc(String(i)), 1n);
  await waitFor(() => r.failures >= 20, { what: 'repeated delivery attempts' });
  assert.equal(r.box.backlog.length, 5);
  assert.equal(readOutbox(r.path).pending.length, 5, 'the file holds every unacknowledged event');
  r.up = true;
  assert.equal(await r.box.drain(5_000), true);
  assert.deepEqual(r.got, [1, 2, 3, 4, 5]);
});

test('a reopened outbox resends what was never acknowledged and continues the sequence', async (t) => {
  const path = join(tempDir(t), 'events.outbox');
  const first = Outbox.open(path, {
    send: () => Promise.reject(new CorralError('Unavailable', 'down')),
    minBackoffMs: 1000,
  });
  first.publish('/tasks/start', 'x', enc('a'), 5n);
  first.publish('/tasks/exit', 'x', enc('b'), 6n);
  first.close();
  const got: OutboxEvent[] = [];
  const second = Outbox.open(path, {
    send: (e) => {
      got.push(e);
      return Promise.resolve();
    },
  });
  t.after(() => second.close());
  second.publish('/tasks/delete', 'x', enc('c'), 7n);
  assert.equal(await second.drain(5_000), true);
  assert.deepEqual(
    got.map((e) => [e.seq, e.topic, Buffer.from(e.value).toString(), e.timestamp]),
    [
      [1, '/tasks/start', 'a', 5n],
      [2, '/tasks/exit', 'b', 6n],
      [3, '/tasks/delete', 'c', 7n],
    ],
  );
});

test('a torn last line (crash mid-append) is ignored', (t) => {
  const path = join(tempDir(t), 'events.outbox');
  const box = Outbox.open(path, { send: () => new Promise(() => {}) });
  box.publish('/tasks/exit', 'x', enc('a'), 1n);
  box.close();
  const text = readFileSync(path, 'utf8');
  const { pending } = readOutbox(path);
  assert.equal(pending.length, 1);
  assert.ok(text.endsWith('\n'));
});

test('an event the receiver rejects as invalid is dropped so later events still flow', async (t) => {
  const path = join(tempDir(t), 'events.outbox');
  const dropped: number[] = [];
  const got: number[] = [];
  const box = Outbox.open(path, {
    send: (e) =>
      e.seq === 1
        ? Promise.reject(new CorralError('InvalidArgument', 'bad topic'))
        : (got.push(e.seq), Promise.resolve()),
    onDrop: (_err, e) => dropped.push(e.seq),
  });
  t.after(() => box.close());
  box.publish('/bad topic', 'x', enc('a'), 1n);
  box.publish('/tasks/exit', 'x', enc('b'), 1n);
  assert.equal(await box.drain(5_000), true);
  assert.deepEqual(dropped, [1]);
  assert.deepEqual(got, [2]);
});

test('compaction keeps the file small and the sequence monotonic', async (t) => {
  const path = join(tempDir(t), 'events.outbox');
  const box = Outbox.open(path, { send: () => Promise.resolve() });
  t.after(() => box.close());
  for (let i = 0; i < 200; i++) box.publish('/tasks/exit', 'x', enc('a'), 1n);
  assert.equal(await box.drain(5_000), true);
  assert.ok(readFileSync(path, 'utf8').split('\n').length < 200, 'file was compacted');
  box.close();
  const again = Outbox.open(path, { send: () => Promise.resolve() });
  t.after(() => again.close());
  assert.equal(again.publish('/tasks/exit', 'x', enc('b'), 1n).seq, 201);
});

test('compaction keeps the exit record after its event was acknowledged', async (t) => {
  const path = join(tempDir(t), 'events.outbox');
  const exit = { pid: 7, exitStatus: 3, signal: null, exitedAt: '5', oomKilled: false };
  const box = Outbox.open(path, { send: () => Promise.resolve() });
  box.publish('/tasks/exit', 'x', enc('a'), 1n, exit);
  for (let i = 0; i < 100; i++) box.publish('/tasks/delete', 'x', enc('a'), 1n);
  assert.equal(await box.drain(5_000), true);
  assert.ok(!readFileSync(path, 'utf8').includes('"seq":1,'), 'the acknowledged exit event is gone');
  assert.deepEqual(readOutbox(path).exits, [exit]);
  box.close();
  // A reopened outbox carries it through its own compactions too.
  const again = Outbox.open(path, { send: () => Promise.resolve() });
  t.after(() => again.close());
  for (let i = 0; i < 100; i++) again.publish('/tasks/delete', 'x', enc('a'), 1n);
  assert.equal(await again.drain(5_000), true);
  assert.deepEqual(readOutbox(path).exits, [exit]);
  assert.equal(readOutbox(path).pending.length, 0);
});

test("a grouped shim: compaction keeps each container's exit record until its task is deleted", async (t) => {
  const path = join(tempDir(t), 'events.outbox');
  const a = { id: 'a', pid: 7, exitStatus: 3, signal: null, exitedAt: '5', oomKilled: false };
  const b = { id: 'b', pid: 8, exitStatus: 4, signal: null, exitedAt: '6', oomKilled: false };
  const box = Outbox.open(path, { send: () => Promise.resolve() });
  t.after(() => box.close());
  box.publish('/tasks/exit', 'x', enc('a'), 1n, a);
  box.publish('/tasks/exit', 'x', enc('b'), 1n, b);
  for (let i = 0; i < 100; i++) box.publish('/tasks/delete', 'x', enc('a'), 1n);
  assert.equal(await box.drain(5_000), true);
  const byId = (exits: { id?: string }[]) =>
    [...exits].sort((x, y) => String(x.id).localeCompare(String(y.id)));
  assert.deepEqual(byId(readOutbox(path).exits), [a, b], 'both records outlive their events');
  box.forgetExit('a');
  for (let i = 0; i < 100; i++) box.publish('/tasks/delete', 'x', enc('a'), 1n);
  assert.equal(await box.drain(5_000), true);
  assert.deepEqual(readOutbox(path).exits, [b], "a deleted task's record goes at the next compaction");
});

test('the source id survives reopening and compaction', async (t) => {
  const path = join(tempDir(t), 'events.outbox');
  const first = Outbox.open(path, { send: () => Promise.resolve() });
  for (let i = 0; i < 100; i++) first.publish('/tasks/exit', 'x', enc('a'), 1n);
  assert.equal(await first.drain(5_000), true);
  first.close();
  const second = Outbox.open(path, { send: () => Promise.resolve() });
  t.after(() => second.close());
  assert.match(first.source, /^[0-9a-f]{16}$/);
  assert.equal(second.source, first.source);
});

test('retryNow and drain cut a long backoff short once the receiver is back', async (t) => {
  // A backoff far longer than any deadline below: only retryNow()/drain() can deliver in time.
  const r = flakyReceiver(t, 60_000, 60_000);
  r.box.publish('/tasks/exit', 'x', enc('a'), 1n);
  await waitFor(() => r.failures === 1, { what: 'the first failed attempt' });
  r.up = true;
  r.box.retryNow();
  await waitFor(() => r.got.length === 1, { timeoutMs: 5_000, what: 'delivery after retryNow' });

  r.up = false;
  r.box.publish('/tasks/exit', 'x', enc('b'), 1n);
  await waitFor(() => r.failures === 2, { what: 'the second failed attempt' });
  r.up = true;
  assert.equal(await r.box.drain(5_000), true, 'drain does not sit out the backoff');
  assert.deepEqual(r.got, [1, 2]);
});

/** An outbox whose receiver fails with Unavailable until `up` is set; what it got, in order. */
function flakyReceiver(t: TestContext, minBackoffMs: number, maxBackoffMs: number) {
  const r = { path: join(tempDir(t), 'events.outbox'), up: false, failures: 0, got: [] as number[] };
  const box = Outbox.open(r.path, {
    minBackoffMs,
    maxBackoffMs,
    send: (e) => {
      if (!r.up) {
        r.failures++;
        return Promise.reject(new CorralError('Unavailable', 'ttrpc: closed'));
      }
      r.got.push(e.seq);
      return Promise.resolve();
    },
  });
  t.after(() => box.close());
  return Object.assign(r, { box });
}
