import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corral, toUint64 } from '@corral/api';
import { CorralClient, type PullProgress } from '../src/index.js';
import { FakeDaemon, Kind } from './fake-daemon.js';

const v1 = corral.v1;

test('pullImage without onProgress is the unary PullImage', async (t) => {
  const daemon = await FakeDaemon.start(t);
  const c = new CorralClient({ socket: daemon.path, env: {} });
  t.after(() => c.close());
  const done = c.images.pullImage({ image: { image: 'busybox' } });
  const peer = await daemon.nextPeer();
  const req = await peer.next();
  assert.equal(req.method, 'corral.v1.Images/PullImage');
  assert.equal(v1.PullImageRequest.decode(req.payload).image?.image, 'busybox');
  peer.reply(req.id, v1.PullImageResponse.encode({ imageRef: 'sha256:1' }).finish());
  assert.equal((await done).imageRef, 'sha256:1');
});

test('with onProgress it is PullImageProgress: each STREAM frame reaches the callback before the reply', async (t) => {
  const daemon = await FakeDaemon.start(t);
  const c = new CorralClient({ socket: daemon.path, env: {} });
  t.after(() => c.close());
  const seen: PullProgress[] = [];
  const done = c.images.pullImage(
    { image: { image: 'busybox' }, ignoreBackoff: true },
    { onProgress: (p) => seen.push(p) },
  );
  const peer = await daemon.nextPeer();
  const req = await peer.next();
  assert.equal(req.method, 'corral.v1.Images/PullImageProgress');
  assert.equal(v1.PullImageRequest.decode(req.payload).ignoreBackoff, true);
  for (const [status, n] of [
    ['downloading', 10],
    ['done', 20],
  ] as const)
    peer.stream(req.id, v1.PullProgress.encode({ digest: 'sha256:l', status, done: toUint64(n) }).finish());
  peer.reply(req.id, v1.PullImageResponse.encode({ imageRef: 'sha256:2' }).finish());
  assert.equal((await done).imageRef, 'sha256:2');
  assert.deepEqual(
    seen.map((p) => [p.status, Number(p.done)]),
    [
      ['downloading', 10],
      ['done', 20],
    ],
  );
});

test('an onProgress that throws CANCELs the pull and rejects with its error', async (t) => {
  const daemon = await FakeDaemon.start(t);
  const c = new CorralClient({ socket: daemon.path, env: {} });
  t.after(() => c.close());
  const done = c.images.pullImage(
    { image: { image: 'busybox' } },
    {
      onProgress: () => {
        throw new Error('the terminal went away');
      },
    },
  );
  const peer = await daemon.nextPeer();
  const req = await peer.next();
  peer.stream(req.id, v1.PullProgress.encode({ status: 'waiting' }).finish());
  await assert.rejects(done, /the terminal went away/);
  assert.equal((await peer.next()).kind, Kind.CANCEL);
});
