import assert from 'node:assert/strict';
import { connect as netConnect } from 'node:net';
import { test } from 'node:test';
import type { CorralError } from '@corral/api';
import { CorralClient } from '@corral/client';
import { ApiServer } from '../../src/api-server/index.js';
import { registerFakes } from './fixtures.js';

const token = 'test-token-0123456789abcdef';

async function startTcp(t: { after: (fn: () => Promise<void>) => void }) {
  const server = registerFakes(new ApiServer({ closeTimeoutMs: 200 }), {
    runtime: { version: () => Promise.resolve({ version: 'tcp' }) },
  });
  t.after(() => server.close());
  const { port } = await server.listenTcp('127.0.0.1', 0, { token });
  return { server, port };
}

/** Sends `request` as raw HTTP and returns everything the server wrote before closing. */
async function rawHttp(port: number, request: string): Promise<string> {
  const socket = netConnect({ host: '127.0.0.1', port });
  socket.write(request);
  const chunks: Buffer[] = [];
  for await (const c of socket) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString();
}

const upgrade = (auth: string | undefined): string =>
  [
    'GET / HTTP/1.1',
    'Host: 127.0.0.1',
    'Connection: Upgrade',
    'Upgrade: websocket',
    'Sec-WebSocket-Version: 13',
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
    ...(auth === undefined ? [] : [`Authorization: ${auth}`]),
    '',
    '',
  ].join('\r\n');

test('on TCP the right bearer token gets a working connection', async (t) => {
  const { port } = await startTcp(t);
  const client = new CorralClient({ host: `tcp://127.0.0.1:${port}`, token, env: {} });
  t.after(() => client.close());
  assert.equal((await client.runtime.version({})).version, 'tcp');
});

test('a wrong or absent token gets HTTP 401 and nothing else', async (t) => {
  const { port, server } = await startTcp(t);
  for (const auth of [
    undefined,
    'Bearer wrong-token-0123456789abcd',
    `Basic ${token}`,
    `Bearer ${token}x`,
    'Bearer',
  ]) {
    const reply = await rawHttp(port, upgrade(auth));
    assert.match(reply, /^HTTP\/1\.1 401 Unauthorized\r\n/, `for ${auth}`);
    assert.ok(reply.endsWith('\r\n\r\n'), 'no body');
  }
  const plain = await rawHttp(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.match(plain, /^HTTP\/1\.1 401 /);
  assert.equal(server.connections, 0);
});

test('the client turns a 401 into Unauthenticated with a hint', async (t) => {
  const { port } = await startTcp(t);
  for (const opts of [{ token: 'nope-nope-nope-nope' }, {}]) {
    const client = new CorralClient({ host: `tcp://127.0.0.1:${port}`, env: {}, ...opts });
    t.after(() => client.close());
    await assert.rejects(client.runtime.version({}), (err: CorralError) => {
      assert.equal(err.code, 'Unauthenticated');
      assert.match(err.hint ?? '', /token/);
      return true;
    });
  }
});

test('listenTcp refuses a short token', async (t) => {
  const server = new ApiServer();
  t.after(() => server.close());
  await assert.rejects(server.listenTcp('127.0.0.1', 0, { token: 'short' }), { code: 'InvalidArgument' });
});
