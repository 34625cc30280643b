import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
import { defer, removeTempDir, skipUnless, tempDir } from '@corral/test-utils';
import { execa } from 'execa';
import { ImageStore, type ImageExport } from '../src/index.js';
import { asStream } from './helpers/archives.js';
import { expectCode, verifiedBlobs } from './helpers/pull-checks.js';
import {
  buildLayeredImage,
  buildMultiArchImage,
  type BuiltImage,
  type BuiltIndex,
} from './helpers/registry-images.js';

/*
 * corral's exports read back by corral and by skopeo (containers/image, Debian's package), and
 * skopeo's archives read by corral: the interoperability the OCI and docker formats promise.
 */

let layered: BuiltImage;
let multi: BuiltIndex;
const fixtures = mkdtempSync(join(tmpdir(), 'cr-export-'));
after(() => removeTempDir(fixtures));
before(async () => {
  layered = await buildLayeredImage(fixtures);
  multi = await buildMultiArchImage(fixtures, layered);
});

const name = 'example.com/test/layered:1';

async function storeWith(t: TestContext, image: { tar: string } = layered, ref = name): Promise<ImageStore> {
  const store = await ImageStore.open(join(tempDir(t), 'store'));
  await store.importArchive(asStream(readFileSync(image.tar)), { name: ref });
  return store;
}

async function bytesOf(archive: ImageExport): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of archive) parts.push(chunk);
  return Buffer.concat(parts);
}

/** Extracts a tar with GNU tar (not the store's reader) and returns the directory. */
async function untar(t: TestContext, archive: Buffer): Promise<string> {
  const dir = tempDir(t);
  const file = join(dir, 'archive.tar');
  writeFileSync(file, archive);
  mkdirSync(join(dir, 'x'));
  await execa('tar', ['-C', join(dir, 'x'), '-xf', file]);
  return join(dir, 'x');
}

