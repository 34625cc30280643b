import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { defer, removeTempDir, skipUnless, tempDir } from '@corral/test-utils';
import { execa } from 'execa';
import { ImageStore } from '../../src/index.js';
import { assertNoLeftovers, expectCode, ingestLeftovers, verifiedBlobs } from '../helpers/pull-checks.js';
import { TestRegistry } from '../helpers/registry.js';
import { craftTar } from '../helpers/crafted-tar.js';
import {
  buildImageFromTars,
  buildLayeredImage,
  buildTinyImage,
  pushImage,
  type BuiltImage,
} from '../helpers/registry-images.js';
import { RegistryProxy } from '../helpers/registry-proxy.js';
import { registryRequirements } from '../helpers/registry-setups.js';

let layered: BuiltImage;
const fixtures = mkdtempSync(join(tmpdir(), 'cr-faults-'));
after(() => removeTempDir(fixtures));
before(async () => {
  layered = await buildLayeredImage(fixtures);
});

/** A layer of random bytes, big enough to be caught mid-way; unique, so no other test shares its blob. */
const bigLayerBytes = 512 * 1024;

test('a corrupted blob in the registry is DataLoss naming both digests, and nothing is stored', async (t) => {
  if (skipUnless(t, registryRequirements)) return;
  const dir = tempDir(t);
  const reg = await TestRegistry.start(t, join(dir, 'reg'));
  const image = await buildTinyImage(dir, 'corrupt', bigLayerBytes);
  await pushImage(image, `${reg.host}/test/corrupt:1`);
  const layer = image.layers[0];
  assert.ok(layer);
  // Same length, one byte flipped: only the digest can tell.
  const path = reg.blobDataPath(layer.digest);
  const bytes = readFileSync(path);
  bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0xff;
  writeFileSync(path, bytes);
  const actual = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

  const store = await ImageStore.open(join(dir, 'store'));
  const err = await expectCode(
    store.pull(`${reg.host}/test/corrupt:1`, { insecureRegistries: [`http://${reg.host}`] }),
    'DataLoss',
  );
  assert.ok(err.message.includes(layer.digest), err.message);
  assert.ok(err.message.includes(`got ${actual}`), err.message);
  assert.deepEqual(verifiedBlobs(store), [], 'not even the manifest or config');
  assert.deepEqual(ingestLeftovers(store), []);
  assert.deepEqual(store.list(), []);
});

test('a connection dropped mid-blob is Unavailable; the next pull succeeds from scratch', async (t) => {
  if (skipUnless(t, registryRequirements)) return;
  const dir = tempDir(t);
  const reg = await TestRegistry.start(t, join(dir, 'reg'));
  const image = await buildTinyImage(dir, 'dropped', bigLayerBytes);
  await pushImage(image, `${reg.host}/test/dropped:1`);
  const proxy = await RegistryProxy.start(t, reg.host);
  proxy.dropBlobsAfterBytes = 100_000;
  const store = await ImageStore.open(join(dir, 'store'));
  const ref = `${proxy.host}/test/dropped:1`;
  const opts = { insecureRegistries: [`http://${proxy.host}`] };
  const err = await expectCode(store.pull(ref, opts), 'Unavailable');
  t.diagnostic(err.message);
  assert.ok(err.message.includes(image.layers[0]?.digest ?? '?'), err.message);
  assert.deepEqual(verifiedBlobs(store), []);
  assert.deepEqual(ingestLeftovers(store), []);

  proxy.dropBlobsAfterBytes = undefined;
  const rec = await store.pull(ref, opts);
  assert.equal(rec.id, image.configDigest);
  assert.ok(verifiedBlobs(store).includes(image.layers[0]?.digest ?? '?'));
});

test('the registry SIGKILLed mid-pull, or down, is Unavailable; once back, a pull succeeds', async (t) => {
  if (skipUnless(t, registryRequirements)) return;
  const dir = tempDir(t);
  const reg = await TestRegistry.start(t, join(dir, 'reg'));
  // Bigger than every socket buffer between the registry and the held proxy.
  const image = await buildTinyImage(dir, 'killed', 16 << 20);
  await pushImage(image, `${reg.host}/test/killed:1`);
  const proxy = await RegistryProxy.start(t, reg.host);
  proxy.stallBlobsAfterBytes = 50_000;
  const store = await ImageStore.open(join(dir, 'store'));
  const opts = { insecureRegistries: [`http://${proxy.host}`] };
  const pulling = store.pull(`${proxy.host}/test/killed:1`, opts);
  await proxy.stalled;
  await reg.kill();
  // What the registry wrote before it died still arrives; then the connection ends short.
  proxy.resume();
  const err = await expectCode(pulling, 'Unavailable');
  t.diagnostic(err.message);
  assert.ok(err.message.includes(image.layers[0]?.digest ?? '?'), err.message);

  const direct = { insecureRegistries: [`http://${reg.host}`] };
  await expectCode(store.pull(`${reg.host}/test/killed:1`, direct), 'Unavailable', /ECONNREFUSED/);
  assert.deepEqual(verifiedBlobs(store), []);
  assert.deepEqual(ingestLeftovers(store), []);

  await reg.start();
  const rec = await store.pull(`${reg.host}/test/killed:1`, direct);
  assert.equal(rec.id, image.configDigest);
});

