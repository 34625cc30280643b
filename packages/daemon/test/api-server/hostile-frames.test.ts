import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Code, corral } from '@corral/api';
import { RuntimeService } from '@corral/client';
import { waitFor } from '@corral/test-utils';
import { closeCodes, hardFrameBytes, maxFrameBytes } from '../../src/api-server/index.js';
import type { RawPeer } from './fixtures.js';
import { connectClient, connectRaw, requestFrame, startServer } from './fixtures.js';

const Kind = corral.v1.FrameKind;
const version = 'corral.v1.Runtime/Version';
const wait = 'corral.v1.Runtime/WaitContainer';

function services() {
  return {
    runtime: {
      version: () => Promise.resolve({ version: 'v-test' }),
      async waitContainer(_req: unknown, ctx: { signal: AbortSignal }) {
        await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
        return { exitCode: 0 };
      },
    },
  };
}

/** Proves the peer's connection still serves: a Version call on a fresh id. */
async function assertServes(peer: RawPeer, id: number): Promise<void> {
  peer.send(requestFrame(id, version));
  const f = await peer.next();
  assert.equal(f.id, BigInt(id));
  assert.equal(f.kind, Kind.RESPONSE);
  assert.equal(f.status, undefined);
  assert.equal(RuntimeService.methods.version.responseType.decode(f.payload).version, 'v-test');
}

test('garbage that is not a Frame closes that connection only (1007); others keep working', async (t) => {
  const { path, server } = await startServer(t, services());
  const bystander = await connectClient(t, path);
  const peer = await connectRaw(t, path);
  peer.sendBytes(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]));
  const closed = await peer.closed;
  assert.equal(closed.code, closeCodes.invalidPayload);
  assert.match(closed.reason, /malformed frame/);
  assert.equal((await bystander.runtime.version({})).version, 'v-test');
  await waitFor(() => server.connections === 1);
});

test('a frame that breaks after its id gets InvalidArgument on that id; the connection survives', async (t) => {
  const { path } = await startServer(t, services());
  const peer = await connectRaw(t, path);
  const good = corral.v1.Frame.encode({ ...requestFrame(7, version), id: undefined }).finish();
  // id 7, then a length-delimited field claiming more bytes than there are.
  peer.sendBytes(Buffer.concat([Buffer.from([0x08, 0x07, 0x1a, 0x7f]), Buffer.from(good).subarray(0, 3)]));
  const f = await peer.next();
  assert.equal(f.id, 7n);
  assert.equal(f.kind, Kind.RESPONSE);
  assert.equal(f.status?.code, Code.InvalidArgument);
  assert.match(f.status?.message ?? '', /malformed frame/);
  await assertServes(peer, 8);
});

test('text messages are refused with 1003', async (t) => {
  const { path } = await startServer(t, services());
  const peer = await connectRaw(t, path);
  peer.sendBytes('{"id":1,"method":"x"}', false);
  assert.equal((await peer.closed).code, closeCodes.unsupportedData);
});

test('unknown methods, bad payloads and unknown kinds are answered, not fatal', async (t) => {
  const { path } = await startServer(t, services());
  const peer = await connectRaw(t, path);
  peer.send(requestFrame(1, 'corral.v1.Runtime/Nope'));
  let f = await peer.next();
  assert.deepEqual([f.id, f.status?.code], [1n, Code.Unimplemented]);
  peer.send(requestFrame(2, ''));
  f = await peer.next();
  assert.deepEqual([f.id, f.status?.code], [2n, Code.Unimplemented]);
  peer.send(requestFrame(3, version, Buffer.from([0x0a, 0xff])));
  f = await peer.next();
  assert.deepEqual([f.id, f.status?.code], [3n, Code.InvalidArgument]);
  peer.send({ idNum: 4, kind: 9 as corral.v1.FrameKind });
  f = await peer.next();
  assert.deepEqual([f.id, f.status?.code], [4n, Code.InvalidArgument]);
  peer.send({ idNum: 5, kind: Kind.RESPONSE });
  f = await peer.next();
  assert.deepEqual([f.id, f.status?.code], [5n, Code.InvalidArgument]);
  // STREAM / STREAM_END / CANCEL for ids not in flight (races with a call's end) are dropped.
  peer.send({ idNum: 99, kind: Kind.STREAM, payload: Buffer.from('x') });
  peer.send({ idNum: 99, kind: Kind.STREAM_END });
  peer.send({ idNum: 99, kind: Kind.CANCEL });
  await assertServes(peer, 6);
});

test('a duplicate id in flight is InvalidArgument; the first call goes on', async (t) => {
  const { path } = await startServer(t, services());
  const peer = await connectRaw(t, path);
  peer.send(requestFrame(1, wait));
  peer.send(requestFrame(1, wait));
  let f = await peer.next();
  assert.deepEqual([f.id, f.status?.code], [1n, Code.InvalidArgument]);
  assert.match(f.status?.message ?? '', /already in flight/);
  peer.send({ idNum: 1, kind: Kind.CANCEL });
  f = await peer.next();
  assert.deepEqual([f.id, f.status?.code], [1n, Code.Canceled]);
  // Once answered, the id may be used again.
  peer.send(requestFrame(1, version));
  f = await peer.next();
  assert.deepEqual([f.id, f.status], [1n, undefined]);
});

test('a STREAM for a unary call ends that call with InvalidArgument', async (t) => {
  const { path } = await startServer(t, services());
  const peer = await connectRaw(t, path);
  peer.send(requestFrame(1, wait));
  peer.send({ idNum: 1, kind: Kind.STREAM, payload: Buffer.from([1]) });
  const f = await peer.next();
  assert.deepEqual([f.id, f.status?.code], [1n, Code.InvalidArgument]);
  assert.match(f.status?.message ?? '', /takes no stream/);
  await assertServes(peer, 2);
});

test('a frame over the limit gets ResourceExhausted on its id and the connection survives', async (t) => {
  const { path } = await startServer(t, services());
  const peer = await connectRaw(t, path);
  peer.send(requestFrame(1, version, Buffer.alloc(maxFrameBytes + 1)));
  const f = await peer.next(10_000);
  assert.deepEqual([f.id, f.status?.code], [1n, Code.ResourceExhausted]);
  assert.match(f.status?.message ?? '', /exceeds the maximum/);
  await assertServes(peer, 2);
});

test('a message past the hard limit closes that connection (1009); the server serves on', async (t) => {
  const { path } = await startServer(t, services());
  const bystander = await connectClient(t, path);
  const peer = await connectRaw(t, path);
  peer.sendBytes(Buffer.alloc(hardFrameBytes + 1));
  assert.equal((await peer.closed).code, 1009);
  assert.equal((await bystander.runtime.version({})).version, 'v-test');
});

test('a client that stops answering pings is dropped', async (t) => {
  const { path, server } = await startServer(t, services(), { keepaliveIntervalMs: 50 });
  const live = await connectClient(t, path, { keepaliveIntervalMs: 60_000 });
  const mute = await connectRaw(t, path, { autoPong: false });
  await mute.closed;
  await waitFor(() => server.connections === 1, { what: 'the server to forget the mute client' });
  assert.equal((await live.runtime.version({})).version, 'v-test');
});
