import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isInvalidArgument } from '../src/errors.js';
import { isValidIdentifier, validateIdentifier } from '../src/identifiers.js';

test('identifiers follow containerd: no path tricks, no empty parts, at most 76 chars', () => {
  for (const ok of ['c1', 'a.b_c-d', 'A9', 'x'.repeat(76)]) assert.ok(isValidIdentifier(ok), ok);
  for (const bad of ['', '../x', '..', 'a/b', '.a', 'a.', 'a..b', 'a b', 'x'.repeat(77), 'a\0b', '-a']) {
    assert.ok(!isValidIdentifier(bad), JSON.stringify(bad));
    assert.throws(() => validateIdentifier(bad, 'container id'), isInvalidArgument);
  }
  assert.equal(validateIdentifier('c1'), 'c1');
});
