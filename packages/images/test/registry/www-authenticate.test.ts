import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseChallenges } from '../../src/registry/www-authenticate.js';

test('parses the bearer challenges registries send', () => {
  assert.deepEqual(
    parseChallenges(
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/busybox:pull"',
    ),
    [
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/busybox:pull',
        },
      },
    ],
  );
  // distribution's insufficient_scope answer: an error parameter, a scope with a comma in quotes.
  assert.deepEqual(
    parseChallenges(
      'Bearer realm="http://t/token",service="s",scope="repository:a/b:pull,push",error="insufficient_scope"',
    ),
    [
      {
        scheme: 'bearer',
        params: {
          realm: 'http://t/token',
          service: 's',
          scope: 'repository:a/b:pull,push',
          error: 'insufficient_scope',
        },
      },
    ],
  );
});

test('parses several challenges, sloppy spacing, unquoted values and escapes', () => {
  assert.deepEqual(parseChallenges('Basic realm="corral test", Bearer realm = "http://x/t" , service=reg'), [
    { scheme: 'basic', params: { realm: 'corral test' } },
    { scheme: 'bearer', params: { realm: 'http://x/t', service: 'reg' } },
  ]);
  assert.deepEqual(parseChallenges('Basic realm="a \\"quoted\\" realm"'), [
    { scheme: 'basic', params: { realm: 'a "quoted" realm' } },
  ]);
  assert.deepEqual(parseChallenges('BASIC'), [{ scheme: 'basic', params: {} }]);
  assert.deepEqual(parseChallenges(''), []);
  assert.deepEqual(parseChallenges(null), []);
  assert.deepEqual(parseChallenges('realm="orphan"'), []);
});
