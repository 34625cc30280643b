import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  containerd,
  EventsService,
  eventSequenceMetadataKey,
  eventSourceMetadataKey,
  namespaceMetadataKey,
  timestampToNanos,
  topics,
  typeUrls,
  unpackAnyByUrl,
} from '@corral/api';
import { defer, tempDir, waitFor } from '@corral/test-utils';
import { Server } from '@corral/ttrpc';
import pino from 'pino';
import { EventPublisher } from '../src/publisher.js';

interface Received {
  topic: string;
  seq: string | undefined;
  source: string | undefined;
  namespace: string | undefined;
  exitStatus: number;
  at: bigint | undefined;
}

async function startReceiver(t: Parameters<typeof defer>[0], path: string, got: Received[]): Promise<Server> {
  const server = new Server();
  server.register(EventsService, {
    forward: (req, ctx) => {
      const env = req.envelope!;
      const { message } = unpackAnyByUrl(env.event!);
      got.push({
        topic: env.topic ?? '',
        seq: ctx.metadata.get(eventSequenceMetadataKey),
        source: ctx.metadata.get(eventSourceMetadataKey),
        namespace: ctx.metadata.get(namespaceMetadataKey),
        exitStatus: (message as containerd.events.TaskExit).exitStatus,
        at: timestampToNanos(env.timestamp),
      });
      return Promise.resolve({});
    },
  });
  await server.listen(path);
  defer(t, () => server.close());
  return server;
}

test('events published while the receiver is down arrive once it is up, in order, with seq metadata', async (t) => {
  const dir = tempDir(t);
  const sock = join(dir, 'events.sock');
  const publisher = new EventPublisher({
    address: sock,
    namespace: 'ns1',
    outboxPath: join(dir, 'outbox'),
    logger: pino({ level: 'silent' }),
  });
  defer(t, () => publisher.close(0));
  for (const status of [0, 42]) {
    publisher.publish(topics.taskExit, typeUrls.TaskExit, containerd.events.TaskExit, {
      containerId: 'c1',
      id: 'c1',
      pid: 1,
      exitStatus: status,
    });
  }
  const got: Received[] = [];
  // First receiver comes up late, takes one event, then dies; the second gets the rest.
  const first = await startReceiver(t, sock, got);
  await waitFor(() => got.length >= 2, { what: 'both events', timeoutMs: 15_000 });
  await first.close();
  publisher.publish(topics.taskExit, typeUrls.TaskExit, containerd.events.TaskExit, {
    containerId: 'c1',
    id: 'c1',
    pid: 1,
    exitStatus: 7,
  });
  await startReceiver(t, sock, got);
  await waitFor(() => got.length >= 3, {
    what: 'the event sent after the receiver restarted',
    timeoutMs: 15_000,
  });
  assert.deepEqual(
    got.map((g) => [g.seq, g.exitStatus, g.namespace]),
    [
      ['1', 0, 'ns1'],
      ['2', 42, 'ns1'],
      ['3', 7, 'ns1'],
    ],
  );
  assert.equal(new Set(got.map((g) => g.source)).size, 1, 'one source for the whole outbox');
  assert.ok(
    got.every((g) => g.at !== undefined && g.at > 0n),
    'envelope timestamps are set',
  );
  assert.equal(await publisher.close(1_000), true);
});
