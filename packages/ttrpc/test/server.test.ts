import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { statSync, existsSync } from 'node:fs';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { CorralError, TaskService } from '@corral/api';
import { waitFor } from '@corral/test-utils';
import { MessageType, Server, decodeResponse, encodeRequest, messageLengthMax } from '../src/index.js';
import type { CallContext, ResponseEnvelope, TtrpcWarning } from '../src/index.js';
import { TestService, connectRaw, dialClient, startServer, testImpl } from './fixtures.js';
import type { FramePeer } from './fixtures.js';

const state = (id: string): Uint8Array => TaskService.methods.state.requestType.encode({ id }).finish();

function request(
  method: string,
  payload: Uint8Array,
  extra: { timeoutNano?: bigint; service?: string } = {},
) {
  return encodeRequest({
    service: extra.service ?? TestService.name,
    method,
    payload,
    ...(extra.timeoutNano === undefined ? {} : { timeoutNano: extra.timeoutNano }),
  });
}

async function reply(peer: FramePeer, streamId: number): Promise<ResponseEnvelope & { raw: Buffer }> {
  const f = await peer.next();
  assert.equal(f.type, MessageType.Response);
  assert.equal(f.streamId, streamId);
  return { ...decodeResponse(f.payload), raw: f.payload };
}

/** Proves the connection still serves: a State call on a fresh odd stream id. */
async function assertServes(peer: FramePeer, streamId: number): Promise<void> {
  peer.send(streamId, MessageType.Request, request('State', state('alive')));
  const r = await reply(peer, streamId);
  assert.equal(r.status, undefined);
  assert.equal(TaskService.methods.state.responseType.decode(r.payload).id, 'alive');
}

test('a success reply has no status field, and an Empty reply has no payload at all', async (t) => {
  const { path } = await startServer(t);
  const peer = await connectRaw(t, path);
  await assertServes(peer, 1);
  peer.send(3, MessageType.Request, request('Kill', new Uint8Array(0)));
  const f = await peer.next();
  assert.deepEqual([f.streamId, f.length], [3, 0]);
});

test('the socket file is 0600 and disappears on close', async (t) => {
  const { server, path } = await startServer(t);
  assert.equal(statSync(path).mode & 0o777, 0o600);
  assert.ok(statSync(path).isSocket());
  await server.close();
  assert.equal(existsSync(path), false);
});

test('handler errors: a CorralError keeps its kind and class text, anything else is Unknown', async (t) => {
  const warnings: TtrpcWarning[] = [];
  const { path } = await startServer(t, testImpl, { onWarning: (w) => warnings.push(w) });
  const peer = await connectRaw(t, path);
  peer.send(1, MessageType.Request, request('State', state('missing')));
  assert.deepEqual((await reply(peer, 1)).status, { code: 5, message: 'container missing: not found' });
  peer.send(3, MessageType.Request, request('State', state('plain')));
  const plain = await reply(peer, 3);
  assert.deepEqual(plain.status, { code: 2, message: 'plain failure' });
  assert.equal(plain.payload.length, 0);
  assert.equal(warnings.length, 1);
  assert.equal((warnings[0]?.error as Error).message, 'plain failure');
  await assertServes(peer, 5);
});

test('a handler that throws synchronously or returns a non-promise still gets a reply', async (t) => {
  const { path } = await startServer(t, {
    ...testImpl,
    state: (() => {
      throw new CorralError('FailedPrecondition', 'not yet');
    }) as unknown as typeof testImpl.state,
  });
  const peer = await connectRaw(t, path);
  peer.send(1, MessageType.Request, request('State', state('x')));
  assert.deepEqual((await reply(peer, 1)).status, { code: 9, message: 'not yet: failed precondition' });
});

test('unknown service and unknown method are Unimplemented with ttrpc texts', async (t) => {
  const { path } = await startServer(t);
  const peer = await connectRaw(t, path);
  peer.send(1, MessageType.Request, request('State', state('x'), { service: 'no.such.Service' }));
  assert.deepEqual((await reply(peer, 1)).status, { code: 12, message: 'service no.such.Service' });
  peer.send(3, MessageType.Request, request('Nope', new Uint8Array(0)));
  assert.deepEqual((await reply(peer, 3)).status, { code: 12, message: 'method Nope' });
});

