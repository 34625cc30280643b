// ExportImage, ImportImage of rootfs tars and broken archives, and RemoveImage's GC, through
// corrald's socket with @corral/client, with real containers running from the images.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test, type TestContext } from 'node:test';
import { connect, type CorralClient } from '@corral/client';
import type { ImageStore } from '@corral/images';
import {
  buildLayeredImage,
  defer,
  ensureBusyboxRootfs,
  skipUnless,
  tempDir,
  waitFor,
  type BuiltImage,
} from '@corral/test-utils';
import { startTestDaemon, type TestDaemon } from './helpers/test-daemon.js';

const requirements = { root: true, bins: ['runc', 'tar'] };

async function client(t: TestContext, h: TestDaemon): Promise<CorralClient> {
  const c = await connect({ socket: h.socket });
  defer(t, () => c.close());
  return c;
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  return Buffer.concat(parts);
}

/** Runs `command` in a container of `image` to its exit; returns its stdout. */
async function runIn(c: CorralClient, image: string, command: string[]): Promise<string> {
  const created = await c.runtime.createContainer({ config: { image: { image }, command } });
  const containerId = created.containerId ?? '';
  try {
    await c.runtime.startContainer({ containerId });
    const { exitCode } = await c.runtime.waitContainer({ containerId });
    let out = '';
    for await (const e of c.runtime.containerLogs({ containerId }))
      if (e.stream === 'stdout') out += `${Buffer.from(e.line ?? []).toString()}${e.partial ? '' : '\n'}`;
    assert.equal(exitCode, 0, out);
    return out;
  } finally {
    await c.runtime.removeContainer({ containerId, force: true });
  }
}

const blobsDir = (h: TestDaemon): string => join(h.root, 'images', 'blobs', 'sha256');
const layersDir = (h: TestDaemon): string => join(h.root, 'images', 'snapshots', 'layers');
const hasBlob = (h: TestDaemon, digest: string): boolean => existsSync(join(blobsDir(h), digest.slice(7)));
const hasLayer = (h: TestDaemon, diffId: string): boolean => existsSync(join(layersDir(h), diffId.slice(7)));

async function importImage(c: CorralClient, image: BuiltImage, name: string): Promise<void> {
  const r = await c.images.importImage({ name }, createReadStream(image.tar));
  assert.equal(r.images?.[0]?.id, image.configDigest);
}

test('ExportImage → RemoveImage → ImportImage gives back the same image in both formats; it runs', async (t) => {
  if (skipUnless(t, requirements)) return;
  const h = await startTestDaemon(t);
  const c = await client(t, h);
  const image = await buildLayeredImage(tempDir(t), 'layered');
  const ref = 'example.com/corral/layered:1';
  await importImage(c, image, ref);
  for (const format of ['oci-archive', 'docker-archive']) {
    const archive = await collect(c.images.exportImage({ images: [{ image: ref }], format }));
    await c.images.removeImage({ image: { image: ref } });
    assert.ok(!hasBlob(h, image.configDigest), `${format}: the image was really gone`);
    const r = await c.images.importImage({}, Readable.from([archive]));
    assert.equal(r.images?.[0]?.id, image.configDigest, format);
    assert.deepEqual(r.images?.[0]?.repoTags, [ref], format);
  }
  // The top layer's whiteout hid one file of layer 2; the other shows.
  assert.equal(
    await runIn(c, ref, [
      'sh',
      '-c',
      'cat /etc/kept-from-layer-2; test -e /etc/added-by-layer-2 || echo hidden',
    ]),
    'kept from layer 2 of layered\nhidden\n',
  );
});

test('ExportImage refuses before any byte: unknown image, bad format, no image; a canceled export frees its content', async (t) => {
  if (skipUnless(t, requirements)) return;
  const h = await startTestDaemon(t);
  const c = await client(t, h);
  let chunks = 0;
  const count = async (req: Parameters<CorralClient['images']['exportImage']>[0]): Promise<void> => {
    for await (const _ of c.images.exportImage(req)) chunks++;
  };
  await assert.rejects(count({ images: [{ image: 'busybox' }, { image: 'example.com/nope:1' }] }), {
    code: 'NotFound',
    message: /no such image "example\.com\/nope:1"/,
  });
  await assert.rejects(count({ images: [{ image: 'busybox' }], format: 'zip' }), {
    code: 'InvalidArgument',
    message: /unknown format "zip"/,
  });
  await assert.rejects(count({ images: [] }), { code: 'InvalidArgument', message: /at least one image/ });
  assert.equal(chunks, 0);

  // A client that stops reading midway: corrald ends the export and gives its content back to GC.
  const image = await buildLayeredImage(tempDir(t), 'big', { extraBytes: 8 * 1024 * 1024 });
  await importImage(c, image, 'example.com/corral/big:1');
  for await (const _ of c.images.exportImage({ images: [{ image: 'example.com/corral/big:1' }] })) break;
  await c.images.removeImage({ image: { image: 'example.com/corral/big:1' } });
  const store = h.daemon.context.images as ImageStore;
  await waitFor(
    async () => {
      await store.removeRootfs('gc-probe'); // runs GC
      return !hasBlob(h, image.layers[1]?.digest ?? '');
    },
    { what: 'the canceled export to release its content' },
  );
});

