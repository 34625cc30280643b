import assert from 'node:assert/strict';
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  utimesSync,
  chownSync,
  chmodSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { defer, mountsUnder, skipUnless, tempDir } from '@corral/test-utils';
import { execa } from 'execa';
import { ImageStore, type ImageRecord, type SnapshotterKind } from '../src/index.js';
import { asStream, ociArchive, tarOfDir } from './helpers/archives.js';
import { mountRootfs } from './helpers/mount-rootfs.js';

/** Writes `files` (path → content; '/'-ending keys are directories) under a fresh directory. */
function tree(base: string, files: Record<string, string>): string {
  mkdirSync(base, { recursive: true });
  for (const [p, content] of Object.entries(files)) {
    if (p.endsWith('/')) mkdirSync(join(base, p), { recursive: true });
    else {
      mkdirSync(join(base, p, '..'), { recursive: true });
      writeFileSync(join(base, p), content);
    }
  }
  return base;
}

const fixedMtime = 1_000_000_000;

/**
 * Three layers: files; whiteouts (a deleted file, an opaque directory); special files (hard link,
 * symlinks, fifo, a character device, odd owner and mode, a fixed mtime).
 */
async function whiteoutImage(dir: string): Promise<Buffer> {
  const bottom = tree(join(dir, 'l1'), {
    'etc/keep': 'keep',
    'etc/gone': 'gone',
    'data/old1': '1',
    'data/old2': '2',
    'data/sub/deep': 'deep',
    'lib/x': 'x',
  });
  const middle = tree(join(dir, 'l2'), {
    'etc/.wh.gone': '',
    'data/.wh..wh..opq': '',
    'data/new': 'new',
    'lib/y': 'y',
  });
  const top = tree(join(dir, 'l3'), { 'files/a': 'hard' });
  linkSync(join(top, 'files/a'), join(top, 'files/b'));
  symlinkSync('a', join(top, 'files/link'));
  symlinkSync('/etc/keep', join(top, 'files/abslink'));
  await execa('mkfifo', [join(top, 'files/fifo')]);
  await execa('mknod', [join(top, 'files/null'), 'c', '1', '3']);
  writeFileSync(join(top, 'files/owned'), 'owned');
  chownSync(join(top, 'files/owned'), 1234, 5678);
  chmodSync(join(top, 'files/owned'), 0o4750);
  utimesSync(join(top, 'files/owned'), fixedMtime, fixedMtime);
  const built = await ociArchive({
    layers: [
      { tar: await tarOfDir(bottom), gzip: true },
      { tar: await tarOfDir(middle) },
      { tar: await tarOfDir(top, { keepMtimes: true }), gzip: true },
    ],
    annotations: { 'io.containerd.image.name': 'whiteouts:1' },
  });
  return built.tar;
}

/** What the container must see, whichever snapshotter made it. */
function checkView(root: string): void {
  assert.equal(readFileSync(join(root, 'etc/keep'), 'utf8'), 'keep');
  assert.equal(existsSync(join(root, 'etc/gone')), false, 'whited-out file is gone');
  assert.deepEqual(readdirSync(join(root, 'data')), ['new'], 'opaque dir shows only the upper layer');
  assert.deepEqual(readdirSync(join(root, 'lib')).sort(), ['x', 'y'], 'plain dirs merge');
  const a = lstatSync(join(root, 'files/a'));
  const b = lstatSync(join(root, 'files/b'));
  assert.equal(a.ino, b.ino, 'hard link kept');
  assert.equal(a.nlink, 2);
  assert.equal(readlinkSync(join(root, 'files/link')), 'a');
  assert.equal(readlinkSync(join(root, 'files/abslink')), '/etc/keep');
  assert.ok(lstatSync(join(root, 'files/fifo')).isFIFO());
  const dev = lstatSync(join(root, 'files/null'));
  assert.ok(dev.isCharacterDevice());
  assert.equal(dev.rdev, (1 << 8) | 3);
  const owned = lstatSync(join(root, 'files/owned'));
  assert.equal(owned.uid, 1234);
  assert.equal(owned.gid, 5678);
  assert.equal(owned.mode & 0o7777, 0o4750);
  assert.equal(owned.mtimeMs, fixedMtime * 1000);
  assert.equal(
    readdirSync(root).some((n) => n.startsWith('.wh.')),
    false,
  );
}

async function importWhiteouts(
  t: TestContext,
  snapshotter: SnapshotterKind,
): Promise<{ store: ImageStore; dir: string; rec: ImageRecord }> {
  const dir = tempDir(t);
  const store = await ImageStore.open(join(dir, 'images'), { snapshotter });
  const [rec] = await store.importArchive(asStream(await whiteoutImage(dir)));
  assert.ok(rec);
  return { store, dir, rec };
}

