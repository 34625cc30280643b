import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Code, codeName } from '../src/codes.js';
import { CorralError, errNotFound, errorCode, isNotFound, isUnavailable } from '../src/errors.js';

test('wire messages carry containerd class text once', () => {
  assert.equal(errNotFound('container c1').wireMessage(), 'container c1: not found');
  assert.equal(
    errNotFound('container not created: not found').wireMessage(),
    'container not created: not found',
  );
  assert.equal(new CorralError('Internal', 'boom').wireMessage(), 'boom');
});

test('fromStatus rebuilds the kind and strips the class text, like containerd FromGRPC', () => {
  const e = CorralError.fromStatus(Code.NotFound, 'container not created: not found');
  assert.equal(e.code, 'NotFound');
  assert.equal(e.message, 'container not created');
  assert.equal(CorralError.fromStatus(999, 'x').code, 'Unknown');
  assert.equal(codeName(14), 'Unavailable');
});

test('kind predicates look through cause chains', () => {
  const inner = new CorralError('Unavailable', 'shim gone');
  const outer = new Error('start c1', { cause: new Error('dial', { cause: inner }) });
  assert.equal(errorCode(outer), 'Unavailable');
  assert.ok(isUnavailable(outer));
  assert.ok(!isNotFound(outer));
  assert.equal(errorCode(new Error('plain')), 'Unknown');
  assert.equal(errorCode('not an error'), 'Unknown');
});