test('an even stream id is InvalidArgument and the connection stays', async (t) => {
  const { path } = await startServer(t);
  const peer = await connectRaw(t, path);
  peer.send(2, MessageType.Request, request('State', state('x')));
  assert.deepEqual((await reply(peer, 2)).status, {
    code: 3,
    message: 'StreamID must be odd for client initiated streams',
  });
  await assertServes(peer, 3);
});

test('garbage in the Request is InvalidArgument, garbage in the payload is Internal', async (t) => {
  const { path } = await startServer(t);
  const peer = await connectRaw(t, path);
  // Field 1 claims 16 bytes and has 1.
  peer.send(1, MessageType.Request, Buffer.from([0x0a, 0x10, 0x41]));
  const bad = await reply(peer, 1);
  assert.equal(bad.status?.code, 3);
  assert.match(bad.status?.message ?? '', /^unmarshal request error: .+/);
  peer.send(3, MessageType.Request, request('State', Buffer.from([0x0a, 0x10, 0x41])));
  const badPayload = await reply(peer, 3);
  assert.equal(badPayload.status?.code, 13);
  assert.match(badPayload.status?.message ?? '', /^ttrpc: error unmarshalling payload: .+/);
  await assertServes(peer, 5);
});

test('an oversized frame is read, dropped and answered ResourceExhausted; the connection stays', async (t) => {
  const { path } = await startServer(t);
  const peer = await connectRaw(t, path);
  const length = messageLengthMax + 10;
  const header = Buffer.alloc(10);
  header.writeUInt32BE(length, 0);
  header.writeUInt32BE(1, 4);
  header[8] = MessageType.Request;
  peer.write(header);
  const chunk = Buffer.alloc(256 * 1024, 0x0a);
  for (let left = length; left > 0; left -= chunk.length) {
    peer.write(chunk.subarray(0, Math.min(left, chunk.length)));
  }
  assert.deepEqual((await reply(peer, 1)).status, {
    code: 8,
    message: `message length ${length} exceed maximum message size of 4194304`,
  });
  await assertServes(peer, 3);
});

test('frames that are not requests (unknown type, data 0x03, response) are ignored', async (t) => {
  const { path } = await startServer(t);
  const peer = await connectRaw(t, path);
  peer.send(1, 0x05, request('State', state('x')));
  peer.send(3, MessageType.Data, request('State', state('x')));
  peer.send(5, MessageType.Response, Buffer.from('junk'));
  await assertServes(peer, 7);
  await sleep(20);
  assert.equal(peer.queued, 0);
});

test('a truncated header then close costs one connection, and others are still served', async (t) => {
  const { server, path } = await startServer(t);
  const other = await connectRaw(t, path);
  const peer = await connectRaw(t, path);
  peer.socket.end(Buffer.from([0, 0, 0]));
  await peer.closed;
  await waitFor(() => server.connections === 1, { what: 'the truncated connection to go' });
  await assertServes(other, 1);
});

test('random garbage never crashes the server; it replies or closes that connection', async (t) => {
  const { server, path } = await startServer(t);
  for (let i = 0; i < 20; i++) {
    const peer = await connectRaw(t, path);
    peer.socket.end(randomBytes(1 + Math.floor(Math.random() * 65_536)));
    await peer.closed;
  }
  await waitFor(() => server.connections === 0, { what: 'garbage connections to close' });
  const client = await dialClient(t, path);
  assert.equal((await client.service(TestService).state({ id: 'ok' })).id, 'ok');
});

test('a client that never sends does not block others and is closed by server.close()', async (t) => {
  const { server, path } = await startServer(t);
  const silent = await connectRaw(t, path);
  const client = await dialClient(t, path);
  assert.equal((await client.service(TestService).state({ id: 'ok' })).id, 'ok');
  await waitFor(() => server.connections === 2, { what: 'both connections' });
  await server.close();
  await silent.closed;
  await waitFor(() => client.closed, { what: 'the client to see the close' });
  assert.equal(server.connections, 0);
});

test('timeout_nano aborts the handler signal and the server still replies', async (t) => {
  const { path } = await startServer(t);
  const peer = await connectRaw(t, path);
  const started = Date.now();
  peer.send(1, MessageType.Request, request('Connect', new Uint8Array(0), { timeoutNano: 50_000_000n }));
  const r = await reply(peer, 1);
  assert.ok(Date.now() - started >= 45, 'not before the deadline');
  assert.equal(r.status?.code, 4);
  assert.match(r.status?.message ?? '', /corral\.test\.v1\.Test\/Connect: deadline exceeded/);
});

