import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '@corral/test-utils';
import { parseDaemonConfig, parseListen } from '../src/index.js';

test('defaults, flags, env twins and a config file, in that order of strength', (t) => {
  const d = parseDaemonConfig([], {});
  assert.deepEqual(
    { root: d.root, state: d.state, socket: d.socket, logLevel: d.logLevel },
    { root: '/var/lib/corral', state: '/run/corral', socket: '/run/corral/corral.sock', logLevel: 'info' },
  );
  const dir = tempDir(t);
  const file = join(dir, 'corrald.json');
  writeFileSync(file, JSON.stringify({ root: '/from/file', 'log-level': 'warn', state: '/file/state' }));
  const c = parseDaemonConfig(['--config', file, '--root=/from/flag'], {
    CORRAL_STATE: '/env/state',
    CORRAL_LOG_LEVEL: 'debug',
  });
  assert.equal(c.root, '/from/flag');
  assert.equal(c.state, '/env/state');
  assert.equal(c.logLevel, 'debug');
  assert.equal(parseDaemonConfig([], { CORRAL_CONFIG: file }).root, '/from/file');
});

test('bad settings are refused with the flag named', (t) => {
  assert.throws(() => parseDaemonConfig(['--bogus'], {}), /unknown argument "--bogus"/);
  assert.throws(() => parseDaemonConfig(['--root'], {}), /--root needs a value/);
  assert.throws(() => parseDaemonConfig(['--log-level', 'loud'], {}), /--log-level "loud"/);
  assert.throws(() => parseDaemonConfig(['--listen', 'tcp://127.0.0.1:7777'], {}), /needs --token-file/);
  assert.throws(() => parseListen('tcp://0.0.0.0:7777'), /only loopback/);
  assert.deepEqual(parseListen('tcp://127.0.0.1:7777'), { host: '127.0.0.1', port: 7777 });
  const dir = tempDir(t);
  const file = join(dir, 'bad.json');
  writeFileSync(file, JSON.stringify({ colour: 'blue' }));
  assert.throws(() => parseDaemonConfig(['--config', file], {}), /unknown key "colour"/);
  assert.equal(parseDaemonConfig(['--help'], {}).help, true);
  assert.equal(parseDaemonConfig([], {}).shimPool, 0);
  assert.equal(parseDaemonConfig(['--shim-pool', '2'], {}).shimPool, 2);
  assert.equal(parseDaemonConfig([], { CORRAL_SHIM_POOL: '1' }).shimPool, 1);
  for (const bad of ['-1', '1.5', 'two', '65'])
    assert.throws(
      () => parseDaemonConfig(['--shim-pool', bad], {}),
      /--shim-pool .*want a whole number 0…64/,
    );
});

test('registry settings: --auth-file, --insecure-registry repeated or listed, a JSON list in the file; a bad entry is refused', (t) => {
  const none = parseDaemonConfig([], {});
  assert.deepEqual([none.authFile, none.insecureRegistries, none.registryCaFile], [undefined, [], undefined]);
  const c = parseDaemonConfig(
    [
      '--auth-file',
      '/etc/corral/auth.json',
      '--insecure-registry',
      '127.0.0.1:5000',
      '--insecure-registry=http://10.0.0.1:5000,registry.lan',
      '--registry-ca-file',
      '/etc/corral/ca.pem',
    ],
    {},
  );
  assert.equal(c.authFile, '/etc/corral/auth.json');
  assert.deepEqual(c.insecureRegistries, ['127.0.0.1:5000', 'http://10.0.0.1:5000', 'registry.lan']);
  assert.equal(c.registryCaFile, '/etc/corral/ca.pem');
  assert.equal(parseDaemonConfig([], { CORRAL_AUTH_FILE: '/env/auth.json' }).authFile, '/env/auth.json');
  const file = join(tempDir(t), 'corrald.json');
  writeFileSync(
    file,
    JSON.stringify({ insecureRegistry: ['a.lan:5000', '[::1]:5000'], authFile: '/f.json' }),
  );
  const fromFile = parseDaemonConfig(['--config', file], {});
  assert.deepEqual(
    [fromFile.insecureRegistries, fromFile.authFile],
    [['a.lan:5000', '[::1]:5000'], '/f.json'],
  );
  assert.throws(
    () => parseDaemonConfig(['--insecure-registry', 'https://user:pw@host/path'], {}),
    /--insecure-registry "https:\/\/user:pw@host\/path": want HOST\[:PORT\] or http:\/\/HOST\[:PORT\]/,
  );
});
