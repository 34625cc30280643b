import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { CorralError, corral, toBigInt, toInt64 } from '@corral/api';
import { waitFor } from '@corral/test-utils';
import { fakeContainer, startFakeCorrald } from './helpers/fake-corrald.js';
import type { FakeCorrald } from './helpers/fake-corrald.js';
import { FakeSignals, runCorral } from './helpers/run-corral.js';

const idA = 'aaaa1111bbbb2222cccc3333dddd4444eeee5555ffff6666aaaa7777bbbb8888';
const idB = 'aaaa9999bbbb2222cccc3333dddd4444eeee5555ffff6666aaaa7777bbbb8888';
const idC = 'cccc1111bbbb2222cccc3333dddd4444eeee5555ffff6666aaaa7777bbbb8888';

/** A fake whose containers run a log, exit with `exitCode`, and keep their requests. */
async function corraldRunning(
  t: Parameters<typeof startFakeCorrald>[0],
  opts: {
    exitCode?: number;
    startError?: CorralError;
    createError?: CorralError;
    lines?: [string, string][];
  } = {},
): Promise<FakeCorrald> {
  const lines = opts.lines ?? [
    ['stdout', 'hello'],
    ['stderr', 'oops'],
  ];
  return startFakeCorrald(t, {
    runtime: {
      createContainer: () =>
        opts.createError ? Promise.reject(opts.createError) : Promise.resolve({ containerId: idC }),
      startContainer: () => (opts.startError ? Promise.reject(opts.startError) : Promise.resolve({})),
      waitContainer: async () => {
        await sleep(20);
        return { exitCode: opts.exitCode ?? 0 };
      },
      removeContainer: () => Promise.resolve({}),
      async containerLogs(req, ctx) {
        for (const [stream, line] of lines) {
          await ctx.stream.send({ stream, line: Buffer.from(line), timestamp: toInt64(1) });
        }
        if (req.follow) await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
        return {};
      },
    },
  });
}

test('run maps every flag into CreateContainer and IMAGE CMD… into image and args', async (t) => {
  const fake = await corraldRunning(t);
  const r = await runCorral(
    [
      '-n',
      'team-a',
      'run',
      '-d',
      '--name',
      'web',
      '-e',
      'A=1',
      '-e',
      'FROM_ENV',
      '-e',
      'MISSING',
      '-l',
      'tier=front',
      '--memory',
      '64m',
      '--cpus',
      '0.5',
      '--runtime',
      'crun',
      '-w',
      '/srv',
      '--user',
      '1000:1000',
      '--entrypoint',
      '/bin/sh',
      '--shim-group',
      'pod-1',
      '-it',
      'busybox:latest',
      '-c',
      'ls -l',
    ],
    { env: { CORRAL_HOST: `unix://${fake.path}`, FROM_ENV: 'x' } },
  );
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
  assert.equal(r.stdout, `${idC}\n`);
  const [req] = fake.requests('createContainer');
  const config = (req as corral.v1.CreateContainerRequest.$Properties | undefined)?.config;
  assert.ok(config);
  assert.equal(config.metadata?.name, 'web');
  assert.equal(config.image?.image, 'busybox:latest');
  assert.deepEqual(config.command, ['/bin/sh']);
  assert.deepEqual(config.args, ['-c', 'ls -l']);
  assert.deepEqual(
    config.envs?.map((e) => `${e.key}=${e.value}`),
    ['A=1', 'FROM_ENV=x'],
  );
  assert.deepEqual(config.labels, { tier: 'front' });
  assert.equal(toBigInt(config.resources?.memoryLimitInBytes), 64n * 1024n * 1024n);
  assert.equal(toBigInt(config.resources?.cpuPeriod), 100_000n);
  assert.equal(toBigInt(config.resources?.cpuQuota), 50_000n);
  assert.equal(config.runtimeHandler, 'crun');
  assert.deepEqual(config.annotations, { 'io.containerd.runc.v2.group': 'pod-1' });
  assert.equal(config.workingDir, '/srv');
  assert.equal(config.user, '1000:1000');
  assert.deepEqual([config.stdin, config.stdinOnce, config.tty], [true, true, true]);
  assert.deepEqual(fake.requests('startContainer'), [{ containerId: idC }]);
  assert.ok(fake.calls.every((c) => c.namespace === 'team-a'));
});

