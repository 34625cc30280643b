import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { Code, corral, toBigInt, toUint64 } from '@corral/api';
import { tempDir } from '@corral/test-utils';
import { CorralClient } from '../src/index.js';
import type { Peer } from './fake-daemon.js';
import { FakeDaemon, Kind } from './fake-daemon.js';

const v1 = corral.v1;
const event = (seq: number) => v1.Event.encode({ sequence: toUint64(seq), topic: '/tasks/exit' }).finish();

async function subscribeFrame(peer: Peer) {
  const f = await peer.next();
  assert.equal(f.method, 'corral.v1.Events/Subscribe');
  return { id: f.id, req: v1.SubscribeRequest.decode(f.payload) };
}

test('after a drop it resubscribes from the last delivered sequence and drops replays it saw', async (t) => {
  const path = join(tempDir(t), 'corral.sock');
  const first = await FakeDaemon.start(t, path);
  const c = new CorralClient({ socket: path, env: {} });
  t.after(() => c.close());
  const seen: bigint[] = [];
  const reading = (async () => {
    for await (const ev of c.events.subscribe({ filters: ['topic~="/tasks/"'] })) {
      seen.push(toBigInt(ev.sequence));
      if (seen.length === 5) return;
    }
  })();
  const p1 = await first.nextPeer();
  const s1 = await subscribeFrame(p1);
  assert.deepEqual(s1.req.filters, ['topic~="/tasks/"']);
  assert.equal(toBigInt(s1.req.sinceSequence), 0n);
  p1.stream(s1.id, event(7));
  p1.stream(s1.id, event(8));
  while (seen.length < 2) await new Promise((r) => setTimeout(r, 5));
  await first.stop();

  const second = await FakeDaemon.start(t, path);
  const p2 = await second.nextPeer();
  const s2 = await subscribeFrame(p2);
  assert.equal(toBigInt(s2.req.sinceSequence), 8n);
  assert.deepEqual(s2.req.filters, ['topic~="/tasks/"']);
  for (const seq of [7, 8, 9, 10, 11]) p2.stream(s2.id, event(seq));
  await reading;
  assert.deepEqual(seen, [7n, 8n, 9n, 10n, 11n]);
  // Leaving the loop CANCELs the subscription.
  const cancel = await p2.next();
  assert.deepEqual([cancel.id, cancel.kind], [s2.id, Kind.CANCEL]);
});

test('a live-only subscription that drops before any event resumes from when it began', async (t) => {
  const path = join(tempDir(t), 'corral.sock');
  const first = await FakeDaemon.start(t, path);
  const c = new CorralClient({ socket: path, env: {} });
  t.after(() => c.close());
  const before = BigInt(Date.now()) * 1_000_000n;
  const iterator = c.events.subscribe({})[Symbol.asyncIterator]();
  const next = iterator.next();
  const s1 = await subscribeFrame(await first.nextPeer());
  assert.equal(toBigInt(s1.req.sinceTime), 0n);
  await first.stop();
  const second = await FakeDaemon.start(t, path);
  const p2 = await second.nextPeer();
  const s2 = await subscribeFrame(p2);
  const since = toBigInt(s2.req.sinceTime);
  // nowNanos() and Date.now() may disagree by a millisecond or so: a second's slack either way.
  const slack = 1_000_000_000n;
  assert.ok(
    since >= before - slack && since <= BigInt(Date.now()) * 1_000_000n + slack,
    `since_time ${since}`,
  );
  p2.stream(s2.id, event(1));
  const got = await next;
  assert.equal(got.done ? undefined : toBigInt(got.value.sequence), 1n);
  await iterator.return?.();
});

test('an error that is not Unavailable ends the subscription with that error', async (t) => {
  const daemon = await FakeDaemon.start(t);
  const c = new CorralClient({ socket: daemon.path, env: {} });
  t.after(() => c.close());
  const reading = (async () => {
    for await (const _ of c.events.subscribe({ filters: ['((('] })) {
      // none
    }
  })();
  const peer = await daemon.nextPeer();
  const s = await subscribeFrame(peer);
  peer.fail(s.id, Code.InvalidArgument, 'bad filter "(((": invalid argument');
  await assert.rejects(reading, { code: 'InvalidArgument', message: 'bad filter "((("' });
});

test('with reconnect: false a drop ends the iteration with Unavailable', async (t) => {
  const daemon = await FakeDaemon.start(t);
  const c = new CorralClient({ socket: daemon.path, env: {} });
  t.after(() => c.close());
  const reading = (async () => {
    for await (const _ of c.events.subscribe({}, { reconnect: false })) {
      // none
    }
  })();
  await subscribeFrame(await daemon.nextPeer());
  const failed = assert.rejects(reading, { code: 'Unavailable' });
  await daemon.stop();
  await failed;
});

test('close() ends a subscription waiting to reconnect with Unavailable "connection closed"', async (t) => {
  const daemon = await FakeDaemon.start(t);
  const c = new CorralClient({ socket: daemon.path, env: {} });
  let reconnects = 0;
  const reading = (async () => {
    for await (const _ of c.events.subscribe({}, { onReconnect: () => reconnects++ })) {
      // none
    }
  })();
  await subscribeFrame(await daemon.nextPeer());
  const failed = assert.rejects(reading, { code: 'Unavailable', message: 'connection closed' });
  await daemon.stop();
  while (reconnects < 2) await new Promise((r) => setTimeout(r, 5));
  await c.close();
  await failed;
});
