import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorCode } from '@corral/api';
import { normalizeRef, parseRef, repositoryOf } from '../src/index.js';

const digest = `sha256:${'a'.repeat(64)}`;

test('normalizes references the way docker does', () => {
  const cases: [string, string][] = [
    ['busybox', 'docker.io/library/busybox:latest'],
    ['busybox:1.36', 'docker.io/library/busybox:1.36'],
    ['library/busybox', 'docker.io/library/busybox:latest'],
    ['docker.io/busybox', 'docker.io/library/busybox:latest'],
    ['index.docker.io/library/busybox:1', 'docker.io/library/busybox:1'],
    ['user/app', 'docker.io/user/app:latest'],
    ['localhost/app', 'localhost/app:latest'],
    ['localhost:5000/team/app:v1.2', 'localhost:5000/team/app:v1.2'],
    ['quay.io/org/app', 'quay.io/org/app:latest'],
    ['127.0.0.1:5000/a_b/c-d.e__f', '127.0.0.1:5000/a_b/c-d.e__f:latest'],
    [`busybox@${digest}`, `docker.io/library/busybox@${digest}`],
    [`busybox:1@${digest}`, `docker.io/library/busybox:1@${digest}`],
    ['Registry.Example.com/app', 'Registry.Example.com/app:latest'],
  ];
  for (const [input, want] of cases) assert.equal(normalizeRef(input), want, input);
  assert.equal(normalizeRef(normalizeRef('busybox')), 'docker.io/library/busybox:latest');
  assert.deepEqual(parseRef('busybox'), { domain: 'docker.io', path: 'library/busybox' });
  assert.equal(repositoryOf('busybox:1'), 'docker.io/library/busybox');
});

test('refuses what docker refuses, with InvalidArgument', () => {
  for (const bad of [
    '',
    'Busybox',
    'docker.io/Library/busybox',
    'busybox:',
    'busybox:bad tag',
    'a//b',
    '-leading/dash',
    'busybox@sha256:short',
    'a'.repeat(64),
    ':latest',
    `x/${'a'.repeat(260)}`,
    'busybox:' + 't'.repeat(129),
  ]) {
    assert.throws(
      () => normalizeRef(bad),
      (e: unknown) => errorCode(e) === 'InvalidArgument',
      JSON.stringify(bad),
    );
  }
});
