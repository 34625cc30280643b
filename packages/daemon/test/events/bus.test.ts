import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorralError, corral, toBigInt, typeUrls, unpackAny } from '@corral/api';
import { waitFor } from '@corral/test-utils';
import type { EventBus } from '../../src/events/index.js';
import { containerUpdate, openBus, range, root, seqOf, take, taskExit, taskStart } from './helpers.js';

const publishUpdate = (bus: EventBus, id: string, namespace = 'default') =>
  bus.publish(namespace, '/containers/update', typeUrls.ContainerUpdate, containerUpdate(id));

const publishExit = (bus: EventBus, id: string, namespace = 'default') =>
  bus.publish(namespace, '/tasks/exit', typeUrls.TaskExit, taskExit(id, 137).value);

const publishStart = (bus: EventBus, id: string) =>
  bus.publish('default', '/tasks/start', typeUrls.TaskStart, taskStart(id).value);

test('publish journals the daemon own events and subscribers get corral.v1.Event', async (t) => {
  const { bus, journal } = await openBus(t, root(t));
  const sub = bus.subscribe();
  const published = await publishUpdate(bus, 'c1');
  assert.equal(published.sequence, 1);
  assert.equal(journal.lastSequence, 1);
  const [e] = await take(sub, 1);
  assert.equal(seqOf(e!), 1);
  assert.equal(e!.namespace, 'default');
  assert.equal(e!.topic, '/containers/update');
  assert.equal(toBigInt(e!.timestamp), published.timestamp);
  const msg = unpackAny(e!.event, typeUrls.ContainerUpdate, corral.v1.ContainerUpdate);
  assert.equal(msg.id, 'c1');
  sub.close();
  assert.deepEqual(await sub.next(), { done: true, value: undefined });
});

test('publish refuses a bad namespace or topic with InvalidArgument', async (t) => {
  const { bus, journal } = await openBus(t, root(t));
  await assert.rejects(
    bus.publish('no/pe', '/containers/update', typeUrls.ContainerUpdate, containerUpdate('c')),
    {
      code: 'InvalidArgument',
    },
  );
  await assert.rejects(bus.publish('default', 'containers', typeUrls.ContainerUpdate, containerUpdate('c')), {
    code: 'InvalidArgument',
  });
  assert.equal(journal.lastSequence, 0);
});

test('replay then live, with 1000 events published while subscribing: no gap, no duplicate', async (t) => {
  const { bus, journal } = await openBus(t, root(t), { segmentEvents: 64, maxBufferedEvents: 2000 });
  const total = 1000;
  for (let i = 1; i <= 500; i += 10)
    await Promise.all(range(i, i + 9).map((n) => publishUpdate(bus, `c${n}`)));
  assert.equal(journal.lastSequence, 500);

  // The rest goes on in the background, ten at a time, while the subscribers replay.
  const publishing = (async () => {
    for (let i = 501; i <= total; i += 10)
      await Promise.all(range(i, i + 9).map((n) => publishUpdate(bus, `c${n}`)));
  })();
  const fromBacklog = bus.subscribe({ sinceSequence: 100 });
  const liveOnly = bus.subscribe();
  const liveFrom = journal.lastSequence;
  assert.ok(liveFrom < total, 'subscribed while events were still being published');

  await waitFor(() => journal.lastSequence >= 700, { what: '700 events journaled' });
  const lateBacklog = bus.subscribe({ sinceSequence: 650 });

  const seen = await Promise.all(
    [fromBacklog, liveOnly, lateBacklog].map(async (sub) => {
      const out: number[] = [];
      for await (const e of sub) {
        out.push(seqOf(e));
        if (seqOf(e) === total) break;
      }
      return out;
    }),
  );
  await publishing;
  assert.deepEqual(seen[0], range(101, total));
  assert.deepEqual(seen[1], range(liveFrom + 1, total));
  assert.deepEqual(seen[2], range(651, total));
  assert.equal(bus.subscriberCount, 0);
});

test('since_sequence older than the oldest kept event replays from the oldest kept', async (t) => {
  const { bus, journal } = await openBus(t, root(t), { maxEvents: 20, segmentEvents: 5 });
  for (let i = 0; i < 50; i++) await publishUpdate(bus, `c${i}`);
  const oldest = journal.firstSequence;
  assert.ok(oldest > 1);
  const sub = bus.subscribe({ sinceSequence: 1 });
  const replayed = await take(sub, 50 - oldest + 1);
  assert.deepEqual(replayed.map(seqOf), range(oldest, 50));
  await publishUpdate(bus, 'live');
  assert.deepEqual((await take(sub, 1)).map(seqOf), [51]);
});

test('since_time replays events journaled at or after that time', async (t) => {
  let now = 1_000_000n;
  const { bus } = await openBus(t, root(t), { clock: () => now });
  for (let i = 1; i <= 5; i++) {
    now = BigInt(i) * 1_000_000n;
    await publishUpdate(bus, `c${i}`);
  }
  const sub = bus.subscribe({ sinceTime: 3_000_000n });
  now = 9_000_000n;
  await publishUpdate(bus, 'c6');
  assert.deepEqual((await take(sub, 4)).map(seqOf), [3, 4, 5, 6]);
});