test('requests run concurrently and replies go out in completion order', async (t) => {
  const { path } = await startServer(t);
  const peer = await connectRaw(t, path);
  const wait = (ms: number, tag: number) =>
    TaskService.methods.wait.requestType.encode({ id: String(ms), execId: String(tag) }).finish();
  peer.send(1, MessageType.Request, request('Wait', wait(300, 1)));
  peer.send(3, MessageType.Request, request('Wait', wait(0, 3)));
  assert.equal((await peer.next()).streamId, 3);
  assert.equal((await peer.next()).streamId, 1);
});

test('close() lets an in-flight handler reply, then closes the connection', async (t) => {
  const { server, path } = await startServer(t);
  const peer = await connectRaw(t, path);
  peer.send(
    1,
    MessageType.Request,
    request('Wait', TaskService.methods.wait.requestType.encode({ id: '100', execId: '7' }).finish()),
  );
  await sleep(20);
  const closing = server.close();
  const r = await reply(peer, 1);
  assert.equal(TaskService.methods.wait.responseType.decode(r.payload).exitStatus, 7);
  await closing;
  await peer.closed;
});

test('close() is bounded: a handler that never finishes is aborted and its connection dropped', async (t) => {
  let seen: CallContext | undefined;
  const { server, path } = await startServer(t, {
    ...testImpl,
    connect: (_req, ctx) => {
      seen = ctx;
      return new Promise(() => {});
    },
  });
  const peer = await connectRaw(t, path);
  peer.send(1, MessageType.Request, request('Connect', new Uint8Array(0)));
  await waitFor(() => seen, { what: 'the handler to start' });
  const started = Date.now();
  await server.close({ timeoutMs: 100 });
  assert.ok(Date.now() - started < 2_000);
  await peer.closed;
  assert.equal(seen?.signal.aborted, true);
});

test('a closed connection aborts the signals of its in-flight handlers', async (t) => {
  let seen: CallContext | undefined;
  const { path } = await startServer(t, {
    ...testImpl,
    connect: async (_req, ctx) => {
      seen = ctx;
      await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
      return {};
    },
  });
  const peer = await connectRaw(t, path);
  peer.send(1, MessageType.Request, request('Connect', new Uint8Array(0)));
  await waitFor(() => seen, { what: 'the handler to start' });
  peer.socket.destroy();
  await waitFor(() => seen?.signal.aborted, { what: 'the abort' });
  assert.equal((seen?.signal.reason as CorralError).code, 'Canceled');
});

test('handlers see metadata, deadline, service and method', async (t) => {
  let seen: CallContext | undefined;
  const { path } = await startServer(t, {
    ...testImpl,
    kill: (_req, ctx) => {
      seen = ctx;
      return Promise.resolve({});
    },
  });
  const client = await dialClient(t, path);
  await client.service(TestService).kill({}, { metadata: { 'Containerd-Namespace-Ttrpc': ['ns1', 'ns2'] } });
  assert.equal(seen?.metadata.get('containerd-namespace-ttrpc'), 'ns1');
  assert.equal(seen?.deadline, undefined);
  const before = Date.now();
  await client.service(TestService).kill({}, { timeoutMs: 5_000 });
  const left = (seen?.deadline ?? 0) - before;
  assert.ok(left > 4_000 && left <= 5_100, `deadline ${left} ms away`);
  assert.equal(seen?.service, TestService.name);
  assert.equal(seen?.method, 'Kill');
  assert.equal(seen?.signal.aborted, false);
});

test('register refuses a duplicate service and an implementation missing a method', () => {
  const server = new Server().register(TestService, testImpl);
  assert.throws(() => server.register(TestService, testImpl), { code: 'AlreadyExists' });
  const { kill: _kill, ...partial } = testImpl;
  assert.throws(() => new Server().register(TestService, partial as typeof testImpl), {
    code: 'InvalidArgument',
  });
});

test('listening twice on one path fails with AlreadyExists', async (t) => {
  const { path } = await startServer(t);
  await assert.rejects(new Server().listen(path), { code: 'AlreadyExists' });
});
