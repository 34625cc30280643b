import assert from 'node:assert/strict';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { errorCode } from '@corral/api';
import { skipUnless, tempDir } from '@corral/test-utils';
import { execa } from 'execa';
import { ImageStore } from '../src/index.js';
import { unpackLayer, type UnpackMode } from '../src/layer-unpack.js';
import { readTar } from '../src/tar-reader.js';
import { tarEnd, tarHeader, tarPadding } from '../src/tar-writer.js';
import { asStream, ociArchive, sha256 } from './helpers/archives.js';
import { craftTar, type CraftedEntry } from './helpers/crafted-tar.js';

const evilLayers: Record<string, CraftedEntry[]> = {
  'dot-dot path': [{ name: '../../evil', type: 'file', content: 'pwned' }],
  'dot-dot inside a path': [
    { name: 'a/', type: 'dir' },
    { name: 'a/../../../evil', type: 'file', content: 'pwned' },
  ],
  'absolute path': [{ name: '/etc/evil-corral-test', type: 'file', content: 'pwned' }],
  'write through a symlink to /': [
    { name: 'lnk', type: 'symlink', linkname: '/' },
    { name: 'lnk/etc/evil-corral-test', type: 'file', content: 'pwned' },
  ],
  'write through a relative symlink out': [
    { name: 'up', type: 'symlink', linkname: '../..' },
    { name: 'up/evil', type: 'file', content: 'pwned' },
  ],
  'directory through a symlink': [
    { name: 'lnk', type: 'symlink', linkname: '/etc' },
    { name: 'lnk/evil-corral-test/', type: 'dir' },
  ],
  'hard link out of the root': [{ name: 'h', type: 'hardlink', linkname: '../../outside-file' }],
  'hard link to an absolute path': [{ name: 'h', type: 'hardlink', linkname: '/etc/passwd' }],
  'hard link through a symlink': [
    { name: 'lnk', type: 'symlink', linkname: '/etc' },
    { name: 'h', type: 'hardlink', linkname: 'lnk/passwd' },
  ],
  'whiteout through a symlink': [
    { name: 'lnk', type: 'symlink', linkname: '/etc' },
    { name: 'lnk/.wh.passwd', type: 'file' },
  ],
};

/** A sandbox where `../..` from the extraction root still lands inside the test's temp dir. */
function sandbox(dir: string): { root: string; outside: string } {
  const root = join(dir, 'a', 'b', 'root');
  mkdirSync(root, { recursive: true });
  writeFileSync(join(dir, 'outside-file'), 'outside');
  return { root, outside: dir };
}

function assertNothingOutside(outside: string): void {
  assert.equal(existsSync(join(outside, 'evil')), false);
  assert.equal(existsSync(join(outside, 'a', 'evil')), false);
  assert.equal(existsSync('/etc/evil-corral-test'), false);
  assert.equal(readFileSync(join(outside, 'outside-file'), 'utf8'), 'outside');
  assert.deepEqual(readdirSync(outside).sort(), ['a', 'outside-file']);
}

for (const [name, entries] of Object.entries(evilLayers)) {
  test(`import refuses a layer with ${name}`, async (t) => {
    const dir = tempDir(t);
    const store = await ImageStore.open(join(dir, 'images'));
    const built = await ociArchive({
      layers: [{ tar: craftTar(entries) }],
      annotations: { 'io.containerd.image.name': 'evil:1' },
    });
    await assert.rejects(store.importArchive(asStream(built.tar)), (err: unknown) => {
      assert.equal(errorCode(err), 'InvalidArgument', String(err));
      return true;
    });
    assert.deepEqual(store.list(), []);
    assert.deepEqual(readdirSync(join(store.root, 'blobs', 'sha256')), []);
    assert.equal(existsSync('/etc/evil-corral-test'), false);
  });

  for (const mode of ['overlay', 'apply'] as UnpackMode[]) {
    test(`unpackLayer (${mode}) refuses a layer with ${name} and writes nothing outside`, async (t) => {
      const dir = tempDir(t);
      const { root, outside } = sandbox(dir);
      const tar = craftTar(entries);
      const layer = join(dir, 'a', 'layer.tar');
      writeFileSync(layer, tar);
      await assert.rejects(
        unpackLayer(layer, root, {
          mode,
          scratch: join(dir, 'a', 'scratch'),
          diffId: sha256(tar),
          what: name,
        }),
        (err: unknown) => errorCode(err) === 'InvalidArgument',
      );
      assert.equal(existsSync(join(dir, 'a', 'b', 'evil')), false);
      writeFileSync(join(dir, 'a', 'layer.tar'), ''); // keep the listing below simple
      assertNothingOutside(outside);
    });
  }
}

