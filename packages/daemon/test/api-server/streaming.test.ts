import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { CorralError, toBigInt, toInt64, toUint64 } from '@corral/api';
import { waitFor } from '@corral/test-utils';
import { connectClient, startServer } from './fixtures.js';

async function readAll(stream: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks).toString();
}

test('exec streams both ways: stdin in, stdout and stderr out, resizes, exit code', async (t) => {
  const resizes: string[] = [];
  const { path } = await startServer(t, {
    runtime: {
      async exec(req, ctx) {
        await ctx.stream.send({ stderr: Buffer.from(`running ${(req.cmd ?? []).join(' ')}\n`) });
        let bytes = 0;
        for await (const input of ctx.stream) {
          if (input.resize) resizes.push(`${input.resize.width}x${input.resize.height}`);
          if (input.stdin?.length) {
            bytes += input.stdin.length;
            await ctx.stream.send({ stdout: Buffer.from(Buffer.from(input.stdin).toString().toUpperCase()) });
          }
          if (input.closeStdin) break;
        }
        return { exitCode: bytes };
      },
    },
  });
  const client = await connectClient(t, path);
  const proc = client.runtime.exec({ containerId: 'c1', cmd: ['cat'], stdin: true, tty: false });
  const out = readAll(proc.stdout);
  const err = readAll(proc.stderr);
  proc.resize(80, 24);
  proc.stdin.write('hello ');
  proc.stdin.write('world');
  proc.resize(100, 30);
  proc.stdin.end();
  assert.equal(await proc.exit, 11);
  assert.equal(await out, 'HELLO WORLD');
  assert.equal(await err, 'running cat\n');
  assert.deepEqual(resizes, ['80x24', '100x30']);
});

test('a failing exec rejects exit with the remote code; its streams just end', async (t) => {
  const { path } = await startServer(t, {
    runtime: {
      async exec(_req, ctx) {
        await ctx.stream.send({ stdout: Buffer.from('partial') });
        throw new CorralError('NotFound', 'container c9');
      },
    },
  });
  const client = await connectClient(t, path);
  const proc = client.runtime.exec({ containerId: 'c9', cmd: ['true'] });
  const out = readAll(proc.stdout);
  await assert.rejects(proc.exit, { code: 'NotFound', message: 'container c9' });
  assert.equal(await out, 'partial');
});

test('importImage streams the archive in chunks with progress and backpressure', async (t) => {
  let received = 0;
  let maxAhead = 0;
  let sentByClient = 0;
  const { path } = await startServer(t, {
    images: {
      async importImage(req, ctx) {
        for await (const chunk of ctx.stream) {
          received += chunk.data?.length ?? 0;
          maxAhead = Math.max(maxAhead, sentByClient - received);
          await sleep(1); // a slow unpacker
        }
        return { images: [{ id: 'sha256:abc', repoTags: [req.name ?? ''], size: toUint64(received) }] };
      },
    },
  });
  const client = await connectClient(t, path);
  const total = 24 * 1024 * 1024;
  const source = Readable.from(
    (function* () {
      for (let i = 0; i < total / 65536; i++) yield Buffer.alloc(65536, i % 256);
    })(),
  );
  const res = await client.images.importImage({ name: 'busybox:latest' }, source, {
    onProgress: (p) => (sentByClient = p.bytesSent),
  });
  assert.equal(received, total);
  assert.equal(sentByClient, total);
  assert.equal(toBigInt(res.images?.[0]?.size), BigInt(total));
  assert.deepEqual(res.images?.[0]?.repoTags, ['busybox:latest']);
  // Without backpressure the whole archive would be "sent" before the server read much of it.
  assert.ok(maxAhead < total / 2, `the client ran ${maxAhead} bytes ahead of the server`);
});

