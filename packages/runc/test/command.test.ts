import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { isAlive, waitFor } from '@corral/test-utils';
import {
  Runc,
  RuncError,
  isNotExistError,
  runcCommandChannelName,
  type RuncCommandMessage,
  type RuncOptions,
} from '../src/index.js';
import { fakeRunc, type FakeRunc } from './helpers/fake-runc.js';
import { crunErrorLine, runcErrorLine } from './fixtures/outputs.js';

function setup(t: TestContext, extra: RuncOptions = {}): { fake: FakeRunc; runc: Runc; log: string } {
  const fake = fakeRunc(t);
  const log = join(fake.dir, 'log.json');
  return { fake, log, runc: new Runc({ command: fake.path, log, logFormat: 'json', ...extra }) };
}

async function failure(p: Promise<unknown>): Promise<RuncError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(err instanceof RuncError, `expected a RuncError, got ${String(err)}`);
  return err;
}

describe('errors carry runc’s own message', () => {
  it('from the json log: the last error-level line', async (t) => {
    const { fake, runc, log } = setup(t);
    fake.set({
      exitCode: 1,
      stderr: 'container does not exist\n',
      logLines: [
        '{"level":"debug","msg":"nsexec started"}',
        '{"level":"error","msg":"first"}',
        runcErrorLine,
        '{"level":"warning","msg":"later warning"}',
      ],
    });
    const err = await failure(runc.state('c1'));
    assert.equal(err.message, 'runc state: exit status 1: container does not exist');
    assert.equal(err.runcMessage, 'container does not exist');
    assert.equal(err.reason, 'exit');
    assert.equal(err.exitCode, 1);
    assert.equal(err.command, fake.path);
    assert.equal(err.subcommand, 'state');
    assert.deepEqual(err.args, ['--log', log, '--log-format', 'json', 'state', 'c1']);
    assert.equal(err.stderr, 'container does not exist\n');
    assert.equal(isNotExistError(err), true);
  });

  it("crun's json log (other key order)", async (t) => {
    const { fake, runc } = setup(t);
    fake.set({ exitCode: 1, logLines: [crunErrorLine] });
    const err = await failure(runc.state('nonexist'));
    assert.match(err.runcMessage ?? '', /^error opening file `.*\/status`: No such file or directory$/);
    assert.equal(isNotExistError(err), true);
  });

  it('only from lines written during this call', async (t) => {
    const { fake, runc, log } = setup(t);
    writeFileSync(log, '{"level":"error","msg":"an old failure"}\n');
    fake.set({ exitCode: 1, stderr: 'fresh stderr\n' });
    const err = await failure(runc.delete('c1'));
    assert.equal(err.runcMessage, 'fresh stderr');
    assert.equal(err.message, 'runc delete: exit status 1: fresh stderr');

    fake.set({ exitCode: 1, logLines: ['{"level":"error","msg":"second failure"}'] });
    assert.equal((await failure(runc.delete('c1'))).runcMessage, 'second failure');
    fake.set({ exitCode: 1, logLines: ['{"level":"info","msg":"nothing wrong"}'] });
    assert.equal((await failure(runc.delete('c1'))).runcMessage, undefined);
  });

  it('reads the whole log when it was truncated during the call', async (t) => {
    const { fake, runc, log } = setup(t);
    writeFileSync(log, `${'{"level":"info","msg":"padding"}\n'.repeat(100)}`);
    fake.set({ exitCode: 1, truncateLog: true, logLines: ['{"level":"error","msg":"after truncate"}'] });
    assert.equal((await failure(runc.start('c1'))).runcMessage, 'after truncate');
  });

  it('falls back to stderr without a log, and to the bare status without either', async (t) => {
    const fake = fakeRunc(t, { exitCode: 2, stderr: 'usage: …\n' });
    const runc = new Runc({ command: fake.path });
    assert.equal((await failure(runc.start('c1'))).message, 'runc start: exit status 2: usage: …');
    fake.set({ exitCode: 2 });
    assert.equal((await failure(runc.start('c1'))).message, 'runc start: exit status 2');
  });

  it('parses the text log format', async (t) => {
    const { fake, runc } = setup(t, { logFormat: 'text' });
    fake.set({
      exitCode: 1,
      logLines: ['time="2026-11-23T17:23:31Z" level=error msg="container \\"c1\\" does not exist"'],
    });
    assert.equal((await failure(runc.state('c1'))).runcMessage, 'container "c1" does not exist');
  });

  it('ignores lines that are not JSON in json mode but keeps the last error', async (t) => {
    const { fake, runc, log } = setup(t);
    appendFileSync(log, '');
    fake.set({ exitCode: 1, logLines: ['{"level":"error","msg":"real"}', '{broken'] });
    assert.equal((await failure(runc.pause('c1'))).runcMessage, 'real');
  });
});