test('apply replaces a lower layer symlink with a directory instead of following it', async (t) => {
  const dir = tempDir(t);
  const root = join(dir, 'rootfs');
  const outside = join(dir, 'outside');
  mkdirSync(root);
  mkdirSync(outside);
  symlinkSync(outside, join(root, 'lib')); // left by a lower layer
  const tar = craftTar([{ name: 'lib/evil', type: 'file', content: 'inside' }]);
  const layer = join(dir, 'layer.tar');
  writeFileSync(layer, tar);
  await unpackLayer(layer, root, {
    mode: 'apply',
    scratch: join(dir, 'scratch'),
    diffId: sha256(tar),
    what: 'l',
  });
  assert.ok(lstatSync(join(root, 'lib')).isDirectory());
  assert.equal(readFileSync(join(root, 'lib', 'evil'), 'utf8'), 'inside');
  assert.deepEqual(readdirSync(outside), []);
});

test('unpackLayer checks the diff_id', async (t) => {
  const dir = tempDir(t);
  const tar = craftTar([{ name: 'f', type: 'file', content: 'x' }]);
  const layer = join(dir, 'layer.tar');
  writeFileSync(layer, tar);
  mkdirSync(join(dir, 'root'));
  await assert.rejects(
    unpackLayer(layer, join(dir, 'root'), {
      mode: 'overlay',
      scratch: join(dir, 's'),
      diffId: sha256('other'),
      what: 'l',
    }),
    /digest mismatch: got sha256:/,
  );
});

/** xattrs of `rel` under `root`, read back through GNU tar (Node has no getxattr). */
async function xattrsOf(root: string, rel: string): Promise<Map<string, Buffer>> {
  const { stdout } = await execa(
    'tar',
    ['--xattrs', '--xattrs-include=*', '-C', root, '-cf', '-', '--no-recursion', rel],
    {
      encoding: 'buffer',
    },
  );
  for await (const { entry } of readTar(asStream(Buffer.from(stdout)))) return entry.xattrs;
  return new Map();
}

for (const mode of ['overlay', 'apply'] as UnpackMode[]) {
  test(`unpackLayer (${mode}) keeps xattrs, and hard links to a file that has them`, async (t) => {
    if (skipUnless(t, { root: true })) return;
    const dir = tempDir(t);
    const content = Buffer.from('#!/bin/sh\n');
    const tar = Buffer.concat([
      tarHeader({ name: 'bin/', type: 'dir', mode: 0o755 }),
      tarHeader({
        name: 'bin/ping',
        type: 'file',
        mode: 0o755,
        size: content.length,
        xattrs: new Map([
          ['user.corral', Buffer.from('hello')],
          ['trusted.overlay.redirect', Buffer.from('/etc')], // a layer may not set overlay's own
        ]),
      }),
      content,
      tarPadding(content.length),
      tarHeader({ name: 'bin/ping6', type: 'hardlink', mode: 0o755, linkname: 'bin/ping' }),
      tarHeader({ name: 'opq/', type: 'dir', mode: 0o755 }),
      tarHeader({ name: 'opq/.wh..wh..opq', type: 'file', mode: 0o644 }),
      tarEnd(),
    ]);
    const layer = join(dir, 'layer.tar');
    writeFileSync(layer, tar);
    const root = join(dir, 'root');
    mkdirSync(root);
    await unpackLayer(layer, root, { mode, scratch: join(dir, 'scratch'), diffId: sha256(tar), what: 'l' });
    assert.equal(readFileSync(join(root, 'bin/ping'), 'utf8'), '#!/bin/sh\n');
    assert.equal(lstatSync(join(root, 'bin/ping')).ino, lstatSync(join(root, 'bin/ping6')).ino);
    assert.equal(lstatSync(join(root, 'bin/ping')).mode & 0o7777, 0o755);
    const x = await xattrsOf(root, 'bin/ping');
    assert.equal(x.get('user.corral')?.toString(), 'hello');
    assert.equal(x.has('trusted.overlay.redirect'), false);
    const opq = await xattrsOf(root, 'opq');
    assert.equal(opq.get('trusted.overlay.opaque')?.toString(), mode === 'overlay' ? 'y' : undefined);
    assert.equal(existsSync(join(root, 'opq/.wh..wh..opq')), false);
  });
}