test('filters: two subscribers each see only what they asked for', async (t) => {
  const { bus } = await openBus(t, root(t));
  const exits = bus.subscribe({ filters: ['topic=="/tasks/exit"'] });
  const c2 = bus.subscribe({ filters: ['event.container_id=="c2"', 'event.id==c2'] });
  const tasksInOther = bus.subscribe({ filters: ['topic~="^/tasks/",namespace==other'] });
  await publishStart(bus, 'c1');
  await publishExit(bus, 'c1');
  await publishUpdate(bus, 'c2');
  await publishStart(bus, 'c2');
  await publishExit(bus, 'c2', 'other');
  assert.deepEqual((await take(exits, 2)).map(seqOf), [2, 5]);
  assert.deepEqual((await take(c2, 3)).map(seqOf), [3, 4, 5]);
  assert.deepEqual((await take(tasksInOther, 1)).map(seqOf), [5]);
  // Nothing more is waiting for any of them.
  for (const s of [exits, c2, tasksInOther]) assert.equal(s.buffered, 0);
});

test('filters apply to the replay too', async (t) => {
  const { bus } = await openBus(t, root(t));
  await publishStart(bus, 'c1');
  await publishExit(bus, 'c1');
  await publishExit(bus, 'c2');
  const sub = bus.subscribe({ sinceSequence: 1, filters: ['event.container_id==c1'] });
  await publishExit(bus, 'c1');
  assert.deepEqual((await take(sub, 2)).map(seqOf), [2, 4]);
});

test('a malformed filter makes subscribe() throw InvalidArgument, before any event', async (t) => {
  const { bus } = await openBus(t, root(t));
  assert.throws(
    () => bus.subscribe({ filters: ['topic=="/tasks/exit"', 'event.container_id=='] }),
    (err: unknown) =>
      err instanceof CorralError &&
      err.code === 'InvalidArgument' &&
      /filters\[1\].*position 20/.test(err.message),
  );
  assert.equal(bus.subscriberCount, 0);
});

test('a slow subscriber is ended with ResourceExhausted while a fast one keeps going', async (t) => {
  const { bus } = await openBus(t, root(t), { maxBufferedEvents: 8 });
  const slow = bus.subscribe();
  const fast = bus.subscribe();
  const fastSeen: number[] = [];
  const consuming = (async () => {
    for await (const e of fast) {
      fastSeen.push(seqOf(e));
      if (fastSeen.length === 50) break;
    }
  })();
  for (let i = 0; i < 50; i++) await publishUpdate(bus, `c${i}`);
  await consuming;
  assert.deepEqual(fastSeen, range(1, 50));
  assert.equal(slow.ended, true);
  assert.equal(slow.buffered, 0, 'its buffer was let go');
  await assert.rejects(slow.next(), (err: unknown) => {
    assert.ok(err instanceof CorralError);
    assert.equal(err.code, 'ResourceExhausted');
    assert.match(
      err.message,
      /subscriber too slow: more than 8 events waiting; resubscribe with since_sequence=0/,
    );
    return true;
  });
  assert.deepEqual(await slow.next(), { done: true, value: undefined });
  assert.equal(bus.subscriberCount, 0);
});

test('a slow subscriber can resubscribe from where it was and lose nothing', async (t) => {
  const { bus } = await openBus(t, root(t), { maxBufferedEvents: 4 });
  const sub = bus.subscribe();
  await publishUpdate(bus, 'c1');
  const [first] = await take(sub, 1);
  for (let i = 2; i <= 10; i++) await publishUpdate(bus, `c${i}`);
  await assert.rejects(sub.next(), { code: 'ResourceExhausted' });
  const again = bus.subscribe({ sinceSequence: sub.lastSequence, maxBufferedEvents: 100 });
  assert.equal(sub.lastSequence, seqOf(first!));
  assert.deepEqual((await take(again, 9)).map(seqOf), range(2, 10));
});

test('aborting ends a subscription quietly; closing the bus ends the rest with Unavailable', async (t) => {
  const { bus } = await openBus(t, root(t));
  const ac = new AbortController();
  const aborted = bus.subscribe({ signal: ac.signal });
  const other = bus.subscribe({ sinceSequence: 1 });
  const waiting = aborted.next();
  ac.abort();
  assert.deepEqual(await waiting, { done: true, value: undefined });
  assert.equal(bus.subscriberCount, 1);
  const preAborted = bus.subscribe({ signal: AbortSignal.abort() });
  assert.deepEqual(await preAborted.next(), { done: true, value: undefined });
  await bus.close();
  await assert.rejects(other.next(), { code: 'Unavailable' });
  assert.throws(() => bus.subscribe(), { code: 'Unavailable' });
  await assert.rejects(publishUpdate(bus, 'c1'), { code: 'Unavailable' });
});

test('onEvent handlers get every event once, in journal order, one at a time', async (t) => {
  const { bus } = await openBus(t, root(t));
  const seen: number[] = [];
  let inFlight = 0;
  bus.onEvent(async (e) => {
    inFlight++;
    assert.equal(inFlight, 1);
    await new Promise((resolve) => setImmediate(resolve));
    seen.push(e.sequence);
    inFlight--;
  });
  const off = bus.onEvent(() => undefined);
  off();
  await Promise.all(range(1, 100).map((i) => publishUpdate(bus, `c${i}`)));
  await bus.handlersIdle();
  assert.deepEqual(seen, range(1, 100));
});
