import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorralError } from '@corral/api';
import { errClosed, errorFromStatus, statusFromError } from '../src/index.js';

test('a CorralError goes out with its code and containerd class text, once', () => {
  assert.deepEqual(statusFromError(new CorralError('NotFound', 'container c1')), {
    code: 5,
    message: 'container c1: not found',
  });
  assert.deepEqual(statusFromError(new CorralError('NotFound', 'container c1: not found')), {
    code: 5,
    message: 'container c1: not found',
  });
  assert.deepEqual(statusFromError(new CorralError('ResourceExhausted', 'too big')), {
    code: 8,
    message: 'too big',
  });
});

test('anything without a kind goes out as Unknown with its message', () => {
  assert.deepEqual(statusFromError(new TypeError('boom')), { code: 2, message: 'boom' });
  assert.deepEqual(statusFromError('a string'), { code: 2, message: 'a string' });
});

test('a status comes back as the same kind without the class text', () => {
  const err = errorFromStatus({ code: 6, message: 'id e1: already exists' });
  assert.equal(err.code, 'AlreadyExists');
  assert.equal(err.message, 'id e1');
  assert.equal(errorFromStatus({ code: 999, message: 'odd' }).code, 'Unknown');
});

test('ttrpc: closed is Unavailable, like Go ErrClosed mapped through errdefs', () => {
  const err = errClosed(new Error('read ECONNRESET'));
  assert.equal(err.code, 'Unavailable');
  assert.equal(err.message, 'ttrpc: closed');
  assert.equal((err.cause as Error).message, 'read ECONNRESET');
});
