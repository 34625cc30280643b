import assert from 'node:assert/strict';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { Runc, RuncError, type RuncOptions } from '../src/index.js';
import { fakeRunc, type FakeRunc } from './helpers/fake-runc.js';
import {
  crunList,
  crunVersion,
  runcList,
  runcState,
  runcStatsLine,
  runcVersion,
} from './fixtures/outputs.js';

const root = '/run/corral-test/root';

/** A Runc on a fake binary, with go-runc's usual globals; `g` is the argv prefix they make. */
function setup(t: TestContext, extra: RuncOptions = {}): { fake: FakeRunc; runc: Runc; g: string[] } {
  const fake = fakeRunc(t);
  const log = join(fake.dir, 'log.json');
  const runc = new Runc({ command: fake.path, root, log, logFormat: 'json', ...extra });
  return { fake, runc, g: ['--root', root, '--log', log, '--log-format', 'json'] };
}

const spec = { user: { uid: 0, gid: 0 }, args: ['sh', '-c', 'echo hi'], env: ['PATH=/bin'], cwd: '/' };

describe('global flags', () => {
  it('go before the subcommand, in go-runc order', async (t) => {
    const { fake, runc, g } = setup(t, {
      debug: true,
      systemdCgroup: true,
      criu: '/usr/sbin/criu',
      rootless: false,
    });
    fake.set({ stdout: runcState });
    await runc.state('c1');
    const [root0, root1, ...rest] = g;
    assert.deepEqual(fake.argv(), [
      root0,
      root1,
      '--debug',
      ...rest,
      '--criu',
      '/usr/sbin/criu',
      '--systemd-cgroup',
      '--rootless=false',
      'state',
      'c1',
    ]);
  });

  it('are absent when not configured', async (t) => {
    const fake = fakeRunc(t, { stdout: runcState });
    await new Runc({ command: fake.path }).state('c1');
    assert.deepEqual(fake.argv(), ['state', 'c1']);
  });

  it('--systemd-cgroup follows --log-format', async (t) => {
    const { fake, runc, g } = setup(t, { systemdCgroup: true });
    await runc.start('c1');
    assert.deepEqual(fake.argv(), [...g, '--systemd-cgroup', 'start', 'c1']);
  });
});

describe('create', () => {
  it('passes every option and returns the pid from the pid file', async (t) => {
    const { fake, runc, g } = setup(t);
    fake.set({ pid: 31337 });
    const a = openSync('/dev/null', 'r');
    t.after(() => closeSync(a));
    const b = openSync('/dev/null', 'r');
    t.after(() => closeSync(b));
    const pidFile = join(fake.dir, 'init.pid');
    const pid = await runc.create('c1', {
      bundle: '/run/b/c1',
      pidFile,
      consoleSocket: '/run/b/console.sock',
      noPivot: true,
      noNewKeyring: true,
      extraFiles: [a, b],
    });
    assert.equal(pid, 31337);
    assert.deepEqual(fake.argv(), [
      ...g,
      'create',
      '--bundle',
      '/run/b/c1',
      '--pid-file',
      pidFile,
      '--console-socket',
      '/run/b/console.sock',
      '--no-pivot',
      '--no-new-keyring',
      '--preserve-fds',
      '2',
      'c1',
    ]);
  });

  it('uses a scratch pid file when none is given, and removes it', async (t) => {
    const { fake, runc, g } = setup(t);
    assert.equal(await runc.create('c1', { bundle: '/run/b/c1' }), 4242);
    const argv = fake.argv();
    const pidFile = argv[g.length + 4] ?? '';
    assert.deepEqual(argv, [...g, 'create', '--bundle', '/run/b/c1', '--pid-file', pidFile, 'c1']);
    assert.ok(pidFile?.endsWith('/init.pid'));
    assert.equal(existsSync(pidFile), false);
  });

  it('makes relative bundle and pid file paths absolute', async (t) => {
    const { fake, runc } = setup(t);
    await runc.create('c1', { bundle: 'b', pidFile: join(fake.dir, 'x', '..', 'p.pid') });
    assert.ok(fake.argv().includes(join(process.cwd(), 'b')));
    assert.ok(fake.argv().includes(join(fake.dir, 'p.pid')));
  });

  it("refuses stdio 'pipe' before running anything: it would hang for the container's life", async (t) => {
    const { fake, runc } = setup(t);
    const io = { stdout: 'pipe' } as unknown as { stdout: 'ignore' };
    await assert.rejects(runc.create('c1', { bundle: '/b', io }), /hang/);
    assert.equal(fake.ran(), false);
  });

  it('fails with a RuncError when runc wrote no pid', async (t) => {
    const { fake, runc } = setup(t);
    fake.set({ pid: null });
    const err = await runc.create('c1', { bundle: '/b' }).catch((e: unknown) => e);
    assert.ok(err instanceof RuncError);
    assert.equal(err.reason, 'output');
    assert.match(err.message, /^runc create: cannot parse output: /);
  });

  it('rejects an id that runc would read as a flag', async (t) => {
    const { fake, runc } = setup(t);
    await assert.rejects(runc.create('--help', { bundle: '/b' }), TypeError);
    await assert.rejects(runc.state(''), TypeError);
    assert.equal(fake.ran(), false);
  });
});

