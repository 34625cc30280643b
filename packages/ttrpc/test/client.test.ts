import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CorralError, TaskService, toBigInt } from '@corral/api';
import { tempDir, waitFor } from '@corral/test-utils';
import { MessageType, decodeRequest, dial, encodeResponse, messageLengthMax } from '../src/index.js';
import type { Client, TtrpcWarning } from '../src/index.js';
import { TestService, dialClient, startRawServer, startServer } from './fixtures.js';

const stateReply = (id: string): Uint8Array =>
  encodeResponse({ payload: TaskService.methods.state.responseType.encode({ id }).finish() });

test('calls go out on stream ids 1, 3, 5 with the service and method names', async (t) => {
  const raw = await startRawServer(t);
  const client = await dialClient(t, raw.path);
  const task = client.service(TestService);
  const calls = [task.state({ id: 'a' }), task.kill({ id: 'b' }), task.state({ id: 'c' })];
  const peer = await raw.nextPeer();
  const seen = [];
  for (let i = 0; i < 3; i++) {
    const f = await peer.next();
    const req = decodeRequest(f.payload);
    seen.push([f.streamId, f.type, req.method, req.timeoutNano, req.metadata.length]);
    assert.equal(req.service, TestService.name);
  }
  assert.deepEqual(seen, [
    [1, 1, 'State', 0n, 0],
    [3, 1, 'Kill', 0n, 0],
    [5, 1, 'State', 0n, 0],
  ]);
  peer.send(5, MessageType.Response, stateReply('c'));
  peer.send(1, MessageType.Response, stateReply('a'));
  peer.send(3, MessageType.Response, new Uint8Array(0));
  const replies = await Promise.all(calls);
  assert.deepEqual(
    replies.map((r) => ({ ...r })),
    [{ id: 'a' }, {}, { id: 'c' }],
  );
});

test('200 concurrent calls on one connection each get their own reply, out of order', async (t) => {
  const { path } = await startServer(t);
  const client = await dialClient(t, path);
  const task = client.service(TestService);
  const n = 200;
  const delays = Array.from({ length: n }, () => Math.floor(Math.random() * 50));
  const replies = await Promise.all(delays.map((ms, i) => task.wait({ id: String(ms), execId: String(i) })));
  assert.deepEqual(
    replies.map((r) => r.exitStatus),
    delays.map((_, i) => i),
  );
});

async function callerFunctionForStack(client: Client): Promise<unknown> {
  return client.service(TestService).state({ id: 'missing' });
}

test('a status becomes a CorralError with the remote message and the caller stack', async (t) => {
  const { path } = await startServer(t);
  const client = await dialClient(t, path);
  const err = await callerFunctionForStack(client).then(
    () => assert.fail('should reject'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof CorralError);
  assert.equal(err.code, 'NotFound');
  assert.equal(err.message, 'container missing');
  assert.match(err.stack ?? '', /^CorralError: container missing\n/);
  assert.match(err.stack ?? '', /callerFunctionForStack/);
  assert.doesNotMatch(err.stack ?? '', /server-connection/);
});

test('metadata goes out as a lowercased key/value list; timeoutMs as timeout_nano', async (t) => {
  const raw = await startRawServer(t);
  const client = await dialClient(t, raw.path);
  const pending = client
    .service(TestService)
    .kill({}, { timeoutMs: 5_000, metadata: { 'Containerd-Namespace-TTRPC': 'ns' } });
  const peer = await raw.nextPeer();
  const req = decodeRequest((await peer.next()).payload);
  assert.deepEqual(
    req.metadata.map((kv) => ({ key: kv.key, value: kv.value })),
    [{ key: 'containerd-namespace-ttrpc', value: 'ns' }],
  );
  assert.equal(toBigInt(req.timeoutNano), 5_000_000_000n);
  peer.send(1, MessageType.Response, new Uint8Array(0));
  assert.deepEqual({ ...(await pending) }, {});
});

test('a timeout rejects locally with DeadlineExceeded and the late reply is dropped quietly', async (t) => {
  const warnings: TtrpcWarning[] = [];
  const raw = await startRawServer(t);
  const client = await dialClient(t, raw.path, { onWarning: (w) => warnings.push(w) });
  const task = client.service(TestService);
  const started = Date.now();
  await assert.rejects(task.state({ id: 'slow' }, { timeoutMs: 50 }), (err: CorralError) => {
    assert.equal(err.code, 'DeadlineExceeded');
    assert.match(err.message, /corral\.test\.v1\.Test\/State: deadline of 50 ms exceeded/);
    return true;
  });
  assert.ok(Date.now() - started >= 45);
  const peer = await raw.nextPeer();
  assert.equal((await peer.next()).streamId, 1);
  peer.send(1, MessageType.Response, stateReply('late'));
  const next = task.state({ id: 'next' });
  assert.equal((await peer.next()).streamId, 3);
  peer.send(3, MessageType.Response, stateReply('next'));
  assert.equal((await next).id, 'next');
  assert.deepEqual(warnings, []);
});

test('an abort rejects with Canceled; an already aborted signal sends nothing', async (t) => {
  const raw = await startRawServer(t);
  const client = await dialClient(t, raw.path);
  const task = client.service(TestService);
  await assert.rejects(task.state({ id: 'x' }, { signal: AbortSignal.abort() }), { code: 'Canceled' });
  const ac = new AbortController();
  const pending = task.state({ id: 'y' }, { signal: ac.signal });
  const peer = await raw.nextPeer();
  assert.equal((await peer.next()).streamId, 1, 'the pre-aborted call took no stream id');
  ac.abort(new Error('user gave up'));
  await assert.rejects(pending, (err: CorralError) => {
    assert.equal(err.code, 'Canceled');
    assert.equal((err.cause as Error).message, 'user gave up');
    return true;
  });
});

test('the server dying mid-call rejects every pending call with Unavailable "ttrpc: closed"', async (t) => {
  const raw = await startRawServer(t);
  let closes = 0;
  const client = await dialClient(t, raw.path, { onClose: () => closes++ });
  const task = client.service(TestService);
  const pending = [task.state({ id: '1' }), task.wait({}), task.kill({})];
  const peer = await raw.nextPeer();
  await peer.next();
  peer.socket.destroy();
  for (const p of pending) await assert.rejects(p, { code: 'Unavailable', message: 'ttrpc: closed' });
  await waitFor(() => closes === 1, { what: 'onClose' });
  assert.equal(client.closed, true);
  await assert.rejects(task.state({ id: 'after' }), { code: 'Unavailable', message: 'ttrpc: closed' });
});

test('a reply for an unknown stream id is dropped with a warning; the connection goes on', async (t) => {
  const warnings: TtrpcWarning[] = [];
  const raw = await startRawServer(t);
  const client = await dialClient(t, raw.path, { onWarning: (w) => warnings.push(w) });
  const pending = client.service(TestService).state({ id: 'real' });
  const peer = await raw.nextPeer();
  await peer.next();
  peer.send(99, MessageType.Response, stateReply('stray'));
  peer.send(1, MessageType.Response, stateReply('real'));
  assert.equal((await pending).id, 'real');
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0]?.streamId, 99);
});