const sha256File = (path: string): string =>
  `sha256:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;

test('an OCI archive holds the blobs as stored, names in index.json, and imports back to the same image', async (t) => {
  const store = await storeWith(t);
  const archive = await bytesOf(await store.exportArchive([name], { format: 'oci-archive' }));
  assert.ok(
    archive.equals(await bytesOf(await store.exportArchive([name], { format: 'oci-archive' }))),
    'deterministic',
  );
  const x = await untar(t, archive);
  assert.deepEqual(JSON.parse(readFileSync(join(x, 'oci-layout'), 'utf8')), { imageLayoutVersion: '1.0.0' });
  const index = JSON.parse(readFileSync(join(x, 'index.json'), 'utf8')) as {
    manifests: Record<string, unknown>[];
  };
  assert.deepEqual(index.manifests, [
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: layered.manifestDigest,
      size: readFileSync(join(x, 'blobs', 'sha256', layered.manifestDigest.slice(7))).length,
      annotations: { 'io.containerd.image.name': name, 'org.opencontainers.image.ref.name': '1' },
    },
  ]);
  const blobs = readdirSync(join(x, 'blobs', 'sha256'))
    .map((h) => `sha256:${h}`)
    .sort();
  const want = [layered.manifestDigest, layered.configDigest, ...layered.layers.map((l) => l.digest)].sort();
  assert.deepEqual(blobs, want);
  for (const d of blobs) assert.equal(sha256File(join(x, 'blobs', 'sha256', d.slice(7))), d);

  const back = await ImageStore.open(join(tempDir(t), 'back'));
  const [rec] = await back.importArchive(asStream(archive));
  assert.equal(rec?.id, layered.configDigest);
  assert.equal(rec?.manifestDigest, layered.manifestDigest);
  assert.deepEqual(rec?.repoTags, [name]);
});

test('a docker-archive is docker save’s layout with uncompressed layer tars that hash to the diff_ids', async (t) => {
  const store = await storeWith(t);
  await store.importArchive(asStream(readFileSync(layered.tar)), { name: 'busybox:extra' });
  const archive = await bytesOf(
    await store.exportArchive([name, 'busybox:extra', name], { format: 'docker-archive' }),
  );
  const x = await untar(t, archive);
  const manifest = JSON.parse(readFileSync(join(x, 'manifest.json'), 'utf8')) as {
    Config: string;
    RepoTags: string[];
    Layers: string[];
  }[];
  assert.equal(manifest.length, 1, 'one entry per image, whatever names it was asked by');
  const [entry] = manifest;
  assert.ok(entry);
  assert.equal(entry.Config, `${layered.configDigest.slice(7)}.json`);
  assert.deepEqual(entry.RepoTags, ['example.com/test/layered:1', 'busybox:extra']);
  assert.equal(sha256File(join(x, entry.Config)), layered.configDigest);
  assert.deepEqual(
    entry.Layers.map((l) => sha256File(join(x, l))),
    layered.diffIds,
  );
  const top = entry.Layers.at(-1)?.split('/')[0];
  assert.deepEqual(JSON.parse(readFileSync(join(x, 'repositories'), 'utf8')), {
    'example.com/test/layered': { '1': top },
    busybox: { extra: top },
  });
  const legacy = JSON.parse(
    readFileSync(join(x, entry.Layers[1]?.split('/')[0] ?? '', 'json'), 'utf8'),
  ) as object;
  assert.deepEqual(legacy, { id: entry.Layers[1]?.split('/')[0], parent: entry.Layers[0]?.split('/')[0] });

  const back = await ImageStore.open(join(tempDir(t), 'back'));
  const [rec] = await back.importArchive(asStream(archive));
  assert.equal(rec?.id, layered.configDigest);
  assert.deepEqual(rec?.repoTags, ['docker.io/library/busybox:extra', name]);
  assert.deepEqual(rec?.diffIds, layered.diffIds);
});

test('a docker-archive of unpacked layers is the same bytes (their recorded size spares a count)', async (t) => {
  if (skipUnless(t, { root: true })) return;
  const store = await storeWith(t);
  const cold = await bytesOf(await store.exportArchive([name]));
  await store.prepareRootfs(name, 'c1');
  defer(t, () => store.removeRootfs('c1'));
  assert.equal(readdirSync(join(store.root, 'snapshots', 'layers')).length, 3);
  const warm = await bytesOf(await store.exportArchive([name]));
  assert.ok(cold.equals(warm));
});

test('skopeo reads both archives; corral reads what skopeo writes, to the same image id', async (t) => {
  if (skipUnless(t, { bins: ['skopeo', 'tar'] })) return;
  const dir = tempDir(t);
  const store = await storeWith(t);
  const oci = join(dir, 'oci.tar');
  const docker = join(dir, 'docker.tar');
  writeFileSync(oci, await bytesOf(await store.exportArchive([name], { format: 'oci-archive' })));
  writeFileSync(docker, await bytesOf(await store.exportArchive([name], { format: 'docker-archive' })));

  // The OCI layout by its ref name (the tag), into skopeo's own layout, digests kept.
  await execa('skopeo', ['copy', '--quiet', '--preserve-digests', `oci-archive:${oci}:1`, `oci:${dir}/l1:x`]);
  const inspected = JSON.parse((await execa('skopeo', ['inspect', `oci:${dir}/l1:x`])).stdout) as {
    Digest: string;
    Layers: string[];
  };
  assert.equal(inspected.Digest, layered.manifestDigest);
  assert.deepEqual(
    inspected.Layers,
    layered.layers.map((l) => l.digest),
  );

  // The docker-archive by its RepoTag: skopeo finds the image under the name corral wrote.
  const config = JSON.parse(
    (await execa('skopeo', ['inspect', '--config', `docker-archive:${docker}`])).stdout,
  ) as {
    rootfs: { diff_ids: string[] };
  };
  assert.deepEqual(config.rootfs.diff_ids, layered.diffIds);
  await execa('skopeo', ['copy', '--quiet', `docker-archive:${docker}:${name}`, `oci:${dir}/l2:y`]);
  await assert.rejects(
    execa('skopeo', [
      'copy',
      '--quiet',
      `docker-archive:${docker}:example.com/test/layered:2`,
      `oci:${dir}/l3:z`,
    ]),
    /not found/,
  );

  // Back: skopeo's docker-archive and OCI archive into a fresh store.
  const skDocker = join(dir, 'sk-docker.tar');
  const skOci = join(dir, 'sk-oci.tar');
  await execa('skopeo', [
    'copy',
    '--quiet',
    `oci:${dir}/l1:x`,
    `docker-archive:${skDocker}:example.com/sk/docker:2`,
  ]);
  await execa('skopeo', ['copy', '--quiet', `oci:${dir}/l2:y`, `oci-archive:${skOci}:v3`]);
  const back = await ImageStore.open(join(dir, 'back'));
  const [fromDocker] = await back.importArchive(asStream(readFileSync(skDocker)));
  assert.equal(fromDocker?.id, layered.configDigest);
  assert.deepEqual(fromDocker?.repoTags, ['example.com/sk/docker:2']);
  const [fromOci] = await back.importArchive(asStream(readFileSync(skOci)), { name: 'example.com/sk/oci' });
  assert.equal(fromOci?.id, layered.configDigest);
  assert.ok(fromOci?.repoTags.includes('example.com/sk/oci:v3'));
});

test('a multi-platform image exports its index with the manifests the store has', async (t) => {
  if (skipUnless(t, { bins: ['skopeo'] })) return;
  const store = await storeWith(t, multi, 'example.com/test/multi:1');
  const dir = tempDir(t);
  const oci = join(dir, 'multi.tar');
  writeFileSync(
    oci,
    await bytesOf(await store.exportArchive(['example.com/test/multi:1'], { format: 'oci-archive' })),
  );
  const x = await untar(t, readFileSync(oci));
  const index = JSON.parse(readFileSync(join(x, 'index.json'), 'utf8')) as {
    manifests: { digest: string }[];
  };
  assert.deepEqual(
    index.manifests.map((m) => m.digest),
    [multi.topDigest],
  );
  const blobs = readdirSync(join(x, 'blobs', 'sha256'));
  assert.ok(blobs.includes(multi.topDigest.slice(7)) && blobs.includes(multi.manifestDigest.slice(7)));
  assert.ok(!blobs.includes(multi.other.manifestDigest.slice(7)), 'the other platform was never fetched');

  await execa('skopeo', ['copy', '--quiet', `oci-archive:${oci}`, `oci:${dir}/picked:x`]);
  const raw = JSON.parse((await execa('skopeo', ['inspect', '--raw', `oci:${dir}/picked:x`])).stdout) as {
    config: { digest: string };
  };
  assert.equal(raw.config.digest, multi.configDigest, 'skopeo picked this platform from the index');
  const back = await ImageStore.open(join(dir, 'back'));
  const [rec] = await back.importArchive(asStream(readFileSync(oci)));
  assert.equal(rec?.manifestDigest, multi.topDigest, 'the name still points at the index');
  assert.equal(rec?.id, multi.configDigest);
});

test('an image saved by id has no name in either format, and loads back untagged', async (t) => {
  const store = await storeWith(t);
  for (const format of ['oci-archive', 'docker-archive'] as const) {
    const archive = await bytesOf(await store.exportArchive([layered.configDigest.slice(7, 19)], { format }));
    const x = await untar(t, archive);
    if (format === 'oci-archive') {
      const index = JSON.parse(readFileSync(join(x, 'index.json'), 'utf8')) as { manifests: object[] };
      assert.equal(index.manifests.length, 1);
      assert.ok(!('annotations' in (index.manifests[0] ?? {})));
    } else {
      const manifest = JSON.parse(readFileSync(join(x, 'manifest.json'), 'utf8')) as { RepoTags: string[] }[];
      assert.deepEqual(manifest[0]?.RepoTags, []);
    }
    const back = await ImageStore.open(join(tempDir(t), format));
    const [rec] = await back.importArchive(asStream(archive));
    assert.equal(rec?.id, layered.configDigest);
    assert.deepEqual(rec?.repoTags, []);
  }
});

test('unknown images, a bad format and no images fail before any byte; damaged content fails the stream', async (t) => {
  const store = await storeWith(t);
  await expectCode(
    store.exportArchive([name, 'example.com/nope:1']),
    'NotFound',
    /no such image "example.com\/nope:1"/,
  );
  await expectCode(
    store.exportArchive([name], { format: 'zip' as 'oci-archive' }),
    'InvalidArgument',
    /unknown format "zip"/,
  );
  await expectCode(store.exportArchive([]), 'InvalidArgument', /at least one image/);

  // A layer whose bytes changed on disk since import: the archive is not passed off as good.
  const layerFile = join(store.root, 'blobs', 'sha256', layered.layers[1]?.digest.slice(7) ?? '');
  const bad = readFileSync(layerFile);
  bad[bad.length - 100] = (bad[bad.length - 100] ?? 0) ^ 0xff;
  writeFileSync(layerFile, bad);
  await expectCode(
    bytesOf(await store.exportArchive([name], { format: 'oci-archive' })),
    'DataLoss',
    /digest mismatch/,
  );
});

test('an export keeps its content from GC while it streams, and lets it go when done', async (t) => {
  const store = await storeWith(t);
  const archive = await store.exportArchive([name], { format: 'oci-archive' });
  const it = archive[Symbol.asyncIterator]();
  const first = await it.next();
  assert.ok(!first.done);
  // The image goes (GC runs) while the archive is half read.
  assert.equal(await store.remove(name), true);
  assert.equal(store.get(name), undefined);
  assert.equal(verifiedBlobs(store).length, 5, 'leased blobs stay');
  const rest: Buffer[] = [first.value];
  for (let r = await it.next(); !r.done; r = await it.next()) rest.push(r.value);
  const back = await ImageStore.open(join(tempDir(t), 'back'));
  const [rec] = await back.importArchive(asStream(Buffer.concat(rest)));
  assert.equal(rec?.id, layered.configDigest);
  // The lease is gone with the stream: the next GC takes the content.
  await store.removeRootfs('no-such-rootfs');
  assert.deepEqual(verifiedBlobs(store), []);

  // An archive nobody reads gives its lease back on close().
  await store.importArchive(asStream(readFileSync(layered.tar)), { name });
  const unread = await store.exportArchive([name]);
  await store.remove(name);
  assert.equal(verifiedBlobs(store).length, 5);
  unread.close();
  await store.removeRootfs('no-such-rootfs');
  assert.deepEqual(verifiedBlobs(store), []);
});