test('run in the foreground prints the output in order and exits with the container code', async (t) => {
  const fake = await corraldRunning(t, { exitCode: 7 });
  const r = await runCorral(['run', '--rm', 'busybox', 'sh', '-c', 'echo hello; echo oops >&2; exit 7'], {
    socket: fake.path,
  });
  assert.equal(r.code, 7);
  assert.equal(r.stdout, 'hello\n');
  assert.equal(r.stderr, 'oops\n');
  assert.deepEqual(
    fake.calls.map((c) => c.method).filter((m) => m !== 'containerLogs'),
    ['createContainer', 'startContainer', 'waitContainer', 'removeContainer'],
  );
  assert.deepEqual(fake.requests('removeContainer'), [{ containerId: idC, force: true }]);
  // Followed, then drained once after the exit: no line printed twice.
  assert.deepEqual(
    fake.requests('containerLogs').map((q) => q.follow === true),
    [true, false],
  );
});

test('a start the runtime refuses for a missing executable exits 127; permission denied 126', async (t) => {
  const missing = await corraldRunning(t, {
    startError: new CorralError(
      'FailedPrecondition',
      'start c: runc create: exec: "nope": executable file not found in $PATH',
    ),
  });
  let r = await runCorral(['run', '--rm', 'busybox', 'nope'], { socket: missing.path });
  assert.equal(r.code, 127);
  assert.match(r.stderr, /^corral: start c: runc create: exec: "nope": executable file not found/);
  assert.equal(missing.requests('removeContainer').length, 1);
  const denied = await corraldRunning(t, {
    startError: new CorralError('FailedPrecondition', 'exec: "/etc": permission denied'),
  });
  r = await runCorral(['run', 'busybox', '/etc'], { socket: denied.path });
  assert.equal(r.code, 126);
  // runc already looks for the executable at create.
  const atCreate = await corraldRunning(t, {
    createError: new CorralError(
      'Unknown',
      'OCI runtime create failed: exec: "nope": executable file not found in $PATH',
    ),
  });
  r = await runCorral(['run', 'busybox', 'nope'], { socket: atCreate.path });
  assert.equal(r.code, 127);
  assert.equal(atCreate.requests('startContainer').length, 0);
});

test('create prints the id; --rm and -d together are refused before anything is created', async (t) => {
  const fake = await corraldRunning(t);
  let r = await runCorral(['create', '--name', 'x', 'busybox'], { socket: fake.path });
  assert.deepEqual([r.code, r.stdout], [0, `${idC}\n`]);
  r = await runCorral(['run', '--rm', '-d', 'busybox'], { socket: fake.path });
  assert.equal(r.code, 125);
  assert.match(r.stderr, /--rm cannot be used with -d/);
  assert.match(r.stderr, /See 'corral run --help'/);
  assert.equal(fake.requests('createContainer').length, 1);
});

test('bad flag values are usage errors (125) naming the flag', async (t) => {
  const fake = await corraldRunning(t);
  for (const [args, re] of [
    [['run', '--memory', 'lots', 'busybox'], /invalid --memory "lots"/],
    [['run', '--cpus', 'many', 'busybox'], /invalid --cpus "many"/],
    [['run', '--cpus', '-1', 'busybox'], /Option '--cpus' argument is ambiguous\.\n/],
    [['run', '--runtime', 'kata', 'busybox'], /unknown --runtime "kata"/],
    [['run', '--bogus', 'busybox'], /Unknown option '--bogus'/],
    [['stop', '-t', 'soon', 'web'], /invalid --time/],
    [['run'], /requires at least 1 argument/],
  ] as const) {
    const r = await runCorral([...args], { socket: fake.path });
    assert.equal(r.code, 125, args.join(' '));
    assert.match(r.stderr, re);
  }
  assert.equal(fake.calls.length, 0);
});

