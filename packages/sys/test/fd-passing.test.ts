import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { constants, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '@corral/test-utils';
import { SysError, receiveFd, recvFd, sendFd, socketPair } from '../src/index.js';
import { isCloseOnExec, ownFd } from './fixtures.js';

test("a pipe's write end passed through a socketpair writes into the same pipe", (t) => {
  const dir = tempDir(t);
  const fifo = join(dir, 'pipe');
  execFileSync('mkfifo', [fifo]);
  const readEnd = ownFd(t, openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK));
  const writeEnd = ownFd(t, openSync(fifo, constants.O_WRONLY));
  const [a, b] = socketPair().map((fd) => ownFd(t, fd)) as [
    ReturnType<typeof ownFd>,
    ReturnType<typeof ownFd>,
  ];

  assert.equal(recvFd(b.fd), undefined, 'nothing pending yet, and no blocking');
  sendFd(a.fd, writeEnd.fd);
  const received = ownFd(t, recvFd(b.fd)!);
  assert.notEqual(received.fd, writeEnd.fd);
  assert.ok(isCloseOnExec(received.fd), 'received fds are close-on-exec');
  writeEnd.close();

  writeSync(received.fd, 'hello');
  received.close();
  const buf = Buffer.alloc(16);
  assert.equal(buf.toString('utf8', 0, readSync(readEnd.fd, buf)), 'hello');
  assert.equal(readSync(readEnd.fd, buf), 0, 'EOF: no other copy of the write end is left open');
});

test('receiveFd waits on the event loop, times out, and reports a peer that hung up', async (t) => {
  const [a, b] = socketPair().map((fd) => ownFd(t, fd)) as [
    ReturnType<typeof ownFd>,
    ReturnType<typeof ownFd>,
  ];
  const devNull = ownFd(t, openSync('/dev/null', 'r'));

  const pending = receiveFd(b.fd, { timeoutMs: 5000 });
  setImmediate(() => sendFd(a.fd, devNull.fd));
  ownFd(t, await pending);

  await assert.rejects(receiveFd(b.fd, { timeoutMs: 30 }), { name: 'SysError', code: 'ETIMEDOUT' });
  const ac = new AbortController();
  const aborted = receiveFd(b.fd, { signal: ac.signal });
  ac.abort();
  await assert.rejects(aborted, { name: 'AbortError' });

  const hungUp = receiveFd(b.fd, { timeoutMs: 5000 });
  a.close();
  await assert.rejects(hungUp, (err: unknown) => {
    assert.ok(err instanceof SysError);
    assert.equal(err.code, 'ECONNRESET');
    assert.match(err.message, /without sending one/);
    return true;
  });
});

test('sendFd on something that is not a socket is ENOTSOCK', (t) => {
  const devNull = ownFd(t, openSync('/dev/null', 'r'));
  assert.throws(() => sendFd(devNull.fd, devNull.fd), {
    name: 'SysError',
    code: 'ENOTSOCK',
    syscall: 'sendmsg',
  });
});