test('overlay: whiteouts, opaque dirs and special files show through the mounted overlay', async (t) => {
  if (skipUnless(t, { root: true, bins: ['mount', 'mkfifo', 'mknod'] })) return;
  const { store, dir } = await importWhiteouts(t, 'overlay');
  const prepared = await store.prepareRootfs('whiteouts:1', 'ns-c1');
  defer(t, () => store.removeRootfs('ns-c1'));
  const [m] = prepared.mounts;
  assert.equal(m?.type, 'overlay');
  assert.equal(m.source, 'overlay');
  const lower =
    m.options
      .find((o) => o.startsWith('lowerdir='))
      ?.slice(9)
      .split(':') ?? [];
  assert.equal(lower.length, 3);
  assert.deepEqual(m.options.slice(1), [
    `upperdir=${join(prepared.snapshotDir, 'upper')}`,
    `workdir=${join(prepared.snapshotDir, 'work')}`,
  ]);
  assert.equal(prepared.snapshotDir, join(store.root, 'snapshots', 'containers', 'ns-c1'));
  // The middle layer holds overlay's own whiteout: a 0/0 character device.
  const wh = lstatSync(join(lower[1] ?? '', 'etc/gone'));
  assert.ok(wh.isCharacterDevice());
  assert.equal(wh.rdev, 0);

  const merged = await mountRootfs(t, prepared.mounts, join(dir, 'merged'));
  checkView(merged);
});

test('copy: the same view in a private rootfs with a bind mount', async (t) => {
  if (skipUnless(t, { root: true, bins: ['mkfifo', 'mknod'] })) return;
  const { store } = await importWhiteouts(t, 'copy');
  const prepared = await store.prepareRootfs('whiteouts:1', 'ns-c1');
  defer(t, () => store.removeRootfs('ns-c1'));
  assert.deepEqual(prepared.mounts, [
    { type: 'bind', source: join(prepared.snapshotDir, 'rootfs'), options: ['rbind', 'rw'] },
  ]);
  checkView(join(prepared.snapshotDir, 'rootfs'));
  assert.deepEqual(
    readdirSync(join(store.root, 'snapshots', 'layers')),
    [],
    'copy mode unpacks no shared layers',
  );
});

test('two containers share the layer directories and keep their own upper', async (t) => {
  if (skipUnless(t, { root: true, bins: ['mount'] })) return;
  const { store, dir, rec } = await importWhiteouts(t, 'overlay');
  const [one, two] = await Promise.all([
    store.prepareRootfs(rec.id, 'ns-c1'),
    store.prepareRootfs('whiteouts:1', 'ns-c2'),
  ]);
  defer(t, () => store.removeRootfs('ns-c1'));
  defer(t, () => store.removeRootfs('ns-c2'));
  assert.ok(one && two);
  assert.equal(one.mounts[0]?.options[0], two.mounts[0]?.options[0], 'same lowerdir');
  assert.notEqual(one.mounts[0]?.options[1], two.mounts[0]?.options[1], 'different upperdir');
  assert.equal(readdirSync(join(store.root, 'snapshots', 'layers')).length, 3, 'each layer unpacked once');
  assert.deepEqual(readdirSync(join(store.root, 'snapshots', 'tmp')), []);

  const m1 = await mountRootfs(t, one.mounts, join(dir, 'm1'));
  const m2 = await mountRootfs(t, two.mounts, join(dir, 'm2'));
  writeFileSync(join(m1, 'etc/only-in-one'), '1');
  rmSync(join(m1, 'etc/keep'));
  assert.equal(existsSync(join(m2, 'etc/only-in-one')), false);
  assert.equal(readFileSync(join(m2, 'etc/keep'), 'utf8'), 'keep');

  // Preparing the same key from the same image again is the same rootfs.
  assert.deepEqual(await store.prepareRootfs('whiteouts:1', 'ns-c1'), one);
});

