import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { CorralError, corral, packAny, toBigInt, toInt64, toUint64, typeUrls } from '@corral/api';
import { waitFor } from '@corral/test-utils';
import { fakeContainer, nowNs, startFakeCorrald } from './helpers/fake-corrald.js';
import { CapturedOutput, FakeSignals, runCorral } from './helpers/run-corral.js';

const id = '9999aaaa9999aaaa9999aaaa9999aaaa9999aaaa9999aaaa9999aaaa9999aaaa';

test('exec without -i/-t is ExecSync: output written, its exit code returned', async (t) => {
  const fake = await startFakeCorrald(
    t,
    {
      runtime: {
        execSync: (req) =>
          req.cmd?.[0] === 'nope'
            ? Promise.reject(new CorralError('Unknown', 'exec: "nope": executable file not found in $PATH'))
            : Promise.resolve({ stdout: Buffer.from('out\n'), stderr: Buffer.from('err\n'), exitCode: 3 }),
      },
    },
    [fakeContainer(id, 'web')],
  );
  const r = await runCorral(['exec', '-e', 'A=1', '-w', '/tmp', 'web', 'ls', '-l', '/'], {
    socket: fake.path,
  });
  assert.deepEqual([r.code, r.stdout, r.stderr], [3, 'out\n', 'err\n']);
  assert.deepEqual(JSON.parse(JSON.stringify(fake.requests('execSync')[0])), {
    containerId: id,
    cmd: ['ls', '-l', '/'],
    envs: [{ key: 'A', value: '1' }],
    workingDir: '/tmp',
  });
  const missing = await runCorral(['exec', 'web', 'nope'], { socket: fake.path });
  assert.equal(missing.code, 127);
  assert.equal(missing.stderr, 'corral: exec: "nope": executable file not found in $PATH\n');
});

test('exec -i streams stdin to the process and its output back', async (t) => {
  const fake = await startFakeCorrald(
    t,
    {
      runtime: {
        async exec(req, ctx) {
          let n = 0;
          for await (const input of ctx.stream) {
            if (input.stdin?.length) {
              n += input.stdin.length;
              await ctx.stream.send({ stdout: input.stdin });
            }
            if (input.closeStdin) break;
          }
          await ctx.stream.send({ stderr: Buffer.from(`tty=${req.tty ? 1 : 0}\n`) });
          return { exitCode: n };
        },
      },
    },
    [fakeContainer(id, 'web')],
  );
  const stdin = new PassThrough();
  const running = runCorral(['exec', '-i', 'web', 'cat'], { socket: fake.path, stdin });
  stdin.write('abc');
  stdin.end('de');
  const r = await running;
  assert.deepEqual([r.code, r.stdout, r.stderr], [5, 'abcde', 'tty=0\n']);
});

test('logs -f --tail follows until Ctrl-C; -t prefixes times; partial records keep their line open', async (t) => {
  const fake = await startFakeCorrald(
    t,
    {
      runtime: {
        async containerLogs(req, ctx) {
          await ctx.stream.send({
            stream: 'stdout',
            line: Buffer.from('part-'),
            partial: true,
            timestamp: toInt64(nowNs),
          });
          await ctx.stream.send({ stream: 'stdout', line: Buffer.from('whole'), timestamp: toInt64(nowNs) });
          await ctx.stream.send({ stream: 'stderr', line: Buffer.from('bad'), timestamp: toInt64(nowNs) });
          if (req.follow) await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
          return {};
        },
      },
    },
    [fakeContainer(id, 'web')],
  );
  const signals = new FakeSignals();
  const stdout = new CapturedOutput();
  const running = runCorral(['logs', '-f', '--tail', '5', 'web'], { socket: fake.path, signals, stdout });
  await waitFor(() => stdout.text.includes('whole\n'), { what: 'the followed lines' });
  signals.raise('SIGINT');
  const r = await running;
  assert.deepEqual([r.code, r.stdout, r.stderr], [0, 'part-whole\n', 'bad\n']);
  assert.deepEqual(fake.requests('containerLogs'), [{ containerId: id, follow: true, tail: 5 }]);
  const stamped = await runCorral(['logs', '-t', 'web'], { socket: fake.path });
  assert.equal(stamped.stdout, '2024-01-01T00:00:00.000000000Z part-2024-01-01T00:00:00.000000000Z whole\n');
  const bad = await runCorral(['logs', '--tail', 'x', 'web'], { socket: fake.path });
  assert.equal(bad.code, 125);
});

