import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { removeTempDir, skipUnless, tempDir } from '@corral/test-utils';
import {
  checkRegistryLogin,
  ImagePuller,
  ImageStore,
  writeAuthEntry,
  type PullEvent,
} from '../../src/index.js';
import {
  assertNoLeftovers,
  assertNoSecrets,
  expectCode,
  ingestLeftovers,
  recordingLogger,
  verifiedBlobs,
} from '../helpers/pull-checks.js';
import { buildLayeredImage, pushImage, type BuiltImage } from '../helpers/registry-images.js';
import { RegistryProxy } from '../helpers/registry-proxy.js';
import {
  basicUser,
  credsOf,
  refreshToken,
  registryRequirements,
  startBasicRegistry,
  startTokenRegistry,
  tokenUser,
} from '../helpers/registry-setups.js';

let layered: BuiltImage;
const fixtures = mkdtempSync(join(tmpdir(), 'cr-auth-'));
after(() => removeTempDir(fixtures));
before(async () => {
  layered = await buildLayeredImage(fixtures);
});

const b64 = (s: string): string => Buffer.from(s).toString('base64');
const wrongPassword = 'wrong-password-31337';

test('basic auth: anonymous and a wrong password are Unauthenticated, and no credential leaks', async (t) => {
  if (skipUnless(t, registryRequirements)) return;
  const dir = tempDir(t);
  const reg = await startBasicRegistry(t, dir);
  await pushImage(layered, `${reg.host}/test/layered:1`, { creds: credsOf(basicUser) });
  const { logger, lines } = recordingLogger();
  const store = await ImageStore.open(join(dir, 'store'), { logger });
  const ref = `${reg.host}/test/layered:1`;
  const insecureRegistries = [`http://${reg.host}`];

  const anon = await expectCode(
    store.pull(ref, { insecureRegistries }),
    'Unauthenticated',
    /requires authentication/,
  );
  assert.match(anon.hint ?? '', /corral login/);

  const events: PullEvent[] = [];
  const errors: unknown[] = [];
  const puller = new ImagePuller(store, { onEvent: (e) => events.push(e) });
  for (const auth of [
    { username: basicUser.name, password: wrongPassword },
    { auth: b64(`${basicUser.name}:${wrongPassword}`) },
  ]) {
    errors.push(
      await expectCode(
        puller.pull(ref, { insecureRegistries, auth, ignoreBackoff: true }),
        'Unauthenticated',
        /^ErrImagePull: pull .*: manifest 1: 127\.0\.0\.1:\d+ rejected the credentials from the request/,
      ),
    );
  }
  errors.push(
    await expectCode(puller.pull(ref, { insecureRegistries }), 'Unauthenticated', /^ImagePullBackOff: /),
  );
  assert.deepEqual(
    events.map((e) => e.reason),
    ['Pulling', 'Failed', 'Pulling', 'Failed', 'BackOff'],
  );
  assertNoSecrets([wrongPassword, b64(`${basicUser.name}:${wrongPassword}`)], { errors, events, lines });
  assert.deepEqual(store.list(), []);
  assert.deepEqual(ingestLeftovers(store), []);
});

test('basic auth: credentials from the request or from a docker config.json auth file', async (t) => {
  if (skipUnless(t, registryRequirements)) return;
  const dir = tempDir(t);
  const reg = await startBasicRegistry(t, dir);
  await pushImage(layered, `${reg.host}/test/layered:1`, { creds: credsOf(basicUser) });
  const ref = `${reg.host}/test/layered:1`;
  const insecureRegistries = [`http://${reg.host}`];
  const { logger, lines } = recordingLogger();
  const events: PullEvent[] = [];

  const fromRequest = await ImageStore.open(join(dir, 'a'), { logger });
  const rec = await fromRequest.pull(ref, {
    insecureRegistries,
    auth: { username: basicUser.name, password: basicUser.password },
    onEvent: (e) => events.push(e),
  });
  assert.equal(rec.id, layered.configDigest);

  const authFile = join(dir, 'home', 'auth.json');
  await writeAuthEntry(authFile, `http://${reg.host}`, {
    username: basicUser.name,
    password: basicUser.password,
  });
  const fromFile = await ImageStore.open(join(dir, 'b'), { logger });
  assert.equal((await fromFile.pull(ref, { insecureRegistries, authFile })).id, layered.configDigest);
  // Credentials given in the request for another registry are not sent here: the file's are used.
  const other = await ImageStore.open(join(dir, 'c'));
  const viaFile = await other.pull(ref, {
    insecureRegistries,
    authFile,
    auth: { username: 'x', password: 'y', serverAddress: 'quay.io' },
  });
  assert.equal(viaFile.id, layered.configDigest);
  assertNoSecrets([basicUser.password, b64(credsOf(basicUser))], { events, lines });
});