describe('how runc ended', () => {
  it('a signal that killed runc', async (t) => {
    const { fake, runc } = setup(t);
    fake.set({ selfSignal: 'TERM' });
    const err = await failure(runc.start('c1'));
    assert.equal(err.reason, 'signal');
    assert.equal(err.signal, 'SIGTERM');
    assert.equal(err.exitCode, undefined);
    assert.equal(err.message, 'runc start: signal: SIGTERM');
  });

  it('a binary that cannot be started', async (t) => {
    const missing = join(fakeRunc(t).dir, 'no-such-runc');
    const err = await failure(new Runc({ command: missing }).start('c1'));
    assert.equal(err.reason, 'spawn');
    assert.match(err.message, /^no-such-runc start: cannot start: .*ENOENT/);
  });

  it('a timeout kills runc', async (t) => {
    const { fake, runc } = setup(t);
    fake.set({ hang: true });
    const err = await failure(runc.state('c1', { timeoutMs: 300 }));
    assert.equal(err.reason, 'timeout');
    assert.equal(err.timedOut, true);
    assert.equal(err.message, 'runc state: timed out after 300 ms');
    assert.equal(isAlive(fake.pid()), false);
  });

  it('the instance-wide timeout applies when a call gives none', async (t) => {
    const { fake, runc } = setup(t, { timeoutMs: 200 });
    fake.set({ hang: true });
    assert.equal((await failure(runc.pause('c1'))).reason, 'timeout');
    assert.equal(isAlive(fake.pid()), false);
  });

  it('an abort kills runc', async (t) => {
    const { fake, runc } = setup(t);
    fake.set({ hang: true });
    const ac = new AbortController();
    const p = failure(runc.kill('c1', 'KILL', { signal: ac.signal }));
    const pidFile = join(fake.dir, 'pid');
    const pid = await waitFor(() => existsSync(pidFile) && fake.pid(), { what: 'the fake runc to start' });
    assert.equal(isAlive(pid), true);
    ac.abort(new Error('shutting down'));
    const err = await p;
    assert.equal(err.reason, 'canceled');
    assert.equal(err.canceled, true);
    assert.equal(err.message, 'runc kill: canceled: shutting down');
    await waitFor(() => !isAlive(pid), { what: 'the fake runc to die' });
  });

  it('a runc still running when this process exits dies with it', async (t) => {
    const fake = fakeRunc(t, { hang: true });
    const index = new URL('../src/index.js', import.meta.url).href;
    const script = `
      const { Runc } = await import(${JSON.stringify(index)});
      void new Runc({ command: ${JSON.stringify(fake.path)} }).state('c1');
      setTimeout(() => process.exit(0), 300);`;
    const caller = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
    const exited = new Promise((resolve) => caller.once('exit', resolve));
    const pid = await waitFor(() => fake.ran() && fake.pid(), { what: 'the fake runc to start' });
    await exited;
    await waitFor(() => !isAlive(pid), { what: 'the fake runc to die with its caller' });
  });

  it('an already aborted signal fails the call', async (t) => {
    const { runc } = setup(t);
    const err = await failure(runc.start('c1', { signal: AbortSignal.abort() }));
    assert.equal(err.reason, 'canceled');
  });
});

describe('diagnostics', () => {
  it('publishes each invocation on corral:runc:command', async (t) => {
    const { fake, runc } = setup(t);
    const seen: RuncCommandMessage[] = [];
    const listener = (m: unknown): void => void seen.push(m as RuncCommandMessage);
    subscribe(runcCommandChannelName, listener);
    t.after(() => unsubscribe(runcCommandChannelName, listener));
    await runc.start('c1');
    fake.set({ exitCode: 1 });
    await runc.start('c1').catch(() => undefined);
    assert.deepEqual(
      seen.map((m) => [m.args.at(-2), m.exitCode, m.error?.name]),
      [
        ['start', 0, undefined],
        ['start', 1, 'RuncError'],
      ],
    );
  });
});
