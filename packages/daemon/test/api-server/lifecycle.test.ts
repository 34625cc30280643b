import assert from 'node:assert/strict';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CorralError } from '@corral/api';
import { toUint64 } from '@corral/api';
import { CorralClient, connect, daemonHint } from '@corral/client';
import { tempDir, waitFor } from '@corral/test-utils';
import { execa } from 'execa';
import { ApiServer } from '../../src/api-server/index.js';
import { connectClient, registerFakes, startServer } from './fixtures.js';

test('the socket is 0600 and disappears on close', async (t) => {
  const { server, path } = await startServer(t, { runtime: {} });
  const st = statSync(path);
  assert.ok(st.isSocket());
  assert.equal(st.mode & 0o777, 0o600);
  await server.close();
  assert.equal(existsSync(path), false);
});

/** A socket file nobody answers on: its listener was SIGKILLed, as a crashed corrald's would be. */
async function staleSocket(path: string): Promise<void> {
  const child = execa(process.execPath, [
    '-e',
    `require('node:net').createServer().listen(${JSON.stringify(path)}, () => console.log('ready'))`,
  ]);
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  child.kill('SIGKILL');
  await child.catch(() => undefined);
}

test('a stale socket file is replaced; a live socket or another file is not', async (t) => {
  const dir = tempDir(t);
  const stale = join(dir, 'stale.sock');
  await staleSocket(stale);
  assert.ok(statSync(stale).isSocket());
  const replacing = new ApiServer();
  t.after(() => replacing.close());
  await replacing.listenUnix(stale);
  const client = await connectClient(t, stale);
  await assert.rejects(client.runtime.version({}), { code: 'Unimplemented' });

  const second = new ApiServer();
  t.after(() => second.close());
  await assert.rejects(second.listenUnix(stale), { code: 'AlreadyExists' });
  assert.equal(await client.runtime.version({}).catch((e: CorralError) => e.code), 'Unimplemented');
  writeFileSync(join(dir, 'file'), '');
  await assert.rejects(second.listenUnix(join(dir, 'file')), { code: 'FailedPrecondition' });
});

test('connecting where no daemon runs is Unavailable with the "is corrald running?" hint', async (t) => {
  const path = join(tempDir(t), 'none.sock');
  await assert.rejects(connect({ socket: path, env: {} }), (err: CorralError) => {
    assert.equal(err.code, 'Unavailable');
    assert.equal(err.message, `cannot connect to corrald at ${path}`);
    assert.equal(err.hint, daemonHint);
    return true;
  });
});

test('close() ends streams with Unavailable, lets unary calls finish, then closes', async (t) => {
  const { server, path } = await startServer(
    t,
    {
      runtime: {
        async waitContainer() {
          await sleep(50);
          return { exitCode: 3 };
        },
      },
      events: {
        async subscribe(_req, ctx) {
          await ctx.stream.send({ sequence: toUint64(1) });
          await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
          return {};
        },
      },
    },
    { closeTimeoutMs: 1_000 },
  );
  const client = await connectClient(t, path);
  const waiting = client.runtime.waitContainer({ containerId: 'c' });
  const events: unknown[] = [];
  const sub = (async () => {
    for await (const ev of client.events.subscribe({}, { reconnect: false })) events.push(ev);
  })();
  const subFailed = assert.rejects(sub, (err: CorralError) => {
    assert.equal(err.code, 'Unavailable');
    assert.match(err.message, /shutting down/);
    return true;
  });
  await waitFor(() => events.length === 1);
  await server.close();
  assert.equal((await waiting).exitCode, 3);
  await subFailed;
  assert.equal(server.connections, 0);
});

test('close() fails unary calls that outlast the grace period with Unavailable', async (t) => {
  const { server, path } = await startServer(
    t,
    {
      runtime: {
        async waitContainer(_req, ctx) {
          await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
          return { exitCode: 0 };
        },
      },
    },
    { closeTimeoutMs: 50 },
  );
  const client = await connectClient(t, path);
  const waiting = client.runtime.waitContainer({ containerId: 'c' });
  const failed = assert.rejects(waiting, { code: 'Unavailable' });
  await sleep(20);
  await server.close();
  await failed;
});

test('the client dials again after the daemon restarted', async (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'corral.sock');
  const version = (v: string) => ({ runtime: { version: () => Promise.resolve({ version: v }) } });
  const first = registerFakes(new ApiServer(), version('one'));
  await first.listenUnix(path);
  const client = new CorralClient({ socket: path, env: {} });
  t.after(() => client.close());
  assert.equal((await client.runtime.version({})).version, 'one');
  await first.close();
  await assert.rejects(client.runtime.version({}), { code: 'Unavailable' });
  const second = registerFakes(new ApiServer(), version('two'));
  t.after(() => second.close());
  await second.listenUnix(path);
  assert.equal((await client.runtime.version({})).version, 'two');
});

test('register refuses a method twice and a missing handler', () => {
  const server = new ApiServer();
  registerFakes(server, { runtime: {} });
  assert.throws(() => registerFakes(server, { runtime: {} }), { code: 'AlreadyExists' });
  assert.throws(() => server.register({ name: 'x.Y', methods: { version: { name: 'V' } } } as never, {}), {
    code: 'InvalidArgument',
  });
  void server.close();
});
