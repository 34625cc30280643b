// Registry pulls through corrald's API (PullImage, PullImageProgress) from Debian's docker-registry
// on 127.0.0.1, with a real corrald on a temp root: the image is listed and runs; progress and
// events reach the client; concurrent pulls share one download and publish once; errors keep their
// kinds and store nothing; credentials come from the request or the auth file and never reach the log.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { inspect } from 'node:util';
import { join } from 'node:path';
import { after, before, test, type TestContext } from 'node:test';
import { nowNanos, toBigInt, toInt64, topics, unpackAnyByUrl, type CorralError } from '@corral/api';
import { connect, type CorralClient, type Event, type PullProgress } from '@corral/client';
import { writeAuthEntry } from '@corral/images';
import {
  TestRegistry,
  basicUser,
  buildLayeredImage,
  credsOf,
  defer,
  keptFile,
  addedFile,
  pushImage,
  registryBins,
  removeTempDir,
  skipUnless,
  startBasicRegistry,
  waitFor,
  type BuiltImage,
} from '@corral/test-utils';
import { startTestDaemon, type TestDaemon } from './helpers/test-daemon.js';

const requirements = { root: true, bins: ['runc', 'mkfifo', ...registryBins] };
const wrongPassword = 'wrong-password-31337';

let layered: BuiltImage;
const fixtures = mkdtempSync(join(tmpdir(), 'cd-pull-'));
after(() => removeTempDir(fixtures));
before(async () => {
  layered = await buildLayeredImage(fixtures);
});

async function client(t: TestContext, h: TestDaemon): Promise<CorralClient> {
  const c = await connect({ socket: h.socket });
  defer(t, () => c.close());
  return c;
}

interface ImageEvent {
  topic: string;
  reason?: string;
  name?: string;
  id?: string;
  message?: string;
  size?: bigint;
  durationNs?: bigint;
}

/** Every /images/* event from now on (replayed from the journal: no race with the subscription), decoded. */
function watchImageEvents(t: TestContext, c: CorralClient): ImageEvent[] {
  const seen: ImageEvent[] = [];
  const stop = new AbortController();
  const since = toInt64(nowNanos());
  const reading = (async () => {
    try {
      for await (const e of c.events.subscribe(
        { filters: ['topic~="/images/"'], sinceTime: since },
        { signal: stop.signal },
      ))
        seen.push(decode(e));
    } catch {
      // the subscription ends with the test
    }
  })();
  defer(t, async () => {
    stop.abort();
    await reading;
  });
  return seen;
}

function decode(e: Event): ImageEvent {
  const m = unpackAnyByUrl(e.event ?? {}).message as Record<string, unknown>;
  const out: ImageEvent = { topic: e.topic ?? '' };
  for (const k of ['reason', 'name', 'id', 'message'] as const) if (typeof m[k] === 'string') out[k] = m[k];
  if (m['size'] !== undefined) out.size = toBigInt(m['size'] as never);
  if (m['durationNs'] !== undefined) out.durationNs = toBigInt(m['durationNs'] as never);
  return out;
}

/** The reasons of `/images/update` events about `name`, in order. */
function reasons(events: ImageEvent[], name: string): string[] {
  return events.filter((e) => e.topic === topics.imageUpdate && e.name === name).map((e) => e.reason ?? '');
}

