import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { constants, existsSync, openSync, statSync, writeSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { ReadStream } from 'node:tty';
import { promisify } from 'node:util';
import { ensureBusyboxRootfs, skipUnless, tempDir, uniqueId, waitFor, writeBundle } from '@corral/test-utils';
import { ConsoleSocket, getWinsize, sendFd, setWinsize, socketFd } from '../src/index.js';
import { ownFd } from './fixtures.js';

const execFileAsync = promisify(execFile);

test('ConsoleSocket receives the fd a peer sends, as runc does', async (t) => {
  const dir = tempDir(t);
  const cs = await ConsoleSocket.listen(join(dir, 'console.sock'));
  t.after(() => cs.close());
  assert.equal(statSync(cs.path).mode & 0o777, 0o600);

  const receiving = cs.receiveFd({ timeoutMs: 5000 });
  const client = createConnection(cs.path);
  t.after(() => client.destroy());
  await once(client, 'connect');
  const ptmx = ownFd(t, openSync('/dev/ptmx', constants.O_RDWR | constants.O_NOCTTY));
  sendFd(socketFd(client), ptmx.fd, '/dev/pts/x');
  const master = ownFd(t, await receiving);

  setWinsize(ptmx.fd, { rows: 33, cols: 99 });
  assert.deepEqual(getWinsize(master.fd), { rows: 33, cols: 99 }, 'the same pty');
  cs.close();
  assert.equal(existsSync(cs.path), false, 'close removes the socket file');
});

test('ConsoleSocket times out, is cancelled by close, and reports a peer that sent nothing', async (t) => {
  const dir = tempDir(t);
  const cs = await ConsoleSocket.listen(join(dir, 'console.sock'));
  t.after(() => cs.close());
  await assert.rejects(cs.receiveFd({ timeoutMs: 30 }), { name: 'SysError', code: 'ETIMEDOUT' });

  const hungUp = cs.receiveFd({ timeoutMs: 5000 });
  const client = createConnection(cs.path);
  t.after(() => client.destroy());
  client.end();
  await assert.rejects(hungUp, { name: 'SysError', code: 'ECONNRESET' });

  const pending = cs.receiveFd();
  await assert.rejects(cs.receiveFd(), { code: 'EBUSY' });
  cs.close();
  await assert.rejects(pending, { name: 'SysError', code: 'ECANCELED' });
  await assert.rejects(cs.receiveFd(), { code: 'EBADF' });
});

test('ConsoleSocket.listen on a path in use is EADDRINUSE', async (t) => {
  const dir = tempDir(t);
  const cs = await ConsoleSocket.listen(join(dir, 'console.sock'));
  t.after(() => cs.close());
  await assert.rejects(ConsoleSocket.listen(cs.path), {
    name: 'SysError',
    code: 'EADDRINUSE',
    path: cs.path,
  });
});

test('runc create --console-socket hands over a working pty master', { timeout: 60_000 }, async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const id = uniqueId('sys');
  const created: { runcRoot?: string } = {};
  // Registered before the temp dir: node:test runs after-hooks in registration order.
  t.after(() => {
    if (created.runcRoot)
      execFileSync('runc', ['--root', created.runcRoot, 'delete', '-f', id], { stdio: 'ignore' });
  });
  const dir = tempDir(t);
  const runcRoot = join(dir, 'runc');
  created.runcRoot = runcRoot;
  const runc = (...args: string[]) => execFileAsync('runc', ['--root', runcRoot, ...args]);
  const bundle = writeBundle(join(dir, 'bundle'), {
    args: ['sh'],
    terminal: true,
    rootPath: ensureBusyboxRootfs(),
  });
  const cs = await ConsoleSocket.listen(join(dir, 'console.sock'));
  t.after(() => cs.close());

  const receiving = cs.receiveFd({ timeoutMs: 20_000 });
  await runc('create', '--bundle', bundle, '--console-socket', cs.path, id);
  const master = ownFd(t, await receiving);
  cs.close();
  setWinsize(master.fd, { rows: 50, cols: 120 });
  const masterFd = master.release();
  const tty = new ReadStream(masterFd);
  t.after(() => tty.destroy());
  let output = '';
  tty.setEncoding('utf8').on('data', (d: string) => (output += d));
  // EIO is how a pty master reads once every slave fd is closed (the shell exited): its EOF
  let ttyError: NodeJS.ErrnoException | undefined;
  tty.on('error', (err: NodeJS.ErrnoException) => (ttyError = err));
  await runc('start', id);
  writeSync(masterFd, 'stty size; echo h""i\n');
  await waitFor(() => output.includes('50 120') && /\bhi\r\n/.test(output), {
    what: `the shell's answer (got ${JSON.stringify(output)})`,
  });

  await runc('delete', '-f', id);
  await waitFor(() => ttyError !== undefined || tty.destroyed, { what: 'the pty to hang up' });
  assert.equal(ttyError?.code ?? 'EIO', 'EIO');
  const { stdout } = await runc('list', '--quiet');
  assert.equal(stdout.trim(), '', 'runc list is empty');
});