test('an import the daemon refuses stops the upload and rejects with its error', async (t) => {
  const { path } = await startServer(t, {
    images: {
      importImage: () => Promise.reject(new CorralError('InvalidArgument', 'not an OCI archive')),
    },
  });
  const client = await connectClient(t, path);
  let pulled = 0;
  const source = Readable.from(
    (function* () {
      for (;;) {
        pulled++;
        yield Buffer.alloc(65536);
      }
    })(),
  );
  await assert.rejects(client.images.importImage({}, source), {
    code: 'InvalidArgument',
    message: 'not an OCI archive',
  });
  assert.ok(pulled < 10_000, 'the upload stopped');
});

test('containerLogs follows until the reader breaks, which CANCELs the handler', async (t) => {
  let handlerSignal: AbortSignal | undefined;
  const { path } = await startServer(t, {
    runtime: {
      async containerLogs(req, ctx) {
        handlerSignal = ctx.signal;
        for (let i = 0; !ctx.signal.aborted; i++) {
          await ctx.stream.send({ timestamp: toInt64(i), stream: 'stdout', line: Buffer.from(`line ${i}`) });
          if (!req.follow && i === 2) break;
          await sleep(5);
        }
        return {};
      },
    },
  });
  const client = await connectClient(t, path);
  const lines: string[] = [];
  for await (const entry of client.runtime.containerLogs({ containerId: 'c1', follow: true })) {
    lines.push(Buffer.from(entry.line ?? []).toString());
    if (lines.length === 4) break;
  }
  assert.deepEqual(lines, ['line 0', 'line 1', 'line 2', 'line 3']);
  await waitFor(() => handlerSignal?.aborted, { what: 'CANCEL to reach the handler' });
  assert.equal((handlerSignal?.reason as CorralError).code, 'Canceled');

  const all: string[] = [];
  for await (const entry of client.runtime.containerLogs({ containerId: 'c1' })) {
    all.push(Buffer.from(entry.line ?? []).toString());
  }
  assert.deepEqual(all, ['line 0', 'line 1', 'line 2']);
});

test('a subscription gets events as the handler sends them and ends on abort', async (t) => {
  let requests: { filters: string[]; since: bigint }[] = [];
  let handlerSignal: AbortSignal | undefined;
  const { path } = await startServer(t, {
    events: {
      async subscribe(req, ctx) {
        handlerSignal = ctx.signal;
        requests.push({ filters: req.filters ?? [], since: toBigInt(req.sinceSequence) });
        for (let seq = 1; seq <= 3; seq++) {
          await ctx.stream.send({ sequence: toUint64(seq), topic: '/tasks/exit', namespace: ctx.namespace });
        }
        await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
        return {};
      },
    },
  });
  const client = await connectClient(t, path);
  const controller = new AbortController();
  const seen: bigint[] = [];
  const sub = client.events.subscribe({ filters: ['topic=="/tasks/exit"'] }, { signal: controller.signal });
  for await (const ev of sub) {
    seen.push(toBigInt(ev.sequence));
    if (seen.length === 3) controller.abort();
  }
  assert.deepEqual(seen, [1n, 2n, 3n]);
  assert.equal(sub.lastSequence, 3n);
  assert.deepEqual(requests, [{ filters: ['topic=="/tasks/exit"'], since: 0n }]);
  await waitFor(() => handlerSignal?.aborted, { what: 'CANCEL to reach the handler' });
  requests = [];
});

test('send() after the call ended rejects; the handler learns it is talking to no one', async (t) => {
  let sendError: unknown;
  const { path } = await startServer(t, {
    events: {
      async subscribe(_req, ctx) {
        await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
        try {
          await ctx.stream.send({ sequence: toUint64(1) });
        } catch (err) {
          sendError = err;
        }
        return {};
      },
    },
  });
  const client = await connectClient(t, path);
  const controller = new AbortController();
  const iterate = (async () => {
    for await (const _ of client.events.subscribe({}, { signal: controller.signal })) {
      // no events
    }
  })();
  await sleep(30);
  controller.abort();
  await iterate;
  await waitFor(() => sendError !== undefined, { what: 'send to fail' });
  assert.equal((sendError as CorralError).code, 'Canceled');
});
