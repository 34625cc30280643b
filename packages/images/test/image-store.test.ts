import assert from 'node:assert/strict';
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PassThrough } from 'node:stream';
import { test, type TestContext } from 'node:test';
import { CorralError, errorCode } from '@corral/api';
import { buildBusyboxImageTar, defer, tempDir } from '@corral/test-utils';
import { ImageStore, type ImageStoreOptions } from '../src/index.js';
import { craftTar } from './helpers/crafted-tar.js';
import { asStream, dockerArchive, flipByte, ociArchive, sha256 } from './helpers/archives.js';

async function openStore(t: TestContext, opts: ImageStoreOptions = {}): Promise<ImageStore> {
  return ImageStore.open(join(tempDir(t), 'images'), opts);
}

/** Every regular file under `dir`, relative. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

const fileLayer = (name: string, content: string): Buffer =>
  craftTar([
    { name: 'etc/', type: 'dir' },
    { name: `etc/${name}`, type: 'file', content },
  ]);

async function expectCode(p: Promise<unknown>, code: string, message?: RegExp): Promise<CorralError> {
  const err = await p.then(
    () => assert.fail(`expected ${code}`),
    (e: unknown) => e,
  );
  assert.ok(err instanceof CorralError, `not a CorralError: ${String(err)}`);
  assert.equal(errorCode(err), code, err.message);
  if (message) assert.match(err.message, message);
  return err;
}

test('imports the busybox OCI layout tar under its normalized name', async (t) => {
  const dir = tempDir(t);
  const store = await ImageStore.open(join(dir, 'images'));
  const image = await buildBusyboxImageTar(join(dir, 'busybox.tar'));
  let progress = 0;
  const [rec, ...rest] = await store.importArchive(createReadStream(image.path), {
    onProgress: (n) => (progress = n),
  });
  assert.equal(rest.length, 0);
  assert.ok(rec);
  assert.equal(progress, statSync(image.path).size);
  assert.equal(rec.id, image.configDigest);
  assert.deepEqual(rec.repoTags, ['docker.io/library/busybox:latest']);
  assert.deepEqual(rec.repoDigests, [`docker.io/library/busybox@${image.manifestDigest}`]);
  assert.equal(rec.manifestDigest, image.manifestDigest);
  assert.deepEqual(rec.layers, [image.layerDigest]);
  assert.deepEqual(rec.diffIds, [image.diffId]);
  assert.equal(rec.platform.os, 'linux');
  assert.ok(rec.size > 0);
  assert.equal(typeof rec.createdAt, 'bigint');

  const hex = rec.id.slice(7);
  for (const ref of [
    'busybox',
    'busybox:latest',
    'library/busybox',
    'docker.io/library/busybox:latest',
    rec.id,
    hex.slice(0, 12),
    `sha256:${hex.slice(0, 8)}`,
    `busybox@${image.manifestDigest}`,
  ]) {
    assert.equal(store.get(ref)?.id, rec.id, ref);
  }
  assert.equal(store.get('busybox:other'), undefined);
  assert.equal(store.get('nosuchimage'), undefined);
  assert.deepEqual(
    store.list({ ref: 'busybox' }).map((r) => r.id),
    [rec.id],
  );
  assert.deepEqual(store.list({ ref: 'other' }), []);
  assert.deepEqual(store.imageConfig('busybox').Cmd, ['sh']);
  assert.throws(
    () => store.imageConfig('nosuchimage'),
    (e: unknown) => errorCode(e) === 'NotFound',
  );

  // Importing again changes nothing but the update time.
  const [again] = await store.importArchive(createReadStream(image.path));
  assert.equal(again?.id, rec.id);
  assert.equal(again.createdAt, rec.createdAt);
  assert.equal(store.list().length, 1);
});

test('imports a docker-archive with gzip and plain layers and several tags', async (t) => {
  const store = await openStore(t);
  const built = await dockerArchive({
    layers: [{ tar: fileLayer('a', 'one'), gzip: true }, { tar: fileLayer('b', 'two') }],
    repoTags: ['myapp:1.0', 'localhost:5000/team/app'],
    config: {
      Entrypoint: ['/bin/app'],
      WorkingDir: '/srv',
      User: '1000',
      Labels: { x: 'y' },
      StopSignal: 'SIGINT',
    },
  });
  const [rec] = await store.importArchive(asStream(built.tar));
  assert.ok(rec);
  assert.equal(rec.id, built.configDigest);
  assert.deepEqual(rec.repoTags, ['docker.io/library/myapp:1.0', 'localhost:5000/team/app:latest']);
  assert.deepEqual(
    rec.diffIds,
    built.layers.map((l) => l.diffId),
  );
  assert.deepEqual(
    rec.layers,
    built.layers.map((l) => l.digest),
  );
  assert.equal(rec.repoDigests.length, 2);
  assert.ok(rec.repoDigests.includes(`docker.io/library/myapp@${rec.manifestDigest}`));
  const manifest = JSON.parse(
    readFileSync(join(store.root, 'blobs', 'sha256', rec.manifestDigest.slice(7)), 'utf8'),
  ) as { mediaType: string; layers: { mediaType: string }[] };
  assert.equal(manifest.mediaType, 'application/vnd.docker.distribution.manifest.v2+json');
  assert.deepEqual(
    manifest.layers.map((l) => l.mediaType),
    ['application/vnd.docker.image.rootfs.diff.tar.gzip', 'application/vnd.docker.image.rootfs.diff.tar'],
  );
  const config = store.imageConfig('myapp:1.0');
  assert.deepEqual(config.Entrypoint, ['/bin/app']);
  assert.equal(config.WorkingDir, '/srv');
  assert.equal(config.User, '1000');
  assert.deepEqual(config.Labels, { x: 'y' });
  assert.equal(config.StopSignal, 'SIGINT');
  assert.equal(store.get('localhost:5000/team/app')?.id, rec.id);

  await expectCode(store.importArchive(asStream(built.tar), { format: 'oci-archive' }), 'InvalidArgument');
});

test('names come from annotations, the name argument, or nowhere', async (t) => {
  const store = await openStore(t);
  const plain = await ociArchive({ layers: [{ tar: fileLayer('a', '1') }] });
  const [named] = await store.importArchive(asStream(plain.tar), { name: 'unnamed:v1' });
  assert.deepEqual(named?.repoTags, ['docker.io/library/unnamed:v1']);

  const tagOnly = await ociArchive({
    layers: [{ tar: fileLayer('a', '2') }],
    annotations: { 'org.opencontainers.image.ref.name': 'v2' },
  });
  const [combined] = await store.importArchive(asStream(tagOnly.tar), { name: 'example.com/x' });
  assert.deepEqual(combined?.repoTags, ['example.com/x:v2']);

  const untagged = await ociArchive({ layers: [{ tar: fileLayer('a', '3') }] });
  const [none] = await store.importArchive(asStream(untagged.tar));
  assert.ok(none);
  assert.deepEqual(none.repoTags, []);
  assert.equal(store.get(none.id)?.id, none.id);
  assert.equal(await store.remove(none.id), true);
  assert.equal(store.get(none.id), undefined);

  await expectCode(store.importArchive(asStream(plain.tar), { name: 'Bad Name' }), 'InvalidArgument');
});

test('a corrupted blob fails the import with a digest mismatch and leaves nothing behind', async (t) => {
  const store = await openStore(t);
  const keep = await ociArchive({
    layers: [{ tar: fileLayer('keep', 'kept') }],
    annotations: { 'io.containerd.image.name': 'keep:1' },
  });
  await store.importArchive(asStream(keep.tar));
  const before = filesUnder(store.root);

  const layerFlip = await ociArchive({
    layers: [{ tar: fileLayer('x', 'content'), gzip: true }],
    annotations: { 'io.containerd.image.name': 'bad:1' },
    mutate: (blobs) => {
      for (const [d, b] of blobs) if (b[0] === 0x1f) blobs.set(d, flipByte(b, b.length - 12));
    },
  });
  const err = await expectCode(
    store.importArchive(asStream(layerFlip.tar)),
    'DataLoss',
    /blob sha256:[a-f0-9]{64} .*digest mismatch: got sha256:[a-f0-9]{64}/,
  );
  assert.match(err.message, new RegExp(layerFlip.layers[0]?.digest ?? 'none'));

  const dockerFlip = await dockerArchive({
    layers: [{ tar: fileLayer('y', 'content') }],
    repoTags: ['bad:2'],
    mutateLayer: (_, b) => flipByte(b, 1026), // inside the file content, not a header
  });
  await expectCode(store.importArchive(asStream(dockerFlip.tar)), 'DataLoss', /digest mismatch: got sha256:/);

  const configFlip = await ociArchive({
    layers: [{ tar: fileLayer('z', 'content') }],
    annotations: { 'io.containerd.image.name': 'bad:3' },
    mutate: (blobs) => {
      const [d, b] = [...blobs].find(([, x]) => x.toString().includes('diff_ids')) ?? ['', Buffer.alloc(0)];
      blobs.set(d, Buffer.from(b.toString().replace('"linux"', '"Linux"')));
    },
  });
  await expectCode(store.importArchive(asStream(configFlip.tar)), 'DataLoss', /digest mismatch/);

  assert.deepEqual(
    store.list().flatMap((r) => r.repoTags),
    ['docker.io/library/keep:1'],
  );
  // No blob, no temp file, no ingest leftover from any failed import.
  assert.deepEqual(filesUnder(store.root), before);
});

test('refuses archives that are not image archives', async (t) => {
  const store = await openStore(t);
  await expectCode(store.importArchive(asStream(Buffer.alloc(2048, 7))), 'InvalidArgument');
  await expectCode(
    store.importArchive(asStream(craftTar([{ name: 'hello.txt', type: 'file', content: 'hi' }]))),
    'InvalidArgument',
    /neither an OCI image layout/,
  );
  const good = await ociArchive({
    layers: [{ tar: fileLayer('a', '1') }],
    annotations: { 'io.containerd.image.name': 'a:1' },
  });
  await expectCode(store.importArchive(asStream(good.tar.subarray(0, 1536))), 'InvalidArgument');
  assert.deepEqual(store.list(), []);
  assert.deepEqual(filesUnder(store.root), []);
});

test('remove untags, refuses an image in use, then collects its content', async (t) => {
  const store = await openStore(t);
  const shared = { tar: fileLayer('shared', 'both images have me') };
  const a = await dockerArchive({ layers: [shared, { tar: fileLayer('a', 'a') }], repoTags: ['a:1', 'b:1'] });
  const other = await dockerArchive({ layers: [shared], repoTags: ['other:1'] });
  const [rec] = await store.importArchive(asStream(a.tar));
  const [otherRec] = await store.importArchive(asStream(other.tar));
  assert.ok(rec && otherRec);
  const inUse = (id: string): boolean => id === rec.id;

  // One of two names: only the name goes, in use or not.
  assert.equal(await store.remove('a:1', { isInUse: inUse }), true);
  assert.deepEqual(store.get(rec.id)?.repoTags, ['docker.io/library/b:1']);

  await expectCode(store.remove('b:1', { isInUse: inUse }), 'FailedPrecondition', /in use/);
  assert.ok(store.get('b:1'));

  assert.equal(await store.remove('b:1', { isInUse: () => false }), true);
  assert.equal(store.get(rec.id), undefined);
  assert.equal(await store.remove('b:1'), false);
  assert.equal(await store.remove(rec.id), false);

  // GC: the removed image's own blobs are gone, the shared layer stays for the other image.
  const blobs = readdirSync(join(store.root, 'blobs', 'sha256')).map((h) => `sha256:${h}`);
  assert.ok(!blobs.includes(rec.id));
  assert.ok(!blobs.includes(a.layers[1]?.digest ?? ''));
  assert.ok(blobs.includes(a.layers[0]?.digest ?? ''));
  assert.ok(blobs.includes(otherRec.id));

  assert.equal(await store.remove('other:1', { isInUse: () => true, force: true }), true);
  assert.deepEqual(readdirSync(join(store.root, 'blobs', 'sha256')), []);
});

test('a name moved to another image leaves the old one untagged', async (t) => {
  const store = await openStore(t);
  const v1 = await ociArchive({
    layers: [{ tar: fileLayer('v', '1') }],
    annotations: { 'io.containerd.image.name': 'app:1' },
  });
  const v2 = await ociArchive({
    layers: [{ tar: fileLayer('v', '2') }],
    annotations: { 'io.containerd.image.name': 'app:1' },
  });
  const [old] = await store.importArchive(asStream(v1.tar));
  const [cur] = await store.importArchive(asStream(v2.tar));
  assert.ok(old && cur);
  assert.equal(store.get('app:1')?.id, cur.id);
  assert.deepEqual(store.get(old.id)?.repoTags, []);
  assert.equal(store.list().length, 2);
});

test('state survives reopening; fsInfo counts the store', async (t) => {
  const dir = tempDir(t);
  const root = join(dir, 'images');
  const store = await ImageStore.open(root);
  const built = await ociArchive({
    layers: [{ tar: fileLayer('a', 'x'.repeat(10_000)) }],
    annotations: { 'io.containerd.image.name': 'p:1' },
  });
  const [rec] = await store.importArchive(asStream(built.tar));
  const info = store.fsInfo();
  assert.equal(info.mountpoint, root);
  assert.ok(info.usedBytes > 0n);
  assert.ok(info.inodesUsed > 0n);

  const reopened = await ImageStore.open(root);
  assert.deepEqual(reopened.list(), store.list());
  assert.equal(reopened.get('p:1')?.id, rec?.id);
  assert.equal(
    sha256(readFileSync(join(root, 'blobs', 'sha256', built.configDigest.slice(7)))),
    built.configDigest,
  );
});

test('a multi-platform index imports this platform and is named by the index digest', async (t) => {
  const store = await openStore(t, { snapshotter: 'copy' });
  const built = await ociArchive({
    layers: [{ tar: fileLayer('mp', 'amd64') }],
    annotations: { 'io.containerd.image.name': 'multi:1' },
    multiPlatform: true,
  });
  const [rec] = await store.importArchive(asStream(built.tar));
  assert.ok(rec);
  assert.equal(rec.manifestDigest, built.manifestDigest, 'the index digest, as a registry names it');
  assert.deepEqual(rec.platform, { os: 'linux', architecture: 'amd64' });
  assert.deepEqual(rec.repoDigests, [`docker.io/library/multi@${built.manifestDigest}`]);
  const prepared = await store.prepareRootfs('multi:1', 'ns-mp');
  defer(t, () => store.removeRootfs('ns-mp'));
  assert.equal(readFileSync(join(prepared.snapshotDir, 'rootfs', 'etc', 'mp'), 'utf8'), 'amd64');
  // Reopening (GC at open) keeps the index and its amd64 closure.
  const reopened = await ImageStore.open(store.root);
  assert.equal(reopened.get('multi:1')?.id, rec.id);
});

test("names an OCI layout without annotations from docker's manifest.json beside it", async (t) => {
  const store = await openStore(t);
  const built = await ociArchive({
    layers: [{ tar: fileLayer('d', '25') }],
    dockerRepoTags: ['docker25:new'],
  });
  const [rec] = await store.importArchive(asStream(built.tar));
  assert.deepEqual(rec?.repoTags, ['docker.io/library/docker25:new']);
});

test('concurrent imports of one archive make one image; a failing source leaves nothing', async (t) => {
  const store = await openStore(t);
  const built = await ociArchive({
    layers: [{ tar: fileLayer('c', 'c'), gzip: true }],
    annotations: { 'io.containerd.image.name': 'c:1' },
  });
  const results = await Promise.all([1, 2, 3].map(() => store.importArchive(asStream(built.tar))));
  assert.deepEqual(new Set(results.map((r) => r[0]?.id)), new Set([built.configDigest]));
  assert.equal(store.list().length, 1);
  const before = filesUnder(store.root);

  // A client that disconnects mid-upload: the stream errors after some bytes.
  const broken = new PassThrough();
  broken.write(built.tar.subarray(0, 2048));
  setImmediate(() => broken.destroy(new Error('client went away')));
  await assert.rejects(store.importArchive(broken), /import image archive: client went away/);
  assert.deepEqual(filesUnder(store.root), before);
});