test('ImportImage of a rootfs tar (format rootfs, or detected) makes a one-layer image that runs', async (t) => {
  if (skipUnless(t, requirements)) return;
  const h = await startTestDaemon(t);
  const c = await client(t, h);
  const dir = tempDir(t);
  const extra = join(dir, 'extra');
  mkdirSync(join(extra, 'etc'), { recursive: true });
  writeFileSync(join(extra, 'etc', 'motd'), 'hello from a rootfs tar\n');
  const tar = join(dir, 'rootfs.tar');
  execFileSync('tar', ['-C', ensureBusyboxRootfs(), '-cf', tar, '.', '-C', extra, '.']);
  const forced = await c.images.importImage(
    { format: 'rootfs', name: 'example.com/fs/one:1' },
    createReadStream(tar),
  );
  const detected = await c.images.importImage(
    { format: 'archive-or-rootfs', name: 'example.com/fs/two:1' },
    createReadStream(tar),
  );
  const store = h.daemon.context.images as ImageStore;
  const layers = (id: string | null | undefined): string[] | undefined => store.get(id ?? '')?.diffIds;
  assert.deepEqual(layers(forced.images?.[0]?.id), layers(detected.images?.[0]?.id));
  assert.equal(layers(forced.images?.[0]?.id)?.length, 1);
  assert.equal(await runIn(c, 'example.com/fs/two:1', ['cat', '/etc/motd']), 'hello from a rootfs tar\n');
  // docker load's rule for the default format: an image archive or nothing.
  await assert.rejects(c.images.importImage({}, createReadStream(tar)), {
    code: 'InvalidArgument',
    message: /neither an OCI image layout/,
  });
});

test('a truncated or corrupt archive is refused with a clear error and nothing is stored', async (t) => {
  if (skipUnless(t, requirements)) return;
  const h = await startTestDaemon(t);
  const c = await client(t, h);
  const image = await buildLayeredImage(tempDir(t), 'cut');
  const whole = readFileSync(image.tar);
  const before = {
    blobs: readdirSync(blobsDir(h)).sort(),
    images: (await c.images.listImages({})).images?.length,
  };
  const layer = image.layers[1]?.bytes ?? Buffer.alloc(0);
  const cut = whole.indexOf(layer) + Math.floor(layer.length / 2);
  await assert.rejects(c.images.importImage({ name: 'cut:1' }, Readable.from([whole.subarray(0, cut)])), {
    code: 'InvalidArgument',
    message: /unexpected end of archive/,
  });
  const flipped = Buffer.from(whole);
  flipped[cut] = (flipped[cut] ?? 0) ^ 0xff;
  await assert.rejects(c.images.importImage({ name: 'cut:1' }, Readable.from([flipped])), {
    code: 'DataLoss',
    message: /digest mismatch/,
  });
  assert.deepEqual(readdirSync(blobsDir(h)).sort(), before.blobs);
  assert.equal((await c.images.listImages({})).images?.length, before.images);
  assert.deepEqual(readdirSync(join(h.root, 'images', 'ingest')), [], 'no staging left');
});

test('RemoveImage: refused in use, then GC takes what only that image had and keeps shared layers', async (t) => {
  if (skipUnless(t, requirements)) return;
  const h = await startTestDaemon(t);
  const c = await client(t, h);
  const dir = tempDir(t);
  const a = await buildLayeredImage(dir, 'a');
  const b = await buildLayeredImage(dir, 'b');
  await importImage(c, a, 'example.com/gc/a:1');
  await importImage(c, b, 'example.com/gc/b:1');
  const start = async (image: string): Promise<string> => {
    const r = await c.runtime.createContainer({ config: { image: { image }, command: ['sleep', '1000'] } });
    const containerId = r.containerId ?? '';
    await c.runtime.startContainer({ containerId });
    return containerId;
  };
  const onA = await start('example.com/gc/a:1');
  const onB = await start('example.com/gc/b:1');
  const shared = {
    blobs: a.layers.filter((l) => b.layers.some((m) => m.digest === l.digest)).map((l) => l.digest),
  };
  const aOnly = [a.configDigest, ...a.layers.map((l) => l.digest).filter((d) => !shared.blobs.includes(d))];
  const aOnlyLayers = a.diffIds.filter((d) => !b.diffIds.includes(d));
  assert.ok(shared.blobs.length >= 1 && aOnlyLayers.length >= 1);

  await assert.rejects(c.images.removeImage({ image: { image: 'example.com/gc/a:1' } }), {
    code: 'FailedPrecondition',
    message: /in use/,
  });
  await c.runtime.removeContainer({ containerId: onA, force: true });
  await c.images.removeImage({ image: { image: 'example.com/gc/a:1' } });
  for (const d of aOnly) assert.ok(!hasBlob(h, d), `a's ${d} collected`);
  for (const d of aOnlyLayers) assert.ok(!hasLayer(h, d), `a's unpacked layer ${d} collected`);
  for (const d of shared.blobs) assert.ok(hasBlob(h, d), `shared ${d} kept`);
  for (const d of b.diffIds) assert.ok(hasLayer(h, d), `b's unpacked layer ${d} kept`);
  const exec = await c.runtime.execSync({ containerId: onB, cmd: ['cat', '/etc/kept-from-layer-2'] });
  assert.equal(Buffer.from(exec.stdout ?? []).toString(), 'kept from layer 2 of b\n');
  assert.equal(await runIn(c, 'example.com/gc/b:1', ['echo', 'b still runs']), 'b still runs\n');

  // Forced while a container runs on it: the blobs go, the layers it runs on stay until it goes.
  await c.images.removeImage({ image: { image: 'example.com/gc/b:1' }, force: true });
  assert.ok(!hasBlob(h, b.configDigest));
  for (const d of b.diffIds) assert.ok(hasLayer(h, d), `b's layer ${d} kept for the running container`);
  const still = await c.runtime.execSync({ containerId: onB, cmd: ['true'] });
  assert.equal(still.exitCode ?? 0, 0);
  await c.runtime.removeContainer({ containerId: onB, force: true });
  for (const d of b.diffIds) assert.ok(!hasLayer(h, d), `b's layer ${d} collected with its last container`);
});
