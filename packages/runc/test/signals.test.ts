import assert from 'node:assert/strict';
import { it } from 'node:test';
import { signalNumber } from '../src/signals.js';

it('signalNumber takes numbers, names and bare names', () => {
  assert.equal(signalNumber(9), 9);
  assert.equal(signalNumber('9'), 9);
  assert.equal(signalNumber('SIGKILL'), 9);
  assert.equal(signalNumber('KILL'), 9);
  assert.equal(signalNumber('term'), 15);
  assert.equal(signalNumber('SIGUSR1'), 10);
  assert.throws(() => signalNumber('SIGNOPE'), RangeError);
  assert.throws(() => signalNumber(0), RangeError);
  assert.throws(() => signalNumber(65), RangeError);
});