test('a request over 4 MiB rejects locally with ResourceExhausted and is never sent', async (t) => {
  const raw = await startRawServer(t);
  const client = await dialClient(t, raw.path);
  const big = 'x'.repeat(messageLengthMax);
  await assert.rejects(client.service(TestService).state({ id: big }), (err: CorralError) => {
    assert.equal(err.code, 'ResourceExhausted');
    assert.match(err.message, /exceeds maximum message size of 4194304/);
    return true;
  });
  const next = client.service(TestService).kill({});
  const peer = await raw.nextPeer();
  assert.equal((await peer.next()).streamId, 1);
  peer.send(1, MessageType.Response, new Uint8Array(0));
  await next;
});

test('an oversized reply fails only its own call', async (t) => {
  const raw = await startRawServer(t);
  const client = await dialClient(t, raw.path);
  const task = client.service(TestService);
  const first = task.state({ id: 'big' });
  const peer = await raw.nextPeer();
  await peer.next();
  const header = Buffer.alloc(10);
  header.writeUInt32BE(messageLengthMax + 1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = MessageType.Response;
  peer.write(Buffer.concat([header, Buffer.alloc(messageLengthMax + 1)]));
  await assert.rejects(first, { code: 'ResourceExhausted' });
  const second = task.state({ id: 'ok' });
  assert.equal((await peer.next()).streamId, 3);
  peer.send(3, MessageType.Response, stateReply('ok'));
  assert.equal((await second).id, 'ok');
});

test('close() is orderly: pending calls reject, the server sees EOF, onClose runs once', async (t) => {
  const raw = await startRawServer(t);
  let closes = 0;
  const client = await dial(raw.path, { onClose: () => closes++ });
  const pending = client.service(TestService).wait({});
  const peer = await raw.nextPeer();
  await peer.next();
  const rejected = assert.rejects(pending, { code: 'Unavailable' });
  await client.close();
  await rejected;
  await peer.closed;
  await client.close();
  assert.equal(closes, 1);
});

test('dial: a missing socket or a non-socket path is Unavailable with the reason', async (t) => {
  const dir = tempDir(t);
  await assert.rejects(dial(join(dir, 'absent.sock')), (err: CorralError) => {
    assert.equal(err.code, 'Unavailable');
    assert.match(err.message, /^dial ttrpc .*absent\.sock: no such socket \(ENOENT\)$/);
    return true;
  });
  const file = join(dir, 'not-a-socket');
  writeFileSync(file, '');
  await assert.rejects(dial(file), (err: CorralError) => {
    assert.equal(err.code, 'Unavailable');
    assert.match(err.message, /ECONNREFUSED/);
    return true;
  });
});

test('dial accepts a shim address with the unix:// scheme', async (t) => {
  const { path } = await startServer(t);
  const client = await dialClient(t, `unix://${path}`);
  assert.equal((await client.service(TestService).state({ id: 'u' })).id, 'u');
});
