import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { corral } from '@corral/api';
import { CorralClient, importChunkBytes } from '../src/index.js';
import { FakeDaemon, Kind } from './fake-daemon.js';

const v1 = corral.v1;

test('exec sends stdin, resizes and close_stdin as ProcessInput, and splits output by stream', async (t) => {
  const daemon = await FakeDaemon.start(t);
  const c = new CorralClient({ socket: daemon.path, env: {} });
  t.after(() => c.close());
  const proc = c.runtime.exec({ containerId: 'c1', cmd: ['sh'], stdin: true, tty: true });
  const peer = await daemon.nextPeer();
  const req = await peer.next();
  assert.equal(req.method, 'corral.v1.Runtime/Exec');
  assert.deepEqual(v1.ExecRequest.decode(req.payload).cmd, ['sh']);
  proc.stdin.write('ls\n');
  proc.resize(120, 40);
  proc.stdin.end();
  const inputs = [];
  for (let i = 0; i < 3; i++) {
    const f = await peer.next();
    assert.deepEqual([f.id, f.kind], [req.id, Kind.STREAM]);
    inputs.push(v1.ProcessInput.decode(f.payload));
  }
  assert.equal(Buffer.from(inputs[0]!.stdin).toString(), 'ls\n');
  assert.deepEqual([inputs[1]!.resize?.width, inputs[1]!.resize?.height], [120, 40]);
  assert.equal(inputs[2]!.closeStdin, true);
  peer.stream(req.id, v1.ProcessOutput.encode({ stdout: Buffer.from('out') }).finish());
  peer.stream(req.id, v1.ProcessOutput.encode({ stderr: Buffer.from('err') }).finish());
  peer.reply(req.id, v1.ExecResponse.encode({ exitCode: 3 }).finish());
  assert.equal(await proc.exit, 3);
  assert.equal((await proc.stdout.toArray()).join(''), 'out');
  assert.equal((await proc.stderr.toArray()).join(''), 'err');
});

test('cancel() sends CANCEL and rejects exit with Canceled', async (t) => {
  const daemon = await FakeDaemon.start(t);
  const c = new CorralClient({ socket: daemon.path, env: {} });
  t.after(() => c.close());
  const proc = c.runtime.attach({ containerId: 'c1' });
  const peer = await daemon.nextPeer();
  const req = await peer.next();
  proc.cancel();
  await assert.rejects(proc.exit, { code: 'Canceled' });
  const f = await peer.next();
  assert.deepEqual([f.id, f.kind], [req.id, Kind.CANCEL]);
  assert.equal(proc.stdout.readableEnded || (await proc.stdout.toArray()).length === 0, true);
});

test('importImage sends chunks of at most 1 MiB, then STREAM_END, and returns the reply', async (t) => {
  const daemon = await FakeDaemon.start(t);
  const c = new CorralClient({ socket: daemon.path, env: {} });
  t.after(() => c.close());
  const archive = Buffer.alloc(2 * importChunkBytes + 10, 7);
  const progress: number[] = [];
  const done = c.images.importImage(
    { format: 'oci-archive' },
    Readable.from([archive.subarray(0, 10), archive.subarray(10)]),
    { onProgress: (p) => progress.push(p.bytesSent) },
  );
  const peer = await daemon.nextPeer();
  const req = await peer.next();
  assert.equal(req.method, 'corral.v1.Images/ImportImage');
  assert.equal(v1.ImportImageRequest.decode(req.payload).format, 'oci-archive');
  const sizes: number[] = [];
  for (;;) {
    const f = await peer.next();
    if (f.kind === Kind.STREAM_END) break;
    assert.equal(f.kind, Kind.STREAM);
    sizes.push(v1.ImportChunk.decode(f.payload).data.length);
  }
  assert.deepEqual(sizes, [10, importChunkBytes, importChunkBytes]);
  assert.deepEqual(progress, [10, 10 + importChunkBytes, 10 + 2 * importChunkBytes]);
  peer.reply(req.id, v1.ImportImageResponse.encode({ images: [{ id: 'sha256:i' }] }).finish());
  assert.equal((await done).images?.[0]?.id, 'sha256:i');
});

test('a failing source CANCELs the import and rejects with the source error', async (t) => {
  const daemon = await FakeDaemon.start(t);
  const c = new CorralClient({ socket: daemon.path, env: {} });
  t.after(() => c.close());
  const done = c.images.importImage(
    {},
    (async function* () {
      yield Buffer.from('x');
      await Promise.resolve();
      throw new Error('EIO reading archive');
    })(),
  );
  const failed = assert.rejects(done, /EIO reading archive/);
  const peer = await daemon.nextPeer();
  await peer.next();
  await failed;
  assert.equal((await peer.next()).kind, Kind.STREAM);
  assert.equal((await peer.next()).kind, Kind.CANCEL);
});