test('a pull canceled by its signal stops mid-blob and leaves nothing', async (t) => {
  if (skipUnless(t, registryRequirements)) return;
  const dir = tempDir(t);
  const reg = await TestRegistry.start(t, join(dir, 'reg'));
  const image = await buildTinyImage(dir, 'canceled', bigLayerBytes);
  await pushImage(image, `${reg.host}/test/canceled:1`);
  const proxy = await RegistryProxy.start(t, reg.host);
  proxy.stallBlobsAfterBytes = 50_000;
  defer(t, () => proxy.resume());
  const store = await ImageStore.open(join(dir, 'store'));
  const ac = new AbortController();
  const pulling = store.pull(`${proxy.host}/test/canceled:1`, {
    insecureRegistries: [`http://${proxy.host}`],
    signal: ac.signal,
  });
  await proxy.stalled;
  ac.abort();
  await expectCode(pulling, 'Canceled');
  assert.deepEqual(verifiedBlobs(store), []);
  assert.deepEqual(ingestLeftovers(store), []);
});

test('a full disk is ResourceExhausted, and the store keeps nothing of the pull', async (t) => {
  if (skipUnless(t, registryRequirements)) return;
  const dir = tempDir(t);
  const reg = await TestRegistry.start(t, join(dir, 'reg'));
  await pushImage(layered, `${reg.host}/test/layered:1`);
  const small = join(dir, 'small');
  mkdirSync(small);
  // Room for the store's directories and the small blobs, not for the 1 MiB busybox layer.
  await execa('mount', ['-t', 'tmpfs', '-o', 'size=512k,mode=0700', 'corral-test-tmpfs', small]);
  defer(t, () => execa('umount', ['-l', small], { reject: false }));
  const store = await ImageStore.open(join(small, 'store'));
  const err = await expectCode(
    store.pull(`${reg.host}/test/layered:1`, { insecureRegistries: [`http://${reg.host}`] }),
    'ResourceExhausted',
    /ENOSPC/,
  );
  assert.ok(err.message.startsWith(`pull ${reg.host}/test/layered:1: `), err.message);
  assert.deepEqual(verifiedBlobs(store), []);
  assert.deepEqual(ingestLeftovers(store), []);
  assert.deepEqual(store.list(), []);
});

test('layers are checked as they stream in: a lying diff_id is DataLoss, an escaping entry InvalidArgument', async (t) => {
  if (skipUnless(t, registryRequirements)) return;
  const dir = tempDir(t);
  const reg = await TestRegistry.start(t, join(dir, 'reg'));
  const good = craftTar([
    { name: 'etc/', type: 'dir' },
    { name: 'etc/hello', type: 'file', content: 'hello\n' },
  ]);
  const lying = await buildImageFromTars(dir, 'lying', [good], { diffIds: [`sha256:${'ab'.repeat(32)}`] });
  await pushImage(lying, `${reg.host}/test/lying:1`);
  const escaping = await buildImageFromTars(dir, 'escaping', [
    craftTar([{ name: '../../etc/evil', type: 'file', content: 'x' }]),
  ]);
  await pushImage(escaping, `${reg.host}/test/escaping:1`);
  const store = await ImageStore.open(join(dir, 'store'));
  const opts = { insecureRegistries: [`http://${reg.host}`] };

  const lie = await expectCode(store.pull(`${reg.host}/test/lying:1`, opts), 'DataLoss', /uncompressed/);
  assert.ok(lie.message.includes(`sha256:${'ab'.repeat(32)}`), lie.message);
  await expectCode(store.pull(`${reg.host}/test/escaping:1`, opts), 'InvalidArgument', /\.\./);
  assert.deepEqual(verifiedBlobs(store), []);
  assert.deepEqual(ingestLeftovers(store), []);
  assert.deepEqual(store.list(), []);
});

test('leaves no registry process and no mount behind', (t) => {
  if (skipUnless(t, registryRequirements)) return;
  assertNoLeftovers();
});
