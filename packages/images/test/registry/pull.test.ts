import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { defer, removeTempDir, skipUnless, tempDir } from '@corral/test-utils';
import { execa } from 'execa';
import { ImageStore, hostPlatform, type PullEvent, type PullProgress } from '../../src/index.js';
import { mountRootfs } from '../helpers/mount-rootfs.js';
import { assertNoLeftovers, expectCode, ingestLeftovers, verifiedBlobs } from '../helpers/pull-checks.js';
import { TestRegistry } from '../helpers/registry.js';
import {
  addedFile,
  buildLayeredImage,
  buildMultiArchImage,
  keptFile,
  pushImage,
  type BuiltImage,
  type BuiltIndex,
} from '../helpers/registry-images.js';
import { RegistryProxy } from '../helpers/registry-proxy.js';
import { registryRequirements } from '../helpers/registry-setups.js';
import { makeSelfSignedCert } from '../helpers/token-server.js';

let layered: BuiltImage;
let multi: BuiltIndex;
const fixtures = mkdtempSync(join(tmpdir(), 'cr-pull-'));
after(() => removeTempDir(fixtures));
before(async () => {
  layered = await buildLayeredImage(fixtures);
  multi = await buildMultiArchImage(fixtures, layered);
});

test('pulls a three-layer image by tag and by digest; the top layer’s whiteout hides a file', async (t) => {
  if (skipUnless(t, registryRequirements)) return;
  const dir = tempDir(t);
  const reg = await TestRegistry.start(t, join(dir, 'reg'));
  await pushImage(layered, `${reg.host}/test/layered:1`);
  const store = await ImageStore.open(join(dir, 'store'));
  const progress: PullProgress[] = [];
  const events: PullEvent[] = [];
  const ref = `${reg.host}/test/layered:1`;
  // Listed as insecure without a scheme: HTTPS is tried first, then plain HTTP, as docker does.
  const rec = await store.pull(ref, {
    insecureRegistries: [reg.host],
    onProgress: (p) => progress.push(p),
    onEvent: (e) => events.push(e),
  });
  assert.equal(rec.id, layered.configDigest);
  assert.deepEqual(rec.repoTags, [ref]);
  assert.deepEqual(rec.repoDigests, [`${reg.host}/test/layered@${layered.manifestDigest}`]);
  assert.deepEqual(
    rec.layers,
    layered.layers.map((l) => l.digest),
  );
  assert.deepEqual(rec.diffIds, layered.diffIds);
  assert.equal(rec.size, layered.size);
  assert.deepEqual(rec.platform, hostPlatform());

  assert.deepEqual(
    events.map((e) => e.reason),
    ['Pulling', 'Pulled'],
  );
  const pulled = events[1];
  assert.equal(pulled?.size, layered.size);
  assert.ok((pulled?.durationNs ?? 0n) > 0n);
  assert.match(
    pulled?.message ?? '',
    /^Successfully pulled image ".*test\/layered:1" in [\d.]+s\. Image size: \d+ bytes\.$/,
  );

  for (const [i, l] of layered.layers.entries()) {
    const mine = progress.filter((p) => p.kind === 'layer' && p.index === i);
    assert.equal(mine[0]?.status, 'waiting', `layer ${i} announced first`);
    assert.equal(mine.at(-1)?.status, 'done');
    assert.equal(mine.at(-1)?.done, l.size);
    assert.ok(mine.every((p) => p.total === l.size && p.digest === l.digest && p.ref === ref));
    assert.ok(mine.some((p) => p.status === 'downloading'));
  }
  const blobs = verifiedBlobs(store);
  for (const d of [layered.configDigest, layered.manifestDigest, ...layered.layers.map((l) => l.digest)])
    assert.ok(blobs.includes(d), d);
  assert.deepEqual(ingestLeftovers(store), []);

  const byDigest = `${reg.host}/test/layered@${layered.manifestDigest}`;
  const again = await store.pull(byDigest, { insecureRegistries: [`http://${reg.host}`] });
  assert.equal(again.id, rec.id);
  assert.equal(store.get(byDigest)?.id, rec.id);
  assert.deepEqual(again.repoTags, [ref], 'a digest is a name but not a tag');

  const { mounts } = await store.prepareRootfs(rec.id, 'pulled-c1');
  defer(t, () => store.removeRootfs('pulled-c1'));
  const root = await mountRootfs(t, mounts, join(dir, 'rootfs'));
  assert.ok(existsSync(join(root, 'bin', 'busybox')), 'layer 1');
  assert.match(readFileSync(join(root, keptFile), 'utf8'), /kept from layer 2/);
  assert.equal(existsSync(join(root, addedFile)), false, 'layer 3 whited it out');
});

