import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { defer, removeTempDir, skipUnless, tempDir, waitFor } from '@corral/test-utils';
import { ImagePuller, ImageStore, type PullEvent, type PullProgress } from '../../src/index.js';
import { assertNoLeftovers, expectCode, ingestLeftovers } from '../helpers/pull-checks.js';
import { TestRegistry } from '../helpers/registry.js';
import { buildLayeredImage, buildTinyImage, pushImage, type BuiltImage } from '../helpers/registry-images.js';
import { RegistryProxy } from '../helpers/registry-proxy.js';
import { registryRequirements } from '../helpers/registry-setups.js';

let layered: BuiltImage;
const fixtures = mkdtempSync(join(tmpdir(), 'cr-puller-'));
after(() => removeTempDir(fixtures));
before(async () => {
  layered = await buildLayeredImage(fixtures);
});

test('concurrent pulls of one image share one download; each caller gets progress and events', async (t) => {
  if (skipUnless(t, registryRequirements)) return;
  const dir = tempDir(t);
  const reg = await TestRegistry.start(t, join(dir, 'reg'));
  await pushImage(layered, `${reg.host}/test/layered:1`);
  const proxy = await RegistryProxy.start(t, reg.host);
  proxy.stallBlobsAfterBytes = 100_000;
  defer(t, () => proxy.resume());
  const store = await ImageStore.open(join(dir, 'store'));
  const published: PullEvent[] = [];
  const puller = new ImagePuller(store, { onEvent: (e) => published.push(e) });
  const ref = `${proxy.host}/test/layered:1`;
  const opts = { insecureRegistries: [`http://${proxy.host}`] };
  const seen = [0, 1, 2].map(() => ({ progress: [] as PullProgress[], events: [] as PullEvent[] }));
  const callerOpts = (i: number): typeof opts & Parameters<ImagePuller['pull']>[1] => ({
    ...opts,
    onProgress: (p) => seen[i]?.progress.push(p),
    onEvent: (e) => seen[i]?.events.push(e),
  });

  // Two in the same tick, and a third once the download is under way (held mid-layer).
  const first = puller.pull(ref, callerOpts(0));
  const second = puller.pull(ref, callerOpts(1));
  await proxy.stalled;
  const third = puller.pull(ref, callerOpts(2));
  proxy.resume();
  const records = await Promise.all([first, second, third]);
  assert.deepEqual(
    records.map((r) => r.id),
    [layered.configDigest, layered.configDigest, layered.configDigest],
  );
  assert.equal(proxy.count(/\/manifests\//), 1, 'one manifest request');
  assert.equal(proxy.count(/\/blobs\//), 4, 'each blob downloaded once');
  assert.deepEqual(
    published.map((e) => e.reason),
    ['Pulling', 'Pulled'],
    'the daemon hears of one pull',
  );
  for (const [i, s] of seen.entries()) {
    assert.ok(
      s.events.some((e) => e.reason === 'Pulled'),
      `caller ${i} saw Pulled`,
    );
    assert.ok(
      s.progress.some((p) => p.status === 'done'),
      `caller ${i} saw progress`,
    );
  }
  assert.equal(seen[0]?.events[0]?.reason, 'Pulling', 'the first caller hears the first event');
  records[0]?.repoTags.push('mutated');
  assert.equal(records[1]?.repoTags.includes('mutated'), false, 'each caller has its own record');
});

test('failures back off 10 s, doubling, as ImagePullBackOff without asking the registry; success resets', async (t) => {
  if (skipUnless(t, registryRequirements)) return;
  const dir = tempDir(t);
  const reg = await TestRegistry.start(t, join(dir, 'reg'));
  const proxy = await RegistryProxy.start(t, reg.host);
  const store = await ImageStore.open(join(dir, 'store'));
  let now = 1_700_000_000_000;
  const events: PullEvent[] = [];
  const puller = new ImagePuller(store, { clock: { now: () => now }, onEvent: (e) => events.push(e) });
  const ref = `${proxy.host}/test/late:1`;
  const opts = { insecureRegistries: [`http://${proxy.host}`] };
  const requests = (): number => proxy.requests.length;

  // Not pushed yet: the registry says NotFound.
  await expectCode(puller.pull(ref, opts), 'NotFound', /^ErrImagePull: pull .*test\/late:1: /);
  assert.equal(puller.backoffUntil(ref), now + 10_000);
  const before = requests();
  const backOff = await expectCode(puller.pull(ref, opts), 'NotFound', /^ImagePullBackOff: /);
  assert.match(backOff.message, /next try in 10s \(last error: pull .*MANIFEST_UNKNOWN/);
  assert.equal(requests(), before, 'a pull backing off does not reach the registry');
  assert.deepEqual(events.at(-1), {
    name: ref,
    reason: 'BackOff',
    message: `Back-off pulling image "${ref}"`,
  });

  now += 9_999;
  await expectCode(puller.pull(ref, opts), 'NotFound', /^ImagePullBackOff: .*next try in 1s/);
  now += 1;
  await expectCode(puller.pull(ref, opts), 'NotFound', /^ErrImagePull: /);
  assert.equal(puller.backoffUntil(ref), now + 20_000, 'doubled');
  now += 10_000;
  await expectCode(puller.pull(ref, opts), 'NotFound', /^ImagePullBackOff: /);

  // Pushed meanwhile; an explicit pull may skip the wait, and its success resets the back-off.
  const image = await buildTinyImage(dir, 'late');
  await pushImage(image, `${reg.host}/test/late:1`);
  const rec = await puller.pull(ref, { ...opts, ignoreBackoff: true });
  assert.equal(rec.id, image.configDigest);
  assert.equal(puller.backoffUntil(ref), undefined);

  // The next failure starts over at 10 s.
  await reg.stop();
  await expectCode(puller.pull(ref, opts), 'Unavailable', /^ErrImagePull: /);
  assert.equal(puller.backoffUntil(ref), now + 10_000);
  assert.deepEqual(
    events.map((e) => e.reason),
    [
      'Pulling',
      'Failed',
      'BackOff',
      'BackOff',
      'Pulling',
      'Failed',
      'BackOff',
      'Pulling',
      'Pulled',
      'Pulling',
      'Failed',
    ],
  );
  await expectCode(puller.pull('not a reference', opts), 'InvalidArgument');
});

test('a caller that cancels detaches; the download stops only when every caller has', async (t) => {
  if (skipUnless(t, registryRequirements)) return;
  const dir = tempDir(t);
  const reg = await TestRegistry.start(t, join(dir, 'reg'));
  await pushImage(layered, `${reg.host}/test/layered:1`);
  const proxy = await RegistryProxy.start(t, reg.host);
  proxy.stallBlobsAfterBytes = 100_000;
  defer(t, () => proxy.resume());
  const store = await ImageStore.open(join(dir, 'store'));
  const puller = new ImagePuller(store);
  const ref = `${proxy.host}/test/layered:1`;
  const opts = { insecureRegistries: [`http://${proxy.host}`] };

  const quitter = new AbortController();
  const stayer = puller.pull(ref, opts);
  const leaving = puller.pull(ref, { ...opts, signal: quitter.signal });
  await proxy.stalled;
  quitter.abort();
  await expectCode(leaving, 'Canceled');
  proxy.resume();
  assert.equal((await stayer).id, layered.configDigest);

  const store2 = await ImageStore.open(join(dir, 'store2'));
  const puller2 = new ImagePuller(store2);
  proxy.stallBlobsAfterBytes = 100_000;
  const a = new AbortController();
  const b = new AbortController();
  const pa = puller2.pull(ref, { ...opts, signal: a.signal });
  const pb = puller2.pull(ref, { ...opts, signal: b.signal });
  await proxy.stalled;
  a.abort();
  b.abort();
  await expectCode(pa, 'Canceled');
  await expectCode(pb, 'Canceled');
  // The shared download stops too (its ingest is gone once it settles), and no back-off follows.
  proxy.resume();
  await waitFor(() => ingestLeftovers(store2).length === 0, { what: 'the canceled pull to clean up' });
  assert.equal(puller2.backoffUntil(ref), undefined);
  assert.deepEqual(store2.list(), []);
});

test('leaves no registry process and no mount behind', (t) => {
  if (skipUnless(t, registryRequirements)) return;
  assertNoLeftovers();
});
