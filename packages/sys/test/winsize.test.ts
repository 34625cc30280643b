import assert from 'node:assert/strict';
import { constants, openSync } from 'node:fs';
import { test } from 'node:test';
import { getWinsize, setWinsize } from '../src/index.js';
import { ownFd } from './fixtures.js';

test('setWinsize on a pty master reads back with getWinsize', (t) => {
  const master = ownFd(t, openSync('/dev/ptmx', constants.O_RDWR | constants.O_NOCTTY));
  setWinsize(master.fd, { rows: 43, cols: 132 });
  assert.deepEqual(getWinsize(master.fd), { rows: 43, cols: 132 });
  setWinsize(master.fd, { rows: 24, cols: 80 });
  assert.deepEqual(getWinsize(master.fd), { rows: 24, cols: 80 });
});

test('a winsize on something that is not a tty is ENOTTY; bad sizes are RangeErrors', (t) => {
  const devNull = ownFd(t, openSync('/dev/null', 'r'));
  assert.throws(() => setWinsize(devNull.fd, { rows: 1, cols: 1 }), { name: 'SysError', code: 'ENOTTY' });
  assert.throws(() => getWinsize(devNull.fd), { name: 'SysError', code: 'ENOTTY', syscall: 'ioctl' });
  assert.throws(() => setWinsize(devNull.fd, { rows: 70000, cols: 1 }), RangeError);
});