test('token auth: the bearer flow with a password, a refresh token or a ready token; refusals are Unauthenticated', async (t) => {
  if (skipUnless(t, registryRequirements)) return;
  const dir = tempDir(t);
  const { registry: reg, tokens } = await startTokenRegistry(t, dir);
  // skopeo goes through the same token server to push: the fixture speaks the real protocol.
  await pushImage(layered, `${reg.host}/test/layered:1`, { creds: credsOf(tokenUser) });
  const ref = `${reg.host}/test/layered:1`;
  const insecureRegistries = [`http://${reg.host}`];
  const { logger, lines } = recordingLogger();
  const events: PullEvent[] = [];
  const errors: unknown[] = [];

  const store = await ImageStore.open(join(dir, 'store'), { logger });
  tokens.requests.length = 0;
  // Anonymous: the token server grants a token with no access; the registry refuses it.
  errors.push(
    await expectCode(store.pull(ref, { insecureRegistries }), 'Unauthenticated', /requires authentication/),
  );
  assert.deepEqual(
    tokens.requests.map((r) => r.authenticated),
    ['anonymous'],
  );
  errors.push(
    await expectCode(
      store.pull(ref, {
        insecureRegistries,
        auth: { username: tokenUser.name, password: wrongPassword },
        onEvent: (e) => events.push(e),
      }),
      'Unauthenticated',
      /get token from http:\/\/127\.0\.0\.1:\d+\/token: 127\.0\.0\.1:\d+ rejected the credentials from the request/,
    ),
  );
  errors.push(
    await expectCode(
      store.pull(ref, { insecureRegistries, auth: { identityToken: 'not-a-valid-refresh-token' } }),
      'Unauthenticated',
    ),
  );

  tokens.requests.length = 0;
  const rec = await store.pull(ref, {
    insecureRegistries,
    auth: { username: tokenUser.name, password: tokenUser.password },
    onEvent: (e) => events.push(e),
  });
  assert.equal(rec.id, layered.configDigest);
  // One token for the whole pull: the blobs reuse the manifest's.
  assert.deepEqual(tokens.requests, [
    { method: 'GET', authenticated: 'ok', scopes: ['repository:test/layered:pull'] },
  ]);
  const issued = tokens.issued.at(-1) ?? '';

  const viaRefresh = await ImageStore.open(join(dir, 'refresh'), { logger });
  tokens.requests.length = 0;
  await viaRefresh.pull(ref, { insecureRegistries, auth: { identityToken: refreshToken } });
  assert.deepEqual(
    tokens.requests.map((r) => `${r.method} ${r.authenticated}`),
    ['POST ok'],
  );

  const viaToken = await ImageStore.open(join(dir, 'token'), { logger });
  tokens.requests.length = 0;
  await viaToken.pull(ref, { insecureRegistries, auth: { registryToken: issued } });
  assert.deepEqual(tokens.requests, [], 'a registry token is sent as is');

  await checkRegistryLogin(
    reg.host,
    { username: tokenUser.name, password: tokenUser.password },
    { insecureRegistries },
  );
  errors.push(
    await expectCode(
      checkRegistryLogin(
        reg.host,
        { username: tokenUser.name, password: wrongPassword },
        { insecureRegistries },
      ),
      'Unauthenticated',
    ),
  );
  assertNoSecrets(
    [wrongPassword, tokenUser.password, refreshToken, issued, b64(credsOf(tokenUser)), ...tokens.issued],
    { errors, events, lines },
  );
  assert.deepEqual(ingestLeftovers(store), []);
});

test('blobs redirected to another origin are followed, and the credentials stay home', async (t) => {
  if (skipUnless(t, registryRequirements)) return;
  const dir = tempDir(t);
  const reg = await startBasicRegistry(t, dir);
  await pushImage(layered, `${reg.host}/test/layered:1`, { creds: credsOf(basicUser) });
  const proxy = await RegistryProxy.start(t, reg.host);
  proxy.redirectBlobs = true;
  // The CDN's own access to the content, as a presigned URL would carry it.
  proxy.cdnAuthorization = `Basic ${b64(credsOf(basicUser))}`;
  const store = await ImageStore.open(join(dir, 'store'));
  const rec = await store.pull(`${proxy.host}/test/layered:1`, {
    insecureRegistries: [`http://${proxy.host}`],
    auth: { username: basicUser.name, password: basicUser.password },
  });
  assert.equal(rec.id, layered.configDigest);
  assert.equal(proxy.count(/\/blobs\//, 'cdn'), 4);
  const front = proxy.requests.filter((r) => r.via === 'front' && /\/blobs\//.test(r.path));
  assert.ok(front.every((r) => r.status === 307 && r.authorization));
  assert.ok(
    proxy.requests.filter((r) => r.via === 'cdn').every((r) => !r.authorization),
    'fetch drops Authorization on a cross-origin redirect',
  );
  assert.ok(verifiedBlobs(store).includes(layered.layers[0]?.digest ?? ''));
});

test('checkRegistryLogin: accepted and refused credentials (what corral login checks)', async (t) => {
  if (skipUnless(t, registryRequirements)) return;
  const dir = tempDir(t);
  const reg = await startBasicRegistry(t, dir);
  const insecureRegistries = [`http://${reg.host}`];
  await checkRegistryLogin(
    reg.host,
    { username: basicUser.name, password: basicUser.password },
    { insecureRegistries },
  );
  const err = await expectCode(
    checkRegistryLogin(
      reg.host,
      { username: basicUser.name, password: wrongPassword },
      { insecureRegistries },
    ),
    'Unauthenticated',
    /rejected the credentials/,
  );
  assertNoSecrets([wrongPassword], { errors: [err] });
  await expectCode(
    checkRegistryLogin(reg.host, {}, { insecureRegistries }),
    'Unauthenticated',
    /requires authentication/,
  );
});

test('leaves no registry process and no mount behind', (t) => {
  if (skipUnless(t, registryRequirements)) return;
  assertNoLeftovers();
});
