import assert from 'node:assert/strict';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CorralError } from '@corral/api';
import { tempDir } from '@corral/test-utils';
import {
  defaultAuthFile,
  dockerHubAuthKey,
  readAuthFile,
  registryHostOf,
  removeAuthEntry,
  writeAuthEntry,
} from '../../src/index.js';
import { resolveCredentials } from '../../src/registry/credentials.js';
import { makeRedactor } from '../../src/registry/registry-errors.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64');

test('registry hosts of auth keys: schemes, paths and Docker Hub aliases dropped', () => {
  assert.equal(registryHostOf(dockerHubAuthKey), 'docker.io');
  assert.equal(registryHostOf('registry-1.docker.io'), 'docker.io');
  assert.equal(registryHostOf('docker.io'), 'docker.io');
  assert.equal(registryHostOf('http://127.0.0.1:5000/v2/'), '127.0.0.1:5000');
  assert.equal(registryHostOf('Quay.IO'), 'quay.io');
});

test('writes docker config.json entries 0600, keeps other fields, removes them again', async (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'sub', 'auth.json');
  assert.deepEqual(await readAuthFile(path), {}, 'a missing file is an empty one');
  assert.equal(await removeAuthEntry(path, 'quay.io'), false);

  await writeAuthEntry(path, 'docker.io', { username: 'alice', password: 'hub-secret' });
  await writeAuthEntry(path, 'http://127.0.0.1:5000', { username: 'bob', password: 'pa:ss' });
  assert.equal(statSync(path).mode & 0o777, 0o600);
  assert.equal(statSync(join(dir, 'sub')).mode & 0o777, 0o700);
  const file = JSON.parse(readFileSync(path, 'utf8')) as { auths: Record<string, { auth: string }> };
  // docker's own key for Docker Hub, so docker reads the file too.
  assert.deepEqual(Object.keys(file.auths).sort(), ['127.0.0.1:5000', dockerHubAuthKey].sort());
  assert.equal(file.auths[dockerHubAuthKey]?.auth, b64('alice:hub-secret'));

  // A file docker wrote, with fields we do not know and another spelling of the same registry.
  writeFileSync(
    path,
    JSON.stringify({
      auths: { 'docker.io': { auth: b64('old:old') }, 'quay.io': { auth: b64('q:q') } },
      credHelpers: { 'gcr.io': 'gcloud' },
    }),
  );
  await writeAuthEntry(path, 'index.docker.io', { username: 'alice', password: 'new' });
  const merged = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> & {
    auths: Record<string, { auth: string }>;
  };
  assert.deepEqual(Object.keys(merged.auths).sort(), ['quay.io', dockerHubAuthKey].sort());
  assert.deepEqual(merged['credHelpers'], { 'gcr.io': 'gcloud' });
  assert.equal(statSync(path).mode & 0o777, 0o600);

  assert.equal(await removeAuthEntry(path, 'registry-1.docker.io'), true);
  assert.deepEqual(Object.keys((await readAuthFile(path)).auths ?? {}), ['quay.io']);
  await assert.rejects(writeAuthEntry(path, 'quay.io', { username: 'a:b', password: 'x' }), /cannot contain/);
});

test('credentials: the request wins, else the auth file; another registry’s are not sent', async (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'config.json');
  writeFileSync(
    path,
    JSON.stringify({
      auths: {
        [dockerHubAuthKey]: { auth: b64('hubuser:hubpass') },
        'reg.example:5000': { username: 'u', password: 'p' },
        'tok.example': { identitytoken: 'refresh-me' },
      },
    }),
  );
  const hub = await resolveCredentials('docker.io', { authFile: path });
  assert.deepEqual([hub?.username, hub?.password, hub?.source], ['hubuser', 'hubpass', path]);
  assert.equal((await resolveCredentials('reg.example:5000', { authFile: path }))?.password, 'p');
  assert.equal((await resolveCredentials('tok.example', { authFile: path }))?.identityToken, 'refresh-me');
  assert.equal(await resolveCredentials('other.example', { authFile: path }), undefined);
  assert.equal(await resolveCredentials('docker.io', { authFile: join(dir, 'missing.json') }), undefined);

  const fromRequest = await resolveCredentials('docker.io', {
    auth: { auth: b64('req:pw'), serverAddress: dockerHubAuthKey },
    authFile: path,
  });
  assert.deepEqual(
    [fromRequest?.username, fromRequest?.password, fromRequest?.source],
    ['req', 'pw', 'the request'],
  );
  // For another registry: the request's are not used, the file's are.
  const elsewhere = await resolveCredentials('docker.io', {
    auth: { username: 'x', password: 'y', serverAddress: 'quay.io' },
    authFile: path,
  });
  assert.equal(elsewhere?.username, 'hubuser');
  const token = await resolveCredentials('quay.io', { auth: { registryToken: 'ready' } });
  assert.equal(token?.registryToken, 'ready');
});

test('a damaged auth file is refused without quoting it', async (t) => {
  const path = join(tempDir(t), 'config.json');
  const secret = b64('user:very-secret-password');
  writeFileSync(path, `{"auths": {"quay.io": {"auth": "${secret}"}},,}`);
  const err = await readAuthFile(path).then(
    () => assert.fail('expected an error'),
    (e: unknown) => e as CorralError,
  );
  assert.equal(err.code, 'InvalidArgument');
  assert.doesNotMatch(err.message, /very-secret|dXNlcj/);
  assert.equal(err.cause, undefined);
  await assert.rejects(
    resolveCredentials('quay.io', { auth: { auth: b64('nocolon') } }),
    /not base64 of user:password/,
  );
});

test('the redactor hides every secret it knows, and those learned later', () => {
  const r = makeRedactor(['hunter22', undefined, 'ab', 'c2VjcmV0']);
  assert.equal(r('pw hunter22 and c2VjcmV0, not ab'), 'pw *** and ***, not ab');
  r.add('tok-123456');
  assert.equal(r('Bearer tok-123456'), 'Bearer ***');
});

test('default auth file: CORRAL_AUTH_FILE, REGISTRY_AUTH_FILE, then ~/.config/corral/auth.json', () => {
  assert.equal(defaultAuthFile({ CORRAL_AUTH_FILE: '/a' }, '/home/u'), '/a');
  assert.equal(defaultAuthFile({ REGISTRY_AUTH_FILE: '/b' }, '/home/u'), '/b');
  assert.equal(defaultAuthFile({}, '/home/u'), '/home/u/.config/corral/auth.json');
});
