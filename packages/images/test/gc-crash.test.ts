import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { skipUnless, tempDir } from '@corral/test-utils';
import { execa } from 'execa';
import { ImageStore } from '../src/index.js';
import { asStream } from './helpers/archives.js';
import { verifiedBlobs } from './helpers/pull-checks.js';
import { buildLayeredImage, type BuiltImage } from './helpers/registry-images.js';

const storeModule = fileURLToPath(new URL('../src/index.js', import.meta.url));

/** Removes image a:1 in a process that SIGKILLs itself right after GC's `k`-th delete. */
const removeAndDie = `
import { ImageStore } from ${JSON.stringify(storeModule)};
const [root, k] = process.argv.slice(2);
let deletes = 0;
const store = await ImageStore.open(root, {
  gcAfterDelete: () => {
    if (++deletes === Number(k)) process.kill(process.pid, 'SIGKILL');
  },
});
await store.remove('a:1');
`;

/** What image b:1 and the container on it need, checked on disk before anything reopens the store. */
function assertBIntact(root: string, b: BuiltImage): void {
  const blobs = new Set(readdirSync(join(root, 'blobs', 'sha256')).map((h) => `sha256:${h}`));
  for (const d of [b.manifestDigest, b.configDigest, ...b.layers.map((l) => l.digest)])
    assert.ok(blobs.has(d), `b's blob ${d} survived`);
  for (const id of b.diffIds)
    assert.ok(existsSync(join(root, 'snapshots', 'layers', id.slice(7), 'layer.json')), `b's layer ${id}`);
  assert.ok(existsSync(join(root, 'snapshots', 'containers', 'cb', 'snapshot.json')));
  const names = Object.keys(
    (JSON.parse(readFileSync(join(root, 'metadata', 'images.json'), 'utf8')) as { images: object }).images,
  );
  assert.deepEqual(names, ['docker.io/library/b:1'], 'the name went before any content did');
}

test('GC killed after any one delete loses nothing in use, and the next open finishes the sweep', async (t) => {
  if (skipUnless(t, { root: true, bins: ['cp'] })) return;
  const dir = tempDir(t);
  const a = await buildLayeredImage(dir, 'a');
  const b = await buildLayeredImage(dir, 'b');
  assert.equal(a.layers[0]?.digest, b.layers[0]?.digest, 'the busybox base layer is shared');
  const template = join(dir, 'template');
  const store = await ImageStore.open(template, { snapshotter: 'overlay' });
  await store.importArchive(asStream(readFileSync(a.tar)), { name: 'a:1' });
  await store.importArchive(asStream(readFileSync(b.tar)), { name: 'b:1' });
  await store.prepareRootfs('a:1', 'ca'); // unpacks a's layers, kept while a is named
  await store.removeRootfs('ca');
  await store.prepareRootfs('b:1', 'cb'); // a container on b
  const bBlobs = new Set([b.manifestDigest, b.configDigest, ...b.layers.map((l) => l.digest)]);
  // a's own content: manifest, config, layer blobs and unpacked layers b does not share.
  const aOnly = [a.manifestDigest, a.configDigest, ...a.layers.map((l) => l.digest)].filter(
    (d) => !bBlobs.has(d),
  );
  const aOnlyLayers = a.diffIds.filter((d) => !b.diffIds.includes(d));
  assert.ok(aOnly.length >= 3 && aOnlyLayers.length >= 1, 'a has content of its own');
  assert.equal(
    readdirSync(join(template, 'snapshots', 'layers')).length,
    b.diffIds.length + aOnlyLayers.length,
  );
  const script = join(dir, 'remove-and-die.mjs');
  writeFileSync(script, removeAndDie);

  let deletes = 0;
  for (let k = 1; k < 20; k++) {
    const root = join(dir, `kill-after-${k}`);
    await execa('cp', ['-a', template, root]);
    const child = await execa(process.execPath, [script, root, String(k)], { reject: false });
    const killed = child.signal === 'SIGKILL';
    assert.ok(killed || child.exitCode === 0, child.stderr);
    assertBIntact(root, b);

    const reopened = await ImageStore.open(root);
    assert.equal(reopened.get('a:1'), undefined);
    assert.deepEqual(new Set(verifiedBlobs(reopened)), bBlobs);
    for (const d of aOnly) assert.ok(!existsSync(join(root, 'blobs', 'sha256', d.slice(7))));
    assert.deepEqual(
      readdirSync(join(root, 'snapshots', 'layers')).sort(),
      b.diffIds.map((d) => d.slice(7)).sort(),
    );
    // b is whole: every blob reads back verified, and another container can be made of it.
    for await (const _ of await reopened.exportArchive(['b:1'], { format: 'oci-archive' })) {
      // read to the end: a damaged blob fails here
    }
    await reopened.prepareRootfs('b:1', 'cb2');
    await reopened.removeRootfs('cb2');
    if (!killed) {
      deletes = k - 1;
      break;
    }
  }
  assert.equal(deletes, aOnly.length + aOnlyLayers.length, 'a kill after each delete was tried');
});
