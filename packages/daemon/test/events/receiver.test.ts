import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { containerd, namespaceMetadataKey, unsetSeconds } from '@corral/api';
import type { EventJournal, JournaledEvent } from '../../src/events/index.js';
import {
  envelope,
  eventsClient,
  recordingLogger,
  root,
  shimMetadata,
  startEvents,
  taskExit,
  taskStart,
} from './helpers.js';

async function journaled(journal: EventJournal): Promise<JournaledEvent[]> {
  const out: JournaledEvent[] = [];
  for await (const e of journal.read()) out.push(e);
  return out;
}

test('the socket is 0600 and serves Events/Forward; the event is journaled before the reply', async (t) => {
  const dir = root(t);
  const { journal, receiver } = await startEvents(t, dir);
  assert.equal(statSync(receiver.socketPath).mode & 0o777, 0o600);
  const events = await eventsClient(t, receiver.socketPath);
  await events.forward(envelope('/tasks/exit', taskExit('c1', 137)), { metadata: shimMetadata('src1', 1) });
  // No waiting: the reply came after the journal append resolved.
  assert.equal(journal.lastSequence, 1);
  const [e] = await journaled(journal);
  assert.equal(e!.topic, '/tasks/exit');
  assert.equal(e!.namespace, 'default');
  assert.deepEqual(e!.origin, { source: 'src1', seq: 1 });
  assert.equal(containerd.events.TaskExit.decode(e!.event.value).exitStatus, 137);
});

test('a duplicate (source, seq) is acknowledged but journaled once', async (t) => {
  const { journal, receiver } = await startEvents(t, root(t));
  const events = await eventsClient(t, receiver.socketPath);
  const req = envelope('/tasks/start', taskStart('c1'));
  for (let i = 0; i < 3; i++) await events.forward(req, { metadata: shimMetadata('src1', 1) });
  // Retries racing each other (a shim that timed out while the first was being fsync'd).
  await Promise.all([1, 2, 2, 2].map((seq) => events.forward(req, { metadata: shimMetadata('src1', seq) })));
  await events.forward(req, { metadata: shimMetadata('src2', 1) });
  const all = await journaled(journal);
  assert.deepEqual(
    all.map((e) => [e.sequence, e.origin?.source, e.origin?.seq]),
    [
      [1, 'src1', 1],
      [2, 'src1', 2],
      [3, 'src2', 1],
    ],
  );
});

test('events without corral metadata (containerd-shim-runc-v2) are always journaled', async (t) => {
  const { journal, receiver } = await startEvents(t, root(t));
  const events = await eventsClient(t, receiver.socketPath);
  const req = envelope('/tasks/exit', taskExit('c1', 1));
  await events.forward(req, { metadata: { [namespaceMetadataKey]: 'default' } });
  await events.forward(req, { metadata: { [namespaceMetadataKey]: 'default' } });
  await events.forward(req); // containerd 1.6 may send no metadata at all
  const all = await journaled(journal);
  assert.equal(all.length, 3);
  assert.ok(all.every((e) => e.origin === undefined));
});

test('malformed corral metadata is journaled (without de-dup) and logged', async (t) => {
  const { logger, entries } = recordingLogger();
  const { journal, receiver } = await startEvents(t, root(t), { logger });
  const events = await eventsClient(t, receiver.socketPath);
  const req = envelope('/tasks/oom', { type_url: 'containerd.events.TaskOOM', value: new Uint8Array() });
  await events.forward(req, { metadata: { 'corral-event-source': 'src1', 'corral-event-seq': 'one' } });
  await events.forward(req, { metadata: { 'corral-event-seq': '1' } });
  assert.equal(journal.lastSequence, 2);
  assert.equal(entries.filter((e) => e.level === 'warn' && /malformed/.test(e.msg)).length, 2);
});

test('duplicates are still dropped after the receiver and journal restart on the same root', async (t) => {
  const dir = root(t);
  const first = await startEvents(t, dir);
  let events = await eventsClient(t, first.receiver.socketPath);
  const req = envelope('/tasks/exit', taskExit('c1', 137));
  await events.forward(req, { metadata: shimMetadata('src1', 1) });
  await events.forward(envelope('/tasks/start', taskStart('c2')), { metadata: shimMetadata('src2', 4) });
  await first.close();

  const second = await startEvents(t, dir);
  events = await eventsClient(t, second.receiver.socketPath);
  await events.forward(req, { metadata: shimMetadata('src1', 1) }); // the retry of a lost reply
  await events.forward(envelope('/tasks/start', taskStart('c2')), { metadata: shimMetadata('src2', 4) });
  assert.equal(second.journal.lastSequence, 2);
  await events.forward(envelope('/tasks/delete', taskExit('c1')), { metadata: shimMetadata('src1', 2) });
  assert.equal(second.journal.lastSequence, 3);
});

