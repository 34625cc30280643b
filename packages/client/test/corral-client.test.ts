import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CorralError } from '@corral/api';
import { Code, corral, toInt64 } from '@corral/api';
import { tempDir } from '@corral/test-utils';
import { CorralClient, connect, daemonHint, isServing } from '../src/index.js';
import { FakeDaemon, Kind } from './fake-daemon.js';

const v1 = corral.v1;

function client(t: { after: (fn: () => Promise<void>) => void }, daemon: FakeDaemon, namespace?: string) {
  const c = new CorralClient({ socket: daemon.path, env: {}, ...(namespace ? { namespace } : {}) });
  t.after(() => c.close());
  return c;
}

test('requests go out with ids 1, 2, 3, the full method name and the namespace', async (t) => {
  const daemon = await FakeDaemon.start(t);
  const c = client(t, daemon, 'team-a');
  const calls = [
    c.runtime.startContainer({ containerId: 'a' }),
    c.images.listImages({}),
    c.runtime.stopContainer({ containerId: 'b', timeout: toInt64(3) }, { namespace: 'other' }),
  ];
  const peer = await daemon.nextPeer();
  const seen = [];
  for (let i = 0; i < 3; i++) seen.push(await peer.next());
  assert.deepEqual(
    seen.map((f) => [f.id, f.kind, f.method, f.metadata.namespace]),
    [
      [1, Kind.REQUEST, 'corral.v1.Runtime/StartContainer', 'team-a'],
      [2, Kind.REQUEST, 'corral.v1.Images/ListImages', 'team-a'],
      [3, Kind.REQUEST, 'corral.v1.Runtime/StopContainer', 'other'],
    ],
  );
  assert.equal(Number(v1.StopContainerRequest.decode(seen[2]!.payload).timeout), 3);
  peer.reply(3);
  peer.fail(1, Code.NotFound, 'container a: not found');
  peer.reply(2, v1.ListImagesResponse.encode({ images: [{ id: 'sha256:1' }] }).finish());
  const [started, listed, stopped] = await Promise.allSettled(calls);
  assert.equal(started?.status, 'rejected');
  const err = started.reason as CorralError;
  assert.deepEqual([err.code, err.message], ['NotFound', 'container a']);
  assert.equal(
    (listed as PromiseFulfilledResult<corral.v1.ListImagesResponse>).value.images[0]?.id,
    'sha256:1',
  );
  assert.equal(stopped?.status, 'fulfilled');
});

test('a timeout rejects with DeadlineExceeded and sends CANCEL; the late reply is ignored', async (t) => {
  const daemon = await FakeDaemon.start(t);
  const c = client(t, daemon);
  const call = c.runtime.waitContainer({ containerId: 'x' }, { timeoutMs: 30 });
  const peer = await daemon.nextPeer();
  const req = await peer.next();
  await assert.rejects(call, { code: 'DeadlineExceeded' });
  const cancel = await peer.next();
  assert.deepEqual([cancel.id, cancel.kind], [req.id, Kind.CANCEL]);
  peer.fail(req.id, Code.Canceled, 'canceled');
  // The connection goes on serving.
  const next = c.runtime.version({});
  const f = await peer.next();
  peer.reply(f.id, v1.VersionResponse.encode({ version: '9' }).finish());
  assert.equal((await next).version, '9');
});

test('close() fails pending calls with Unavailable "connection closed"; later calls too', async (t) => {
  const daemon = await FakeDaemon.start(t);
  const c = client(t, daemon);
  const pending = c.runtime.waitContainer({ containerId: 'x' });
  await (await daemon.nextPeer()).next();
  const failed = assert.rejects(pending, { code: 'Unavailable', message: 'connection closed' });
  await c.close();
  await failed;
  await assert.rejects(c.runtime.version({}), { code: 'Unavailable', message: 'connection closed' });
});

test('a dropped connection fails pending calls with Unavailable and the hint; the next call dials again', async (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'corral.sock');
  const first = await FakeDaemon.start(t, path);
  const c = new CorralClient({ socket: path, env: {} });
  t.after(() => c.close());
  const pending = c.runtime.waitContainer({ containerId: 'x' });
  await (await first.nextPeer()).next();
  const failed = assert.rejects(pending, (err: CorralError) => {
    assert.equal(err.code, 'Unavailable');
    assert.match(err.message, /lost/);
    assert.equal(err.hint, daemonHint);
    return true;
  });
  await first.stop();
  await failed;
  const second = await FakeDaemon.start(t, path);
  const again = c.runtime.version({});
  const peer = await second.nextPeer();
  peer.reply((await peer.next()).id, v1.VersionResponse.encode({ version: 'back' }).finish());
  assert.equal((await again).version, 'back');
});

test('no daemon: connect() rejects with Unavailable, the path and the hint', async (t) => {
  const path = join(tempDir(t), 'nobody.sock');
  await assert.rejects(connect({ socket: path, env: {} }), (err: CorralError) => {
    assert.equal(err.code, 'Unavailable');
    assert.equal(err.message, `cannot connect to corrald at ${path}`);
    assert.equal(err.hint, 'is corrald running? start it with `corrald` or scripts/setup');
    return true;
  });
});

test('CORRAL_HOST and CORRAL_TOKEN are read from the environment given', async (t) => {
  const path = join(tempDir(t), 'auth.sock');
  let auth: string | undefined;
  const http = createServer();
  http.on('upgrade', (req, socket) => {
    auth = req.headers.authorization;
    socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n');
  });
  await new Promise<void>((resolve) => http.listen(path, resolve));
  t.after(() => new Promise<void>((resolve) => http.close(() => resolve())));
  await assert.rejects(
    connect({ env: { CORRAL_HOST: `unix://${path}`, CORRAL_TOKEN: 'tok-123' } }),
    (err: CorralError) => {
      assert.equal(err.code, 'Unauthenticated');
      return true;
    },
  );
  assert.equal(auth, 'Bearer tok-123');
});

test('isServing: true only when a corrald answers Version; false for no socket, silence or another server', async (t) => {
  const none = join(tempDir(t), 'none.sock');
  assert.equal(await isServing({ socket: none, env: {}, timeoutMs: 200 }), false);

  const daemon = await FakeDaemon.start(t);
  const answer = async (runtimeName: string | undefined) => {
    const peer = await daemon.nextPeer();
    const f = await peer.next();
    assert.equal(f.method, 'corral.v1.Runtime/Version');
    if (runtimeName === undefined) return; // silence: the probe must give up on its own
    peer.reply(f.id, v1.VersionResponse.encode({ runtimeName }).finish());
  };
  const probe = () => isServing({ socket: daemon.path, env: {}, timeoutMs: 300 });
  const [corralServing] = await Promise.all([probe(), answer('corral')]);
  assert.equal(corralServing, true);
  const [otherServing] = await Promise.all([probe(), answer('containerd')]);
  assert.equal(otherServing, false, 'a server that is not corrald');
  const [silentServing] = await Promise.all([probe(), answer(undefined)]);
  assert.equal(silentServing, false, 'nobody answers Version');
});