test('an image in use keeps its layers; removing the last rootfs lets GC take them', async (t) => {
  if (skipUnless(t, { root: true })) return;
  const { store, rec } = await importWhiteouts(t, 'overlay');
  await store.prepareRootfs(rec.id, 'ns-c1');
  defer(t, () => store.removeRootfs('ns-c1'));
  const layersDir = join(store.root, 'snapshots', 'layers');
  await assert.rejects(store.remove(rec.id, { isInUse: () => true }), /in use/);
  assert.equal(await store.remove(rec.id, { isInUse: () => true, force: true }), true);
  assert.deepEqual(readdirSync(join(store.root, 'blobs', 'sha256')), []);
  assert.equal(readdirSync(layersDir).length, 3, 'the running container keeps its lower dirs');
  await store.removeRootfs('ns-c1');
  await store.removeRootfs('ns-c1'); // idempotent
  assert.deepEqual(readdirSync(layersDir), []);
  assert.deepEqual(readdirSync(join(store.root, 'snapshots', 'containers')), []);
});

test('removeRootfs unmounts what is left inside and never follows a symlink out', async (t) => {
  if (skipUnless(t, { root: true, bins: ['mount'] })) return;
  const { store, dir } = await importWhiteouts(t, 'overlay');
  const prepared = await store.prepareRootfs('whiteouts:1', 'ns-c1');
  const outside = tree(join(dir, 'outside'), { canary: 'alive' });
  symlinkSync(outside, join(prepared.snapshotDir, 'upper', 'escape'));
  const inner = join(prepared.snapshotDir, 'upper', 'bound');
  mkdirSync(inner);
  await execa('mount', ['--bind', outside, inner]);
  defer(t, () => execa('umount', ['-l', inner], { reject: false }));

  await store.removeRootfs('ns-c1');
  assert.equal(existsSync(prepared.snapshotDir), false);
  assert.deepEqual(mountsUnder(store.root), []);
  assert.equal(readFileSync(join(outside, 'canary'), 'utf8'), 'alive');
  await assert.rejects(store.removeRootfs('../escape'), /rootfs key/);
});

test('a layer unpack interrupted by a crash is redone on the next open', async (t) => {
  if (skipUnless(t, { root: true })) return;
  const { store, rec } = await importWhiteouts(t, 'overlay');
  const first = await store.prepareRootfs(rec.id, 'ns-c1');
  await store.removeRootfs('ns-c1');
  const layersDir = join(store.root, 'snapshots', 'layers');
  // Simulate a crash: the sentinel never written, content half there; leftovers in tmp and ingest.
  const top = rec.diffIds[2]?.slice(7) ?? '';
  mkdirSync(join(layersDir, top, 'fs', 'files'), { recursive: true });
  rmSync(join(layersDir, top, 'layer.json'), { force: true });
  rmSync(join(layersDir, top, 'fs', 'files', 'a'), { force: true });
  mkdirSync(join(store.root, 'snapshots', 'tmp', 'junk'), { recursive: true });
  mkdirSync(join(store.root, 'ingest', 'junk'), { recursive: true });

  const reopened = await ImageStore.open(store.root, { snapshotter: 'overlay' });
  assert.equal(existsSync(join(layersDir, top)), false, 'incomplete layer removed on open');
  assert.deepEqual(readdirSync(join(store.root, 'snapshots', 'tmp')), []);
  assert.deepEqual(readdirSync(join(store.root, 'ingest')), []);
  const again = await reopened.prepareRootfs(rec.id, 'ns-c1');
  defer(t, () => reopened.removeRootfs('ns-c1'));
  assert.deepEqual(again.mounts, first.mounts);
  assert.equal(readFileSync(join(layersDir, top, 'fs', 'files', 'a'), 'utf8'), 'hard');
});

test('prepareRootfs refuses unknown images and bad keys', async (t) => {
  const { store } = await importWhiteouts(t, 'copy');
  await assert.rejects(store.prepareRootfs('nosuch:1', 'ns-c1'), /not found/);
  await assert.rejects(store.prepareRootfs('whiteouts:1', '../../etc'), /rootfs key/);
  await assert.rejects(store.prepareRootfs('whiteouts:1', 'a/b'), /rootfs key/);
});

test('concurrent prepares of one key share the work; long namespaced keys are fine', async (t) => {
  if (skipUnless(t, { root: true })) return;
  const { store } = await importWhiteouts(t, 'copy');
  const key = `k8s.io-${'c'.repeat(76)}`;
  const results = await Promise.all([1, 2, 3].map(() => store.prepareRootfs('whiteouts:1', key)));
  defer(t, () => store.removeRootfs(key));
  assert.equal(new Set(results.map((r) => JSON.stringify(r))).size, 1);
  checkView(join(results[0]?.snapshotDir ?? '', 'rootfs'));
  assert.deepEqual(readdirSync(results[0]?.snapshotDir ?? '').sort(), ['rootfs', 'snapshot.json']);
  await assert.rejects(store.prepareRootfs('whiteouts:1', 'x'.repeat(154)), /rootfs key/);
});