test('containers are found by id, unique id prefix, or name', async (t) => {
  const fake = await startFakeCorrald(
    t,
    {
      runtime: {
        stopContainer: () => Promise.resolve({}),
        removeContainer: () => Promise.resolve({}),
        pauseContainer: () => Promise.resolve({}),
        resumeContainer: () => Promise.resolve({}),
        killContainer: () => Promise.resolve({}),
        waitContainer: () => Promise.resolve({ exitCode: 3 }),
        startContainer: () => Promise.resolve({}),
      },
    },
    [fakeContainer(idA, 'web'), fakeContainer(idB, 'db'), fakeContainer(idC, 'cache')],
  );
  const run = (...args: string[]) => runCorral(args, { socket: fake.path });
  let r = await run('stop', '-t', '3', 'web', 'cccc', idB);
  assert.deepEqual([r.code, r.stdout], [0, `web\ncccc\n${idB}\n`]);
  assert.deepEqual(
    fake.requests('stopContainer').map((q) => [q.containerId, Number(toBigInt(q.timeout as never))]),
    [
      [idA, 3],
      [idC, 3],
      [idB, 3],
    ],
  );
  r = await run('rm', '-f', 'db');
  assert.deepEqual(fake.requests('removeContainer'), [{ containerId: idB, force: true }]);
  await run('pause', 'web');
  await run('unpause', 'web');
  assert.deepEqual(fake.requests('pauseContainer'), [{ containerId: idA }]);
  assert.deepEqual(fake.requests('resumeContainer'), [{ containerId: idA }]);
  await run('kill', 'web');
  await run('kill', '-s', 'HUP', 'web');
  assert.deepEqual(
    fake.requests('killContainer').map((q) => q.signal),
    ['KILL', 'HUP'],
  );
  r = await run('wait', 'web');
  assert.deepEqual([r.code, r.stdout], [0, '3\n']);
  r = await run('start', 'cache');
  assert.deepEqual(fake.requests('startContainer'), [{ containerId: idC }]);

  r = await run('stop', 'aaaa', 'nothing', 'web');
  assert.equal(r.code, 125);
  assert.match(r.stderr, /"aaaa" matches 2 containers/);
  assert.match(r.stderr, /no such container: nothing/);
  assert.equal(r.stdout, 'web\n', 'the others still go');
});

test('start -a prints the new output and exits with the code; Ctrl-C is passed to the container', async (t) => {
  let release!: () => void;
  const exited = new Promise<void>((resolve) => (release = resolve));
  const fake = await startFakeCorrald(
    t,
    {
      runtime: {
        startContainer: () => Promise.resolve({}),
        killContainer: () => {
          release();
          return Promise.resolve({});
        },
        waitContainer: async () => {
          await exited;
          return { exitCode: 130 };
        },
        async containerLogs(req, ctx) {
          await ctx.stream.send({ stream: 'stdout', line: Buffer.from('tick') });
          if (req.follow) await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
          return {};
        },
      },
    },
    [fakeContainer(idA, 'web', { state: corral.v1.ContainerState.CONTAINER_CREATED })],
  );
  const signals = new FakeSignals();
  const running = runCorral(['start', '-a', 'web'], { socket: fake.path, signals });
  await waitFor(() => signals.listening('SIGINT') > 0, { what: 'the CLI to forward signals' });
  signals.raise('SIGINT');
  const r = await running;
  assert.deepEqual([r.code, r.stdout], [130, 'tick\n']);
  assert.deepEqual(fake.requests('killContainer'), [{ containerId: idA, signal: 'SIGINT' }]);
  const since = fake.requests('containerLogs').map((q) => toBigInt(q.since as never));
  assert.ok(
    since.every((s) => s > 0n),
    'only what this start writes',
  );
  assert.equal(signals.listening('SIGINT'), 0);
});
