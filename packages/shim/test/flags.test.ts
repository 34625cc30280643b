import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isInvalidArgument } from '@corral/api';
import { parseShimFlags } from '../src/flags.js';

test('parses containerd 1.6 start and delete command lines', () => {
  const start = parseShimFlags([
    '-namespace',
    'default',
    '-address',
    '/run/containerd/containerd.sock',
    '-publish-binary',
    '/usr/bin/containerd',
    '-id',
    'c1',
    '-debug',
    'start',
  ]);
  assert.equal(start.namespace, 'default');
  assert.equal(start.address, '/run/containerd/containerd.sock');
  assert.equal(start.publishBinary, '/usr/bin/containerd');
  assert.equal(start.id, 'c1');
  assert.equal(start.debug, true);
  assert.equal(start.action, 'start');
  const del = parseShimFlags(['--namespace=ns', '-id=c2', '-bundle', '/b', 'delete']);
  assert.deepEqual(
    [del.namespace, del.id, del.bundle, del.action, del.debug],
    ['ns', 'c2', '/b', 'delete', false],
  );
});

test('serve mode has no action; -debug=false and -v parse like Go flags', () => {
  const f = parseShimFlags(['-namespace', 'n', '-id', 'c', '-address', 'a', '-debug=false', '-socket', '/s']);
  assert.equal(f.action, '');
  assert.equal(f.debug, false);
  assert.equal(f.socket, '/s');
  assert.equal(parseShimFlags(['-v']).version, true);
  assert.equal(parseShimFlags(['--', '-id']).action, '-id');
});

test('unknown flags and missing values are InvalidArgument', () => {
  assert.throws(() => parseShimFlags(['-nope']), isInvalidArgument);
  assert.throws(() => parseShimFlags(['-id']), isInvalidArgument);
  assert.throws(() => parseShimFlags(['-debug=maybe']), isInvalidArgument);
});