describe('simple subcommands', () => {
  const cases: [string, (r: Runc) => Promise<unknown>, string[]][] = [
    ['start', (r) => r.start('c1'), ['start', 'c1']],
    ['delete', (r) => r.delete('c1'), ['delete', 'c1']],
    ['delete --force', (r) => r.delete('c1', { force: true }), ['delete', '--force', 'c1']],
    ['pause', (r) => r.pause('c1'), ['pause', 'c1']],
    ['resume', (r) => r.resume('c1'), ['resume', 'c1']],
    ['kill (default SIGTERM)', (r) => r.kill('c1'), ['kill', 'c1', '15']],
    ['kill SIGKILL', (r) => r.kill('c1', 'SIGKILL'), ['kill', 'c1', '9']],
    ['kill KILL --all', (r) => r.kill('c1', 'KILL', { all: true }), ['kill', '--all', 'c1', '9']],
    ['kill 10', (r) => r.kill('c1', 10), ['kill', 'c1', '10']],
  ];
  for (const [name, call, expected] of cases) {
    it(name, async (t) => {
      const { fake, runc, g } = setup(t);
      await call(runc);
      assert.deepEqual(fake.argv(), [...g, ...expected]);
    });
  }

  it('kill with an unknown signal fails before running runc', async (t) => {
    const { fake, runc } = setup(t);
    await assert.rejects(runc.kill('c1', 'SIGNOPE'), RangeError);
    assert.equal(fake.ran(), false);
  });
});

describe('queries', () => {
  it('state parses the state', async (t) => {
    const { fake, runc, g } = setup(t);
    fake.set({ stdout: runcState });
    const s = await runc.state('c1');
    assert.deepEqual(fake.argv(), [...g, 'state', 'c1']);
    assert.equal(s.status, 'created');
    assert.equal(s.pid, 5800);
  });

  it('list --format json, runc and crun shapes and the empty root', async (t) => {
    const { fake, runc, g } = setup(t);
    fake.set({ stdout: 'null\n' });
    assert.deepEqual(await runc.list(), []);
    assert.deepEqual(fake.argv(), [...g, 'list', '--format', 'json']);
    fake.set({ stdout: runcList });
    assert.equal((await runc.list())[0]?.rootfs, '/var/lib/corral-test/busybox-rootfs');
    fake.set({ stdout: crunList });
    assert.equal((await runc.list())[0]?.status, 'running');
  });

  it('ps --format json', async (t) => {
    const { fake, runc, g } = setup(t);
    fake.set({ stdout: '[\n  5857,\n  5860\n]\n' });
    assert.deepEqual(await runc.ps('c1'), [5857, 5860]);
    assert.deepEqual(fake.argv(), [...g, 'ps', '--format', 'json', 'c1']);
  });

  it('events --stats', async (t) => {
    const { fake, runc, g } = setup(t);
    fake.set({ stdout: runcStatsLine });
    const s = await runc.stats('c1');
    assert.deepEqual(fake.argv(), [...g, 'events', '--stats', 'c1']);
    assert.equal(s.memory.usage.usage, 1347584);
    assert.equal(s.pids.current, 1);
  });

  it('features', async (t) => {
    const { fake, runc, g } = setup(t);
    fake.set({ stdout: '{"ociVersionMin":"1.0.0","ociVersionMax":"1.0.2-dev","hooks":["prestart"]}' });
    assert.deepEqual((await runc.features()).hooks, ['prestart']);
    assert.deepEqual(fake.argv(), [...g, 'features']);
  });

  it('version, runc and crun', async (t) => {
    const { fake, runc, g } = setup(t);
    fake.set({ stdout: runcVersion });
    assert.equal((await runc.version()).version, '1.1.5+ds1');
    assert.deepEqual(fake.argv(), [...g, '--version']);
    fake.set({ stdout: crunVersion });
    assert.equal((await runc.version()).name, 'crun');
  });

  it('a parse failure names the command', async (t) => {
    const { fake, runc } = setup(t);
    fake.set({ stdout: 'oops' });
    const err = await runc.state('c1').catch((e: unknown) => e);
    assert.ok(err instanceof RuncError);
    assert.equal(err.reason, 'output');
    assert.match(err.message, /^runc state: cannot parse output: not JSON: oops/);
  });
});

describe('update', () => {
  it('--resources - with the JSON on stdin', async (t) => {
    const { fake, runc, g } = setup(t);
    fake.set({ recordStdin: true });
    await runc.update('c1', { memory: { limit: 67108864 }, pids: { limit: 10 } });
    assert.deepEqual(fake.argv(), [...g, 'update', '--resources', '-', 'c1']);
    assert.deepEqual(JSON.parse(fake.stdin()), { memory: { limit: 67108864 }, pids: { limit: 10 } });
  });
});