test('an image already present costs one manifest request, not a blob', async (t) => {
  if (skipUnless(t, registryRequirements)) return;
  const dir = tempDir(t);
  const reg = await TestRegistry.start(t, join(dir, 'reg'));
  await pushImage(layered, `${reg.host}/test/layered:1`);
  await pushImage(multi, `${reg.host}/test/multi:1`, { all: true });
  const proxy = await RegistryProxy.start(t, reg.host);
  const store = await ImageStore.open(join(dir, 'store'));
  const opts = { insecureRegistries: [`http://${proxy.host}`] };
  await store.pull(`${proxy.host}/test/layered:1`, opts);
  assert.equal(proxy.count(/\/blobs\//), 4, 'config and three layers, once each');

  proxy.requests.length = 0;
  const events: PullEvent[] = [];
  const rec = await store.pull(`${proxy.host}/test/layered:1`, { ...opts, onEvent: (e) => events.push(e) });
  assert.deepEqual(
    proxy.requests.map((r) => `${r.method} ${r.path} ${r.status}`),
    ['GET /v2/test/layered/manifests/1 200'],
  );
  assert.match(events.at(-1)?.message ?? '', /\(up to date\)/);
  assert.equal(rec.id, layered.configDigest);

  // The index of the same image: its platform manifest is content the store has already.
  proxy.requests.length = 0;
  const fromIndex = await store.pull(`${proxy.host}/test/multi:1`, opts);
  assert.deepEqual(
    proxy.requests.map((r) => `${r.method} ${r.path}`),
    ['GET /v2/test/multi/manifests/1'],
  );
  assert.equal(fromIndex.id, layered.configDigest);
  assert.deepEqual(ingestLeftovers(store), []);
});

test('multi-platform index: this platform by default, another on request, a missing one is NotFound', async (t) => {
  if (skipUnless(t, registryRequirements)) return;
  const dir = tempDir(t);
  const reg = await TestRegistry.start(t, join(dir, 'reg'));
  await pushImage(multi, `${reg.host}/test/multi:1`, { all: true });
  const store = await ImageStore.open(join(dir, 'store'));
  const opts = { insecureRegistries: [`http://${reg.host}`] };
  const ref = `${reg.host}/test/multi:1`;

  const mine = await store.pull(ref, opts);
  assert.equal(mine.id, layered.configDigest);
  assert.equal(mine.manifestDigest, multi.topDigest, 'the name points at the index, as containerd does');
  assert.deepEqual(mine.platform, hostPlatform());
  assert.equal(
    verifiedBlobs(store).includes(multi.other.layerDigest),
    false,
    'nothing of the other platform',
  );

  const other = await ImageStore.open(join(dir, 'other'));
  const theirs = await other.pull(ref, { ...opts, platform: multi.other.platform });
  assert.equal(theirs.id, multi.other.configDigest);
  assert.equal(theirs.platform.architecture, multi.other.platform.architecture);
  assert.equal(theirs.manifestDigest, multi.other.manifestDigest);

  const err = await expectCode(
    store.pull(ref, { ...opts, platform: { os: 'linux', architecture: 'riscv64' } }),
    'NotFound',
    /no image for linux\/riscv64/,
  );
  const p = multi.other.platform;
  assert.ok(err.message.includes(`${p.os}/${p.architecture}`), err.message);
  assert.ok(err.message.includes(`linux/${hostPlatform().architecture}`), err.message);
});

test('unknown tags and repositories are NotFound; a bad reference is InvalidArgument', async (t) => {
  if (skipUnless(t, registryRequirements)) return;
  const dir = tempDir(t);
  const reg = await TestRegistry.start(t, join(dir, 'reg'));
  await pushImage(layered, `${reg.host}/test/layered:1`);
  const store = await ImageStore.open(join(dir, 'store'));
  const opts = { insecureRegistries: [`http://${reg.host}`] };
  const events: PullEvent[] = [];
  const err = await expectCode(
    store.pull(`${reg.host}/test/layered:nope`, { ...opts, onEvent: (e) => events.push(e) }),
    'NotFound',
    /^pull .*test\/layered:nope: manifest nope: 404 Not Found: MANIFEST_UNKNOWN/,
  );
  assert.deepEqual(
    events.map((e) => e.reason),
    ['Pulling', 'Failed'],
  );
  assert.ok(events[1]?.message.startsWith(`Failed to pull image "${reg.host}/test/layered:nope": `));
  assert.ok(err.message.length < 300);
  await expectCode(
    store.pull(`${reg.host}/test/absent:1`, opts),
    'NotFound',
    /NAME_UNKNOWN|MANIFEST_UNKNOWN/,
  );
  await expectCode(
    store.pull(`${reg.host}/test/layered@sha256:${'0'.repeat(64)}`, opts),
    'NotFound',
    /MANIFEST_UNKNOWN/,
  );
  await expectCode(store.pull('Not A Reference', opts), 'InvalidArgument');
  assert.deepEqual(store.list(), []);
  assert.deepEqual(verifiedBlobs(store), []);
});

test('HTTPS: verified with a CA file, refused without one, unverified when listed insecure', async (t) => {
  if (skipUnless(t, registryRequirements)) return;
  const dir = tempDir(t);
  const cert = await makeSelfSignedCert(dir, 'registry', '127.0.0.1');
  const reg = await TestRegistry.start(t, join(dir, 'reg'), { tls: cert });
  await pushImage(layered, `${reg.host}/test/layered:1`);
  const ref = `${reg.host}/test/layered:1`;

  const refused = await ImageStore.open(join(dir, 'refused'));
  const err = await expectCode(refused.pull(ref), 'FailedPrecondition', /TLS: .*self-signed certificate/);
  assert.match(err.hint ?? '', /CA file|insecureRegistries/);

  const withCa = await ImageStore.open(join(dir, 'ca'));
  assert.equal((await withCa.pull(ref, { caFile: cert.cert })).id, layered.configDigest);

  const insecure = await ImageStore.open(join(dir, 'insecure'));
  assert.equal((await insecure.pull(ref, { insecureRegistries: [reg.host] })).id, layered.configDigest);
  await expectCode(
    refused.pull(ref, { caFile: join(dir, 'missing.pem') }),
    'InvalidArgument',
    /read CA file/,
  );

  // The system's CA bundle is what "verified" means by default (SSL_CERT_FILE names it, as for Go
  // and OpenSSL): a process whose bundle is this certificate trusts the registry with no option.
  const index = new URL('../../src/index.js', import.meta.url).href;
  const code = `const { ImageStore } = await import(${JSON.stringify(index)});
    const s = await ImageStore.open(${JSON.stringify(join(dir, 'system'))});
    process.stdout.write((await s.pull(${JSON.stringify(ref)})).id);`;
  const { stdout } = await execa(process.execPath, ['--input-type=module', '-e', code], {
    env: { SSL_CERT_FILE: cert.cert },
  });
  assert.equal(stdout, layered.configDigest);
});

test('leaves no registry process and no mount behind', (t) => {
  if (skipUnless(t, registryRequirements)) return;
  assertNoLeftovers();
});
