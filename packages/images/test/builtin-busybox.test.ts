import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { defer, skipUnless, tempDir, uniqueId, writeBundle } from '@corral/test-utils';
import { CorralError } from '@corral/api';
import { execa } from 'execa';
import {
  buildBusyboxArchive,
  builtinBusyboxRef,
  ensureBuiltinBusybox,
  ImageStore,
  type SnapshotterKind,
} from '../src/index.js';
import { asStream, ociArchive } from './helpers/archives.js';
import { craftTar } from './helpers/crafted-tar.js';
import { mountRootfs } from './helpers/mount-rootfs.js';

test('the builtin busybox image is deterministic and imported once', async (t) => {
  if (skipUnless(t, { bins: ['busybox'] })) return;
  const a = Buffer.concat(await buildBusyboxArchive('/bin/busybox', builtinBusyboxRef));
  const b = Buffer.concat(await buildBusyboxArchive('/bin/busybox', builtinBusyboxRef));
  assert.ok(a.equals(b), 'same bytes every time');

  const store = await ImageStore.open(join(tempDir(t), 'images'));
  const first = await ensureBuiltinBusybox(store);
  const second = await ensureBuiltinBusybox(store);
  assert.deepEqual(second, first);
  assert.deepEqual(first.repoTags, ['docker.io/library/busybox:latest']);
  assert.equal(first.layers.length, 1);
  assert.deepEqual(store.imageConfig(first.id).Cmd, ['sh']);
  assert.ok(store.imageConfig(first.id).Env?.some((e) => e.startsWith('PATH=')));
  assert.equal(store.list().length, 1);
});

test('ensureBuiltinBusybox leaves an existing busybox alone', async (t) => {
  const store = await ImageStore.open(join(tempDir(t), 'images'));
  const other = await ociArchive({
    layers: [{ tar: craftTar([{ name: 'hello', type: 'file', content: 'not busybox' }]) }],
    annotations: { 'io.containerd.image.name': 'busybox' },
  });
  const [mine] = await store.importArchive(asStream(other.tar));
  const got = await ensureBuiltinBusybox(store, { busybox: '/nonexistent/busybox' });
  assert.equal(got.id, mine?.id);
  await assert.rejects(
    ensureBuiltinBusybox(store, { busybox: '/nonexistent/busybox', ref: 'bb:2' }),
    (err: unknown) => {
      assert.ok(err instanceof CorralError);
      assert.equal(err.code, 'FailedPrecondition');
      assert.match(err.hint ?? '', /busybox-static/);
      return true;
    },
  );
});

for (const snapshotter of ['overlay', 'copy'] as SnapshotterKind[]) {
  test(`runc runs "echo hi" in the builtin image's rootfs (${snapshotter})`, async (t) => {
    if (skipUnless(t, { root: true, bins: ['runc', 'busybox', 'mount'] })) return;
    const dir = tempDir(t);
    const store = await ImageStore.open(join(dir, 'images'), { snapshotter });
    const image = await ensureBuiltinBusybox(store);
    const key = uniqueId('ns');
    const prepared = await store.prepareRootfs(image.id, key);
    defer(t, () => store.removeRootfs(key));
    const rootfs = await mountRootfs(t, prepared.mounts, join(dir, 'rootfs'));
    const id = uniqueId('img');
    const runcRoot = join(dir, 'runc');
    const bundle = writeBundle(join(dir, 'bundle'), { args: ['echo', 'hi'], rootPath: rootfs });
    defer(t, () => execa('runc', ['--root', runcRoot, 'delete', '-f', id], { reject: false }));
    const r = await execa('runc', ['--root', runcRoot, 'run', '--bundle', bundle, id], {
      stdin: 'ignore',
      timeout: 30_000,
    });
    assert.equal(r.stdout, 'hi');
  });
}