describe('exec', () => {
  it('writes the process spec to a private temp file, passes it, removes it', async (t) => {
    const { fake, runc, g } = setup(t);
    const r = await runc.exec('c1', spec, {
      detach: true,
      pidFile: join(fake.dir, 'e.pid'),
      consoleSocket: '/s',
    });
    const argv = fake.argv();
    const processFile = argv[g.length + 2] ?? '';
    assert.deepEqual(argv, [
      ...g,
      'exec',
      '--process',
      processFile,
      '--pid-file',
      join(fake.dir, 'e.pid'),
      '--console-socket',
      '/s',
      '--detach',
      'c1',
    ]);
    assert.deepEqual(fake.processFile(), { json: spec, mode: '600' });
    assert.equal(existsSync(processFile), false);
    assert.deepEqual(r, { exitCode: 0, pid: 4242, stdout: '', stderr: '' });
  });

  it('detached without a pid file still returns the pid', async (t) => {
    const { fake, runc } = setup(t);
    fake.set({ pid: 777 });
    assert.equal((await runc.exec('c1', spec, { detach: true })).pid, 777);
    assert.ok(fake.argv().includes('--pid-file'));
  });

  it("in the foreground returns the process's exit status and may capture its output", async (t) => {
    const { fake, runc, g } = setup(t);
    fake.set({ exitCode: 3, stdout: 'out\n', stderr: 'err\n' });
    const r = await runc.exec('c1', spec, { io: { stdout: 'pipe', stderr: 'pipe' } });
    assert.deepEqual(r, { exitCode: 3, stdout: 'out\n', stderr: 'err\n' });
    assert.deepEqual(
      fake
        .argv()
        .slice(g.length)
        .filter((a) => a.startsWith('--')),
      ['--process'],
    );
  });

  it("in the foreground still throws runc's own failure", async (t) => {
    const { fake, runc } = setup(t);
    fake.set({ exitCode: 255, logLines: ['{"level":"error","msg":"exec failed: no such file"}'] });
    await assert.rejects(runc.exec('c1', spec), {
      name: 'RuncError',
      message: 'runc exec: exit status 255: exec failed: no such file',
    });
  });

  it("refuses 'pipe' when detached", async (t) => {
    const { fake, runc } = setup(t);
    await assert.rejects(runc.exec('c1', spec, { detach: true, io: { stdout: 'pipe' } }), /hang/);
    assert.equal(fake.ran(), false);
  });
});

describe('run', () => {
  it("propagates the container's exit code", async (t) => {
    const { fake, runc, g } = setup(t);
    fake.set({ exitCode: 3 });
    assert.deepEqual(await runc.run('c1', { bundle: '/b' }), { exitCode: 3, stdout: '', stderr: '' });
    assert.deepEqual(fake.argv(), [...g, 'run', '--bundle', '/b', 'c1']);
  });

  it('--detach returns the pid', async (t) => {
    const { fake, runc, g } = setup(t);
    const r = await runc.run('c1', { bundle: '/b', detach: true, noSubreaper: true });
    assert.equal(r.pid, 4242);
    const argv = fake.argv();
    assert.deepEqual(argv, [
      ...g,
      'run',
      '--bundle',
      '/b',
      '--pid-file',
      argv[g.length + 4],
      '--no-subreaper',
      '--detach',
      'c1',
    ]);
  });
});

describe('checkpoint and restore', () => {
  it('checkpoint passes the CRIU options', async (t) => {
    const { fake, runc, g } = setup(t);
    await runc.checkpoint('c1', {
      imagePath: '/img',
      workPath: '/work',
      parentPath: '../parent',
      leaveRunning: true,
      tcpEstablished: true,
      extUnixSk: true,
      shellJob: true,
      fileLocks: true,
      pageServer: '10.0.0.1:27',
      manageCgroupsMode: 'soft',
      emptyNamespaces: ['network', 'ipc'],
      autoDedup: true,
      lazyPages: true,
      preDump: true,
    });
    assert.deepEqual(fake.argv(), [
      ...g,
      'checkpoint',
      '--image-path',
      '/img',
      '--work-path',
      '/work',
      '--tcp-established',
      '--ext-unix-sk',
      '--shell-job',
      '--file-locks',
      '--manage-cgroups-mode',
      'soft',
      '--empty-ns',
      'network',
      '--empty-ns',
      'ipc',
      '--auto-dedup',
      '--lazy-pages',
      '--parent-path',
      '../parent',
      '--page-server',
      '10.0.0.1:27',
      '--leave-running',
      '--pre-dump',
      'c1',
    ]);
  });

  it('restore --detach passes its options and the bundle last', async (t) => {
    const { fake, runc, g } = setup(t);
    const pidFile = join(fake.dir, 'r.pid');
    const r = await runc.restore('c1', {
      bundle: '/b',
      imagePath: '/img',
      tcpEstablished: true,
      detach: true,
      pidFile,
      noSubreaper: true,
    });
    assert.equal(r.pid, 4242);
    assert.deepEqual(fake.argv(), [
      ...g,
      'restore',
      '--image-path',
      '/img',
      '--tcp-established',
      '--pid-file',
      pidFile,
      '--no-subreaper',
      '--detach',
      '--bundle',
      '/b',
      'c1',
    ]);
  });
});