const invalid: [what: string, req: ReturnType<typeof envelope>, message: RegExp][] = [
  [
    'a namespace that is not an identifier',
    envelope('/tasks/exit', taskExit('c1'), { namespace: 'a/b' }),
    /namespace/,
  ],
  ['an empty namespace', envelope('/tasks/exit', taskExit('c1'), { namespace: '' }), /namespace/],
  ['a topic without a leading /', envelope('tasks/exit', taskExit('c1')), /must start with '\/'/],
  ['a topic with an empty part', envelope('/tasks//exit', taskExit('c1')), /component ""/],
  ['the topic "/"', envelope('/', taskExit('c1')), /at least one component/],
  ["containerd's fallback topic", envelope('/tasks/?', taskExit('c1')), /component "\?"/],
  ['no timestamp', envelope('/tasks/exit', taskExit('c1'), { timestampNs: undefined }), /timestamp/],
  ['a zero timestamp', envelope('/tasks/exit', taskExit('c1'), { timestampNs: 0n }), /timestamp/],
  [
    "Go's zero time",
    envelope('/tasks/exit', taskExit('c1'), { timestampNs: unsetSeconds * 1_000_000_000n }),
    /timestamp/,
  ],
];

test('invalid envelopes are answered InvalidArgument and not journaled', async (t) => {
  const { journal, receiver } = await startEvents(t, root(t));
  const events = await eventsClient(t, receiver.socketPath);
  for (const [what, req, message] of invalid) {
    await assert.rejects(
      events.forward(req, { metadata: shimMetadata('src1', 1) }),
      (err: Error & { code?: string }) => {
        assert.equal(err.code, 'InvalidArgument', what);
        assert.match(err.message, message, what);
        return true;
      },
    );
  }
  await assert.rejects(events.forward({}), { code: 'InvalidArgument', message: /no envelope/ });
  assert.equal(journal.lastSequence, 0);
  // The rejected seq 1 was not remembered: the fixed event goes through.
  await events.forward(envelope('/tasks/exit', taskExit('c1')), { metadata: shimMetadata('src1', 1) });
  assert.equal(journal.lastSequence, 1);
});

test('a throwing event handler is logged and the receiver keeps serving', async (t) => {
  const { logger, entries } = recordingLogger();
  const { journal, bus, receiver } = await startEvents(t, root(t), { logger });
  const handled: number[] = [];
  bus.onEvent((e) => {
    handled.push(e.sequence);
    throw new Error(`handler bug on ${e.sequence}`);
  });
  bus.onEvent(async (e) => {
    await Promise.resolve();
    if (e.sequence === 2) throw new Error('async handler bug');
  });
  const events = await eventsClient(t, receiver.socketPath);
  for (let seq = 1; seq <= 3; seq++) {
    await events.forward(envelope('/tasks/exit', taskExit(`c${seq}`)), { metadata: shimMetadata('s', seq) });
  }
  await bus.handlersIdle();
  assert.deepEqual(handled, [1, 2, 3]);
  assert.equal(journal.lastSequence, 3);
  assert.equal(entries.filter((e) => e.level === 'error' && e.msg === 'event handler failed').length, 4);
});

test('a socket left by a corrald that was SIGKILLed is replaced', async (t) => {
  const dir = root(t);
  const socketPath = join(dir, 'ev.sock');
  const listenThenDie = `require('node:net').createServer().listen(${JSON.stringify(socketPath)}, () => process.kill(process.pid, 'SIGKILL'))`;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', listenThenDie], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => resolve());
  });
  assert.ok(statSync(socketPath).isSocket());
  const { journal, receiver } = await startEvents(t, dir);
  assert.equal(receiver.socketPath, socketPath);
  const events = await eventsClient(t, socketPath);
  await events.forward(envelope('/tasks/start', taskStart('c1')));
  assert.equal(journal.lastSequence, 1);
});
