import assert from 'node:assert/strict';
import { once } from 'node:events';
import { openSync } from 'node:fs';
import { type Socket, createConnection, createServer } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '@corral/test-utils';
import { peerCredentials, socketFd } from '../src/index.js';
import { ownFd } from './fixtures.js';

test('peerCredentials of a unix connection are our pid, uid and gid on both ends', async (t) => {
  const dir = tempDir(t);
  const server = createServer();
  t.after(() => server.close());
  const accepted = once(server, 'connection') as Promise<[Socket]>;
  server.listen(join(dir, 'peer.sock'));
  await once(server, 'listening');
  const client = createConnection(join(dir, 'peer.sock'));
  t.after(() => client.destroy());
  await once(client, 'connect');
  const [conn] = await accepted;
  t.after(() => conn.destroy());

  const us = { pid: process.pid, uid: process.getuid!(), gid: process.getgid!() };
  assert.deepEqual(peerCredentials(socketFd(conn)), us);
  assert.deepEqual(peerCredentials(socketFd(client)), us);
});

test('peerCredentials of a non-socket is ENOTSOCK; a closed net.Socket has no fd', async (t) => {
  const devNull = ownFd(t, openSync('/dev/null', 'r'));
  assert.throws(() => peerCredentials(devNull.fd), {
    name: 'SysError',
    code: 'ENOTSOCK',
    syscall: 'getsockopt',
  });
  const dir = tempDir(t);
  const server = createServer().listen(join(dir, 's.sock'));
  t.after(() => server.close());
  await once(server, 'listening');
  const client = createConnection(join(dir, 's.sock'));
  t.after(() => client.destroy());
  await once(client, 'connect');
  client.destroy();
  await once(client, 'close');
  assert.throws(() => socketFd(client), /has no OS fd/);
});