test('events: --since SEQ or TIME and --filter go into Subscribe; lines or JSON out; Ctrl-C stops', async (t) => {
  const fake = await startFakeCorrald(t, {
    events: {
      async subscribe(_req, ctx) {
        await ctx.stream.send({
          sequence: toUint64(42),
          timestamp: toInt64(nowNs),
          namespace: 'default',
          topic: '/tasks/exit',
          event: packAny(typeUrls.ContainerDelete, corral.v1.ContainerDelete, { id: 'c1', name: 'web' }),
        });
        await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
        return {};
      },
    },
  });
  const run = async (args: string[]) => {
    const signals = new FakeSignals();
    const stdout = new CapturedOutput();
    const running = runCorral(args, { socket: fake.path, signals, stdout });
    await waitFor(() => stdout.text.includes('\n'), { what: 'the event to be printed' });
    signals.raise('SIGINT');
    return running;
  };
  let r = await run(['events', '--since', '41', '--filter', 'topic~="/tasks/"']);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, '2024-01-01T00:00:00.000000000Z /tasks/exit default seq=42 id=c1 name=web\n');
  r = await run(['events', '--since', '10m', '--json']);
  assert.deepEqual(JSON.parse(r.stdout), {
    sequence: 42,
    time: '2024-01-01T00:00:00.000000000Z',
    namespace: 'default',
    topic: '/tasks/exit',
    typeUrl: 'corral.v1.ContainerDelete',
    event: { id: 'c1', name: 'web' },
  });
  r = await run(['events', '--since', '2023-12-31T23:00:00Z']);
  assert.equal(r.code, 0);
  const reqs = fake.requests('subscribe').map((q) => ({
    filters: q.filters as string[] | undefined,
    seq: toBigInt(q.sinceSequence as never),
    time: toBigInt(q.sinceTime as never),
  }));
  assert.deepEqual(reqs, [
    { filters: ['topic~="/tasks/"'], seq: 41n, time: 0n },
    { filters: [], seq: 0n, time: nowNs - 600n * 1_000_000_000n },
    { filters: [], seq: 0n, time: nowNs - 3600n * 1_000_000_000n },
  ]);
  const bad = await runCorral(['events', '--since', 'yesterday-ish'], { socket: fake.path });
  assert.equal(bad.code, 125);
  assert.match(bad.stderr, /invalid --since/);
});

test('run -it attaches before starting, sizes the terminal, and exits with the wait code', async (t) => {
  const order: string[] = [];
  const sizes: string[] = [];
  const fake = await startFakeCorrald(t, {
    runtime: {
      createContainer: () => Promise.resolve({ containerId: id }),
      startContainer: () => {
        order.push('start');
        return Promise.resolve({});
      },
      async attach(req, ctx) {
        order.push(`attach stdin=${req.stdin} tty=${req.tty}`);
        for await (const input of ctx.stream) {
          if (input.resize) sizes.push(`${input.resize.width}x${input.resize.height}`);
          if (input.stdin?.length) await ctx.stream.send({ stdout: input.stdin });
          if (input.closeStdin) break;
        }
        return { exitCode: 0 };
      },
      waitContainer: () => Promise.resolve({ exitCode: 4 }),
    },
  });
  const stdin = new PassThrough();
  const running = runCorral(['run', '-it', 'busybox', 'sh'], { socket: fake.path, stdin, tty: true });
  stdin.end('exit 4\n');
  const r = await running;
  assert.deepEqual([r.code, r.stdout], [4, 'exit 4\n']);
  assert.deepEqual(order, ['attach stdin=true tty=true', 'start']);
  assert.deepEqual(sizes, ['120x40']);
});
