import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultSocketPath, formatAddress, parseAddress, resolveAddress } from '../src/index.js';

test('host wins over socket, socket over CORRAL_HOST, CORRAL_HOST over the default', () => {
  const env = { CORRAL_HOST: 'tcp://10.0.0.1:7777' };
  assert.deepEqual(resolveAddress({ host: 'unix:///a.sock', socket: '/b.sock', env }), {
    kind: 'unix',
    path: '/a.sock',
  });
  assert.deepEqual(resolveAddress({ socket: '/b.sock', env }), { kind: 'unix', path: '/b.sock' });
  assert.deepEqual(resolveAddress({ env }), { kind: 'tcp', host: '10.0.0.1', port: 7777 });
  assert.deepEqual(resolveAddress({ env: {} }), { kind: 'unix', path: defaultSocketPath });
  assert.equal(defaultSocketPath, '/run/corral/corral.sock');
});

test('addresses parse and print back', () => {
  for (const [input, printed] of [
    ['unix:///run/x.sock', '/run/x.sock'],
    ['/run/x.sock', '/run/x.sock'],
    ['tcp://127.0.0.1:9000', 'tcp://127.0.0.1:9000'],
    ['tcp://[::1]:9000', 'tcp://[::1]:9000'],
    ['tcp://localhost:1', 'tcp://localhost:1'],
  ] as const) {
    assert.equal(formatAddress(parseAddress(input)), printed);
  }
});

test('bad addresses are InvalidArgument naming the input', () => {
  for (const bad of [
    'tcp://127.0.0.1',
    'tcp://h:p',
    'tcp://h:1/path',
    'unix://relative',
    'http://x:1',
    'x.sock',
  ]) {
    assert.throws(
      () => parseAddress(bad),
      (err: Error & { code: string }) => {
        assert.equal(err.code, 'InvalidArgument');
        assert.ok(err.message.includes(JSON.stringify(bad)), err.message);
        return true;
      },
    );
  }
});
