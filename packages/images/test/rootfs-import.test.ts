import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { gzipSync } from 'node:zlib';
import { defer, ensureBusyboxRootfs, tempDir } from '@corral/test-utils';
import { ImageStore } from '../src/index.js';
import { asStream, dockerArchive, ociArchive, sha256, tarOfDir } from './helpers/archives.js';
import { craftTar } from './helpers/crafted-tar.js';
import { expectCode, ingestLeftovers, verifiedBlobs } from './helpers/pull-checks.js';

/*
 * `docker import`'s half of `corral import`: a filesystem tar becomes a one-layer image, told apart
 * from an image archive by its entries' names (or forced with format 'rootfs').
 */

async function openStore(t: TestContext): Promise<ImageStore> {
  return ImageStore.open(join(tempDir(t), 'store'), { snapshotter: 'copy' });
}

/** What must hold after any refused import: nothing stored, nothing staged. */
function assertUnchanged(store: ImageStore, blobsBefore: string[]): void {
  assert.deepEqual(verifiedBlobs(store), blobsBefore);
  assert.deepEqual(ingestLeftovers(store), []);
}

test('a rootfs tar is detected and becomes a one-layer image whose layer is the tar', async (t) => {
  const store = await openStore(t);
  const tar = await tarOfDir(ensureBusyboxRootfs()); // `./`, `./bin/`, …
  let progress = 0;
  const [rec] = await store.importArchive(asStream(tar), {
    format: 'archive-or-rootfs',
    name: 'example.com/fs/busybox:1',
    onProgress: (n) => (progress = n),
  });
  assert.ok(rec);
  assert.equal(progress, tar.length);
  assert.deepEqual(rec.repoTags, ['example.com/fs/busybox:1']);
  assert.deepEqual(rec.diffIds, [sha256(tar)]);
  assert.deepEqual(rec.layers, [sha256(tar)], 'stored as it came: uncompressed');
  assert.deepEqual(store.imageConfig(rec.id), {}, "docker import's config: nothing to run");
  const { snapshotDir } = await store.prepareRootfs(rec.id, 'c1');
  defer(t, () => store.removeRootfs('c1'));
  const busybox = join(snapshotDir, 'rootfs', 'bin', 'busybox');
  assert.ok(statSync(busybox).mode & 0o111, 'the binary is there, executable');
  assert.ok(readFileSync(busybox).equals(readFileSync(join(ensureBusyboxRootfs(), 'bin', 'busybox'))));
});

test('a gzipped rootfs tar imports to the same layer; an unnamed one is kept by id', async (t) => {
  const store = await openStore(t);
  const tar = await tarOfDir(ensureBusyboxRootfs());
  const [plain] = await store.importArchive(asStream(tar), { format: 'archive-or-rootfs', name: 'fs:plain' });
  const [gz] = await store.importArchive(asStream(gzipSync(tar)), { format: 'archive-or-rootfs' });
  assert.deepEqual(gz?.diffIds, plain?.diffIds);
  assert.deepEqual(gz?.repoTags, []);
  assert.ok(store.get(gz?.id ?? ''));
});

test('detection keeps archives archives; format rootfs takes even an archive as files; "" takes no rootfs', async (t) => {
  const store = await openStore(t);
  const archive = await ociArchive({
    layers: [{ tar: craftTar([{ name: 'hello', type: 'file', content: 'hi' }]) }],
  });
  const [asArchive] = await store.importArchive(asStream(archive.tar), {
    format: 'archive-or-rootfs',
    name: 'img:1',
  });
  assert.equal(asArchive?.id, archive.configDigest);
  const docker = await dockerArchive({
    layers: [{ tar: craftTar([{ name: 'x', type: 'file' }]) }],
    repoTags: ['d:1'],
  });
  const [asDocker] = await store.importArchive(asStream(docker.tar), { format: 'archive-or-rootfs' });
  assert.equal(asDocker?.id, docker.configDigest);
  // docker load's rule: an archive or nothing.
  const rootfs = await tarOfDir(ensureBusyboxRootfs());
  await expectCode(store.importArchive(asStream(rootfs)), 'InvalidArgument', /neither an OCI image layout/);
  const [asFiles] = await store.importArchive(asStream(archive.tar), { format: 'rootfs', name: 'files:1' });
  assert.deepEqual(asFiles?.diffIds, [sha256(archive.tar)]);
  assert.notEqual(asFiles?.id, archive.configDigest);
});

test('bad rootfs tars and truncated archives are refused and leave nothing behind', async (t) => {
  const store = await openStore(t);
  const before = verifiedBlobs(store);
  await expectCode(
    store.importArchive(asStream(craftTar([{ name: '../escape', type: 'file', content: 'x' }])), {
      format: 'rootfs',
    }),
    'InvalidArgument',
    /escapes the root/,
  );
  await expectCode(
    store.importArchive(
      asStream(
        craftTar([
          { name: 'etc/', type: 'dir' },
          { name: '/etc/passwd', type: 'file' },
        ]),
      ),
      {
        format: 'archive-or-rootfs',
      },
    ),
    'InvalidArgument',
    /absolute path/,
  );
  await expectCode(
    store.importArchive(asStream(Buffer.alloc(1024)), { format: 'archive-or-rootfs' }),
    'InvalidArgument',
    /neither an OCI image layout/,
  );
  await expectCode(
    store.importArchive(asStream(Buffer.alloc(1024)), { format: 'rootfs' }),
    'InvalidArgument',
    /no entries/,
  );
  await expectCode(
    store.importArchive(asStream(Buffer.from('hello, not a tar'))),
    'InvalidArgument',
    /end of archive/,
  );
  await expectCode(
    store.importArchive(asStream(gzipSync(Buffer.alloc(4096)).subarray(0, 20))),
    'InvalidArgument',
    /gunzip/,
  );
  // An image archive cut short mid-blob, as a dropped pipe leaves it.
  const archive = await ociArchive({
    layers: [{ tar: craftTar([{ name: 'f', type: 'file', content: 'x'.repeat(5000) }]) }],
  });
  const cut = archive.tar.indexOf(archive.layers[0]?.blob ?? Buffer.alloc(1)) + 100;
  assert.ok(cut > 100);
  await expectCode(
    store.importArchive(asStream(archive.tar.subarray(0, cut))),
    'InvalidArgument',
    /unexpected end of archive/,
  );
  assertUnchanged(store, before);
  assert.deepEqual(store.list(), []);
  assert.ok(!existsSync(join(store.root, 'snapshots', 'containers', 'c1')));
  assert.deepEqual(readdirSync(join(store.root, 'snapshots', 'layers')), []);
});