/** The digests in the store's content dir. */
function storedBlobs(h: TestDaemon): string[] {
  const dir = join(h.root, 'images', 'blobs', 'sha256');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** Pull staging corrald left behind: none once no pull runs. */
function ingestLeft(h: TestDaemon): string[] {
  const dir = join(h.root, 'images', 'ingest');
  return existsSync(dir) ? readdirSync(dir) : [];
}

/** Runs `command` in a container of `image` to its end; its output and exit code. */
async function runOnce(c: CorralClient, image: string, command: string[]): Promise<[string, number]> {
  const containerId =
    (await c.runtime.createContainer({ config: { image: { image }, command } })).containerId ?? '';
  try {
    await c.runtime.startContainer({ containerId });
    const exitCode = (await c.runtime.waitContainer({ containerId })).exitCode ?? -1;
    let out = '';
    for await (const e of c.runtime.containerLogs({ containerId }))
      out += `${Buffer.from(e.line ?? []).toString()}\n`;
    return [out, exitCode];
  } finally {
    await c.runtime.removeContainer({ containerId, force: true });
  }
}

test('a pull through corrald: progress per layer, shared by a concurrent caller, events once, the image listed and runnable; a second pull fetches nothing', async (t) => {
  if (skipUnless(t, requirements)) return;
  const reg = await TestRegistry.start(t, join(fixtures, `open-${process.pid}`));
  const ref = `${reg.host}/test/layered:1`;
  await pushImage(layered, ref);
  const h = await startTestDaemon(t, { registries: { insecureRegistries: [`http://${reg.host}`] } });
  const c = await client(t, h);
  const other = await client(t, h);
  const events = watchImageEvents(t, c);

  const progress: PullProgress[] = [];
  const [withProgress, plain] = await Promise.all([
    c.images.pullImage({ image: { image: ref } }, { onProgress: (p) => progress.push(p) }),
    other.images.pullImage({ image: { image: ref } }),
  ]);
  assert.equal(withProgress.imageRef, layered.configDigest);
  assert.equal(plain.imageRef, layered.configDigest, 'the concurrent caller gets the same image');

  const config = progress.filter((p) => p.kind === 'config');
  assert.equal(config.at(-1)?.status, 'done');
  assert.equal(config.at(-1)?.digest, layered.configDigest);
  for (const [i, l] of layered.layers.entries()) {
    const mine = progress.filter((p) => p.kind === 'layer' && p.index === i);
    assert.equal(mine[0]?.status, 'waiting', `layer ${i} is announced first`);
    assert.ok(
      mine.some((p) => p.status === 'downloading'),
      `layer ${i} reports its download`,
    );
    const last = mine.at(-1);
    assert.equal(last?.status, 'done', `layer ${i} ends done`);
    assert.equal(toBigInt(last?.done), BigInt(l.size));
    assert.ok(
      mine.every((p) => p.digest === l.digest && p.ref === ref && toBigInt(p.total) === BigInt(l.size)),
    );
  }
  const firstLayerByte = progress.findIndex((p) => p.kind === 'layer' && p.status === 'downloading');
  assert.equal(
    progress.slice(0, firstLayerByte).filter((p) => p.kind === 'layer').length,
    layered.layers.length,
    'every layer is announced before the first layer byte moves',
  );

  await waitFor(() => reasons(events, ref).includes('Pulled'), {
    timeoutMs: 10_000,
    what: 'the Pulled event',
  });
  assert.deepEqual(reasons(events, ref), ['Pulling', 'Pulled'], 'a shared download is published once');
  const pulled = events.find((e) => e.reason === 'Pulled');
  assert.equal(pulled?.size, BigInt(layered.size));
  assert.ok((pulled?.durationNs ?? 0n) > 0n);
  const created = events.filter((e) => e.topic === topics.imageCreate);
  assert.deepEqual(
    created.map((e) => [e.name, e.id]),
    [[ref, layered.configDigest]],
  );

  const listed = (await c.images.listImages({})).images ?? [];
  const mine = listed.find((i) => i.id === layered.configDigest);
  assert.deepEqual(mine?.repoTags, [ref]);
  assert.equal(toBigInt(mine?.size), BigInt(layered.size));
  const [out, code] = await runOnce(c, ref, [
    'sh',
    '-c',
    `cat /${keptFile}; test -e /${addedFile} && echo the whiteout did not hide it; true`,
  ]);
  assert.equal(code, 0);
  assert.equal(
    out,
    'kept from layer 2 of layered\n',
    'layer 2’s file is there, the one layer 3 deleted is not',
  );

  // Present already: one manifest request, no blob fetched, no /images/create.
  const blobs = storedBlobs(h);
  const again: PullProgress[] = [];
  const second = await c.images.pullImage({ image: { image: ref } }, { onProgress: (p) => again.push(p) });
  assert.equal(second.imageRef, layered.configDigest);
  assert.ok(again.length > 0 && again.every((p) => p.status === 'exists'), JSON.stringify(again));
  assert.deepEqual(storedBlobs(h), blobs);
  await waitFor(() => reasons(events, ref).length === 4, {
    timeoutMs: 10_000,
    what: 'the second pull’s events',
  });
  assert.deepEqual(reasons(events, ref), ['Pulling', 'Pulled', 'Pulling', 'Pulled']);
  assert.match(events.filter((e) => e.reason === 'Pulled').at(-1)?.message ?? '', /\(up to date\)/);
  assert.equal(events.filter((e) => e.topic === topics.imageCreate).length, 1);
  assert.deepEqual(ingestLeft(h), []);
});

test('credentials: anonymous and a wrong password are Unauthenticated and store nothing, back-off, then the request’s or the auth file’s; none reaches the log', async (t) => {
  if (skipUnless(t, requirements)) return;
  const reg = await startBasicRegistry(t, join(fixtures, `basic-${process.pid}`));
  const ref = `${reg.host}/test/private:1`;
  await pushImage(layered, ref, { creds: credsOf(basicUser) });
  const h = await startTestDaemon(t, { registries: { insecureRegistries: [`http://${reg.host}`] } });
  const c = await client(t, h);
  const events = watchImageEvents(t, c);
  const before = storedBlobs(h);

  // The library's hint (what to do) travels beside the message, in the status's ErrorInfo.
  await assert.rejects(c.images.pullImage({ image: { image: ref } }), (err: CorralError) => {
    assert.equal(err.code, 'Unauthenticated');
    assert.match(err.message, /^ErrImagePull: .*requires authentication/);
    assert.match(err.hint ?? '', new RegExp(`corral login ${reg.host}$`));
    return true;
  });

  const wrong = { username: basicUser.name, password: wrongPassword };
  await assert.rejects(c.images.pullImage({ image: { image: ref }, auth: wrong, ignoreBackoff: true }), {
    code: 'Unauthenticated',
    message: /^ErrImagePull: .*rejected the credentials from the request/,
  });
  // A retry loop's pull (no ignore_backoff) inside the back-off window does not reach the registry.
  await assert.rejects(c.images.pullImage({ image: { image: ref }, auth: wrong }), {
    code: 'Unauthenticated',
    message: /^ImagePullBackOff: Back-off pulling image/,
  });
  assert.deepEqual(storedBlobs(h), before, 'a refused pull stores no blob');
  assert.deepEqual(ingestLeft(h), []);
  assert.equal((await c.images.imageStatus({ image: { image: ref } })).image ?? undefined, undefined);

  const right = { username: basicUser.name, password: basicUser.password };
  const byRequest = await c.images.pullImage({ image: { image: ref }, auth: right, ignoreBackoff: true });
  assert.equal(byRequest.imageRef, layered.configDigest);

  // No credentials in the request: the daemon's auth file (what `corral login` writes) is read.
  await c.images.removeImage({ image: { image: ref } });
  assert.equal((await c.images.imageStatus({ image: { image: ref } })).image ?? undefined, undefined);
  await writeAuthEntry(join(h.dir, 'auth.json'), reg.host, right);
  assert.equal((await c.images.pullImage({ image: { image: ref } })).imageRef, layered.configDigest);

  await waitFor(() => reasons(events, ref).filter((r) => r === 'Pulled').length === 2, {
    timeoutMs: 10_000,
    what: 'both Pulled events',
  });
  assert.deepEqual(reasons(events, ref), [
    'Pulling',
    'Failed',
    'Pulling',
    'Failed',
    'BackOff',
    'Pulling',
    'Pulled',
    'Pulling',
    'Pulled',
  ]);
  const b64 = (s: string): string => Buffer.from(s).toString('base64');
  const secrets = [
    basicUser.password,
    wrongPassword,
    b64(credsOf(basicUser)),
    b64(`${basicUser.name}:${wrongPassword}`),
  ];
  const log = readFileSync(h.logFile, 'utf8');
  assert.match(log, /"msg":"pull failed"/, 'the log does say what failed');
  for (const s of secrets) {
    assert.ok(!log.includes(s), `a credential is in corrald's log`);
    assert.ok(!inspect(events).includes(s), 'a credential is in an event');
  }
});

test('errors keep their kinds: unknown tag or repository NotFound, a corrupted blob DataLoss, a registry that is down Unavailable; nothing half-stored', async (t) => {
  if (skipUnless(t, requirements)) return;
  const reg = await TestRegistry.start(t, join(fixtures, `faults-${process.pid}`));
  const good = `${reg.host}/test/layered:1`;
  await pushImage(layered, good);
  const h = await startTestDaemon(t, { registries: { insecureRegistries: [`http://${reg.host}`] } });
  const c = await client(t, h);
  const pull = (image: string) => c.images.pullImage({ image: { image }, ignoreBackoff: true });
  const before = storedBlobs(h);

  await assert.rejects(pull(`${reg.host}/test/layered:no-such-tag`), {
    code: 'NotFound',
    message: /^ErrImagePull: pull .*layered:no-such-tag/,
  });
  await assert.rejects(pull(`${reg.host}/test/no-such-repo:1`), { code: 'NotFound' });

  // Other bytes of the same length: caught by the digest, not the size.
  const top = layered.layers.at(-1)!;
  writeFileSync(reg.blobDataPath(top.digest), Buffer.alloc(top.size, 0x5a));
  await assert.rejects(pull(good), { code: 'DataLoss', message: /digest/ });
  assert.deepEqual(storedBlobs(h), before, 'nothing of the corrupted pull is stored');
  assert.deepEqual(ingestLeft(h), []);

  await reg.stop();
  await assert.rejects(pull(good), { code: 'Unavailable' });
  assert.deepEqual(
    (await c.images.listImages({})).images?.filter((i) => i.id === layered.configDigest),
    [],
  );
  assert.deepEqual(ingestLeft(h), []);
});
