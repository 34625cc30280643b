// Issue #5's CLI acceptance, end to end: the real `corral` binary as a child process against a real
// corrald child on a temp root/state/socket, with real shims and runc/crun. Ends with the leak
// checks: no shim naming the temp dir, no runtime state, no bundle, no mount; then the CLI against
// the stopped daemon.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import type { TestContext } from 'node:test';
import {
  buildBusyboxImageTar,
  defer,
  isAlive,
  killPid,
  pidsWithArgv,
  skipUnless,
  tempDir,
  waitFor,
} from '@corral/test-utils';
import { hostMemoryLimit, memoryLimitInside } from './helpers/cgroup.js';
import { CorralCli, parseTable } from './helpers/corral-cli.js';
import {
  bundlesLeft,
  mountsLeft,
  runcListed,
  runtimeStateEntries,
  startCorrald,
  type CorraldProcess,
} from './helpers/corrald-process.js';
import { timeouts } from './helpers/timeouts.js';

const handlers = ['runc', 'crun', 'io.containerd.runc.v2'] as const;
const builtinImage = { repository: 'docker.io/library/busybox', tag: 'latest' };
const importedRef = 'example.com/corral-e2e/busybox:imported';

interface EventJson {
  sequence: number;
  topic: string;
  event: Record<string, unknown>;
}

function eventsOf(stdout: string): EventJson[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as EventJson);
}

/** The /containers/create of the container named `name`, and its /tasks/exit, once both were printed. */
function lifecycleOf(events: EventJson[], name: string): { create: EventJson; exit: EventJson } | undefined {
  const create = events.find((e) => e.topic === '/containers/create' && e.event['name'] === name);
  const id = create?.event['id'];
  const exit = events.find((e) => e.topic === '/tasks/exit' && e.event['containerId'] === id);
  return create && exit ? { create, exit } : undefined;
}

function lines(s: string): string[] {
  return s.split('\n').filter((l) => l !== '');
}

/** "296KiB" → 303104. */
function bytesOf(size: string): number {
  const m = /^([\d.]+)\s*([KMGT]i)?B$/.exec(size.trim());
  assert.ok(m, `a size: ${JSON.stringify(size)}`);
  const unit = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 }[m[2] ?? ''] ?? 1;
  return Number(m[1]) * unit;
}

test('corral CLI end to end against a real corrald', { timeout: 15 * 60_000 }, async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc', 'crun', 'containerd-shim-runc-v2', 'corral-shim'] })) return;
  const d = await startCorrald(t);
  const cli = new CorralCli(d.host);

  await t.test('run --rm prints the output and exits with the container’s code', async (t) => {
    const hello = await cli.run(t, ['run', '--rm', 'busybox', 'echo', 'hello from corral']);
    assert.deepEqual(hello, { code: 0, signal: null, stdout: 'hello from corral\n', stderr: '' });

    const seven = await cli.run(t, ['run', '--rm', 'busybox', 'sh', '-c', 'exit 7']);
    assert.equal(seven.code, 7, seven.stderr);

    const missing = await cli.run(t, ['run', '--rm', 'busybox', 'nosuchcmd']);
    assert.equal(missing.code, 127, missing.stderr);
    assert.match(missing.stderr, /nosuchcmd/);
    assert.equal(lines(missing.stderr).length, 1, missing.stderr);

    assert.equal(await cli.ok(t, ['ps', '-a', '-q']), '', '--rm removed every container');
  });

  await t.test(
    'a detached container: ps, filters, exec, limits, inspect, pause, stats, kill, wait, rm',
    async (t) => {
      const run = ['run', '-d', '--name', 'web', '-e', 'FOO=bar', '-l', 'team=x', '--memory', '32m'];
      const id = (await cli.ok(t, [...run, 'busybox', 'sleep', '1000'])).trim();
      defer(t, () => cli.run(t, ['rm', '-f', id]));
      assert.match(id, /^[0-9a-f]{64}$/);
      const short = id.slice(0, 12);

      const ps = parseTable(await cli.ok(t, ['ps']));
      const web = ps.find((r) => r['NAMES'] === 'web');
      assert.ok(web, `ps lists web:\n${JSON.stringify(ps)}`);
      assert.equal(web['CONTAINER ID'], short);
      assert.equal(web['IMAGE'], 'busybox');
      assert.match(web['STATUS'] ?? '', /^Up /);
      assert.doesNotMatch(web['STATUS'] ?? '', /Paused/);

      assert.deepEqual(lines(await cli.ok(t, ['ps', '--filter', 'label=team=x', '-q'])), [short]);
      assert.deepEqual(lines(await cli.ok(t, ['ps', '--filter', 'label=team=y', '-q'])), []);

      assert.ok(lines(await cli.ok(t, ['exec', 'web', 'env'])).includes('FOO=bar'));
      const inside = await cli.ok(t, ['exec', 'web', 'sh', '-c', memoryLimitInside]);
      assert.equal(inside.trim(), String(32 * 2 ** 20), 'the limit, read inside the container');

      const [inspected] = JSON.parse(await cli.ok(t, ['inspect', 'web'])) as {
        id: string;
        pid: number;
        labels: Record<string, string>;
        metadata: { name: string };
        state: string;
      }[];
      assert.ok(inspected);
      assert.equal(inspected.id, id);
      assert.equal(inspected.metadata.name, 'web');
      assert.equal(inspected.state, 'CONTAINER_RUNNING');
      assert.deepEqual(inspected.labels, { team: 'x' });
      assert.ok(inspected.pid > 0);
      assert.equal(hostMemoryLimit(inspected.pid), String(32 * 2 ** 20), 'the limit, read on the host');

      assert.equal(await cli.ok(t, ['pause', 'web']), 'web\n');
      const paused = parseTable(await cli.ok(t, ['ps'])).find((r) => r['NAMES'] === 'web');
      assert.match(paused?.['STATUS'] ?? '', /\(Paused\)$/);
      assert.equal(await cli.ok(t, ['unpause', 'web']), 'web\n');
      const resumed = parseTable(await cli.ok(t, ['ps'])).find((r) => r['NAMES'] === 'web');
      assert.match(resumed?.['STATUS'] ?? '', /^Up /);
      assert.doesNotMatch(resumed?.['STATUS'] ?? '', /Paused/);

      const stats = parseTable(await cli.ok(t, ['stats', '--no-stream', 'web']));
      assert.equal(stats.length, 1, JSON.stringify(stats));
      const [usage = '', limit = ''] = (stats[0]?.['MEM USAGE / LIMIT'] ?? '').split(' / ');
      assert.ok(bytesOf(usage) > 0, `memory usage ${usage}`);
      assert.equal(bytesOf(limit), 32 * 2 ** 20);
      assert.ok(Number(stats[0]?.['PIDS']) >= 1, JSON.stringify(stats[0]));

      assert.equal(await cli.ok(t, ['kill', '-s', 'KILL', 'web']), 'web\n');
      assert.equal(await cli.ok(t, ['wait', 'web']), '137\n');
      assert.deepEqual(lines(await cli.ok(t, ['ps', '-q'])), [], 'an exited container is not running');
      const exited = parseTable(await cli.ok(t, ['ps', '-a'])).find((r) => r['NAMES'] === 'web');
      assert.match(exited?.['STATUS'] ?? '', /^Exited \(137\)/);

      assert.equal(await cli.ok(t, ['rm', 'web']), 'web\n');
      assert.equal(
        parseTable(await cli.ok(t, ['ps', '-a'])).find((r) => r['NAMES'] === 'web'),
        undefined,
        'ps -a no longer shows web',
      );
    },
  );

  await t.test('logs prints what a container wrote; logs -f follows new lines', async (t) => {
    await cli.ok(t, [
      'run',
      '-d',
      '--name',
      'lines',
      'busybox',
      'sh',
      '-c',
      'echo one; echo two; echo three >&2',
    ]);
    defer(t, () => cli.run(t, ['rm', '-f', 'lines']));
    assert.equal(await cli.ok(t, ['wait', 'lines']), '0\n');
    const logs = await cli.run(t, ['logs', 'lines']);
    assert.deepEqual(logs, { code: 0, signal: null, stdout: 'one\ntwo\n', stderr: 'three\n' });
    const tail = await cli.run(t, ['logs', '--tail', '1', 'lines']);
    assert.deepEqual(tail, { code: 0, signal: null, stdout: '', stderr: 'three\n' });

    const loop = 'i=0; while true; do i=$((i+1)); echo tick $i; sleep 0.1; done';
    await cli.ok(t, ['run', '-d', '--name', 'ticker', 'busybox', 'sh', '-c', loop]);
    defer(t, () => cli.run(t, ['rm', '-f', 'ticker']));
    const ticks = (s: string): number[] =>
      lines(s).map((l) => Number(/^tick (\d+)$/.exec(l)?.[1] ?? Number.NaN));
    // What the log holds before following: the follower must print lines written after it.
    const before = await waitFor(
      async () => {
        const seen = ticks(await cli.ok(t, ['logs', 'ticker']));
        return seen.length > 0 && seen;
      },
      { timeoutMs: timeouts.cliOutput, what: 'the ticker to log' },
    );
    assert.deepEqual(
      before,
      before.map((_, i) => i + 1),
    );
    const last = before.length;
    const follow = cli.start(t, ['logs', '-f', 'ticker']);
    const followed = await follow.waitForStdout(
      (s) => {
        const seen = ticks(s);
        return seen.some((n) => n >= last + 3) && seen;
      },
      `tick ${last + 3}`,
    );
    assert.deepEqual(
      followed,
      followed.map((_, i) => i + 1),
      'every line once, in order, from the first',
    );
    const stopped = await follow.stop('SIGTERM');
    assert.equal(stopped.code, 0, `logs -f ends cleanly on SIGTERM: ${stopped.stderr}`);
    assert.equal(isAlive(follow.pid), false);

    // `corral logs -f ticker | head -3`: the reader goes, the follower ends quietly, as docker's does.
    const piped = cli.start(t, ['logs', '-f', 'ticker']);
    await piped.waitForStdout((s) => ticks(s).length >= 3, 'three lines');
    piped.closeStdout();
    const ended = await piped.waitForExit('its reader went');
    assert.deepEqual(
      { code: ended.code, signal: ended.signal, stderr: ended.stderr },
      { code: 141, signal: null, stderr: '' },
    );
  });

  await t.test('events --json sees a container run meanwhile; --since replays it', async (t) => {
    const subscriptions = d.logCount('event subscription started');
    const live = cli.start(t, ['events', '--json']);
    await waitFor(() => d.logCount('event subscription started') > subscriptions, {
      timeoutMs: timeouts.cliOutput,
      what: 'corral events to subscribe',
    });
    assert.equal((await cli.run(t, ['run', '--rm', '--name', 'evc', 'busybox', 'true'])).code, 0);
    const seen = await live.waitForStdout(
      (s) => lifecycleOf(eventsOf(s), 'evc'),
      '/containers/create and /tasks/exit',
    );
    assert.ok(seen.create.sequence < seen.exit.sequence);
    assert.equal(seen.exit.event['exitStatus'] ?? 0, 0);
    const liveStopped = await live.stop('SIGTERM');
    assert.equal(liveStopped.code, 0, liveStopped.stderr);

    const replay = cli.start(t, ['events', '--since', '1', '--json']);
    const replayed = await replay.waitForStdout(
      (s) => lifecycleOf(eventsOf(s), 'evc'),
      'the same two events',
    );
    assert.deepEqual(replayed, seen, 'the journal replays the very events seen live');
    const sequences = eventsOf(replay.stdout()).map((e) => e.sequence);
    assert.ok(
      sequences.every((s, i) => s > 1 && (i === 0 || s > (sequences[i - 1] ?? 0))),
      sequences.join(),
    );
    await replay.stop('SIGTERM');

    const filtered = cli.start(t, ['events', '--since', '1', '--json', '--filter', 'topic=="/tasks/exit"']);
    await filtered.waitForStdout(
      (s) => eventsOf(s).some((e) => e.sequence === seen.exit.sequence),
      'the /tasks/exit',
    );
    await filtered.stop('SIGTERM');
    assert.deepEqual([...new Set(eventsOf(filtered.stdout()).map((e) => e.topic))], ['/tasks/exit']);
  });

  await t.test('images lists the built-in busybox; import, run and rmi of another image', async (t) => {
    const images = (): Promise<Record<string, string>[]> => cli.ok(t, ['images']).then(parseTable);
    const has = (rows: Record<string, string>[], repository: string, tag: string): boolean =>
      rows.some((r) => r['REPOSITORY'] === repository && r['TAG'] === tag);
    assert.ok(has(await images(), builtinImage.repository, builtinImage.tag));

    const tar = await buildBusyboxImageTar(join(tempDir(t, 'ci-'), 'image.tar'), { ref: importedRef });
    const imported = await cli.run(t, ['import', tar.path]);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, new RegExp(`^Loaded image: ${importedRef.replace(/\./g, '\\.')}$`, 'm'));
    const [repository = '', tag = ''] = importedRef.split(/:(?=[^:/]+$)/);
    assert.ok(has(await images(), repository, tag), 'the imported image is listed');
    assert.equal(
      await cli.ok(t, ['run', '--rm', importedRef, 'echo', 'from the import']),
      'from the import\n',
    );

    assert.equal(await cli.ok(t, ['rmi', importedRef]), `Deleted: ${importedRef}\n`);
    const after = await images();
    assert.ok(!has(after, repository, tag), 'rmi removed it');
    assert.ok(has(after, builtinImage.repository, builtinImage.tag), 'and nothing else');
  });

  await t.test('version and info', async (t) => {
    const version = await cli.ok(t, ['version']);
    assert.match(version, /^Client:\n Version: +\S+\nServer:\n Version: +\S+\n/);
    const info = await cli.ok(t, ['info']);
    assert.match(info, new RegExp(`^Server: corrald at ${d.socket}$`, 'm'));
    assert.match(info, /^ RuntimeReady: true$/m);
    assert.match(info, /^Last recovery: .*took \d+ms: 0 containers, 0 shims reconnected/m);
    assert.match(info, /"runtimeHandlers":\["runc","crun","io.containerd.runc.v2"\]/);
  });

  await t.test('every runtime handler runs the same container', async (t) => {
    for (const handler of handlers) {
      const echo = await cli.run(t, [
        'run',
        '--runtime',
        handler,
        '--rm',
        'busybox',
        'echo',
        `via-${handler}`,
      ]);
      assert.deepEqual(echo, { code: 0, signal: null, stdout: `via-${handler}\n`, stderr: '' }, handler);
      const seven = await cli.run(t, ['run', '--runtime', handler, '--rm', 'busybox', 'sh', '-c', 'exit 7']);
      assert.equal(seven.code, 7, `${handler}: ${seven.stderr}`);
    }
    const unknown = await cli.run(t, ['run', '--runtime', 'nosuch', '--rm', 'busybox', 'true']);
    assert.equal(unknown.code, 125);
    assert.match(unknown.stderr, /nosuch/);
    assert.equal(await cli.ok(t, ['ps', '-a', '-q']), '');
  });

  await t.test('stopping corrald leaves no shim, runtime state, bundle or mount', async (t) => {
    await checkNothingLeft(t, d);
  });

  await t.test('against a stopped daemon every command prints one line and exits 125', async (t) => {
    const stale = await staleSocket(t);
    for (const host of [d.host, `unix://${join(d.dir, 'nothing-here.sock')}`, `unix://${stale}`]) {
      const stopped = new CorralCli(host);
      for (const args of [['ps'], ['run', '--rm', 'busybox', 'true'], ['images'], ['events'], ['info']]) {
        const r = await stopped.run(t, args);
        const what = `corral ${args.join(' ')} at ${host}`;
        assert.equal(r.code, 125, `${what}: ${r.stderr}`);
        assert.equal(r.stdout, '', what);
        assert.equal(lines(r.stderr).length, 1, `${what}: ${r.stderr}`);
        assert.match(
          r.stderr,
          /^corral: cannot connect to corrald at .*: is corrald running\? .*corrald/,
          what,
        );
      }
    }
  });
});

/** corrald stopped with no container left: nothing of the test may remain but files. */
async function checkNothingLeft(t: TestContext, d: CorraldProcess): Promise<void> {
  assert.equal(
    await new CorralCli(d.host).ok(t, ['ps', '-a', '-q']),
    '',
    'every test removed its containers',
  );
  const exit = await d.stop();
  assert.deepEqual(exit, { code: 0, signal: null }, 'corrald exits 0 on SIGTERM');
  await waitFor(() => pidsWithArgv(d.dir).length === 0, {
    timeoutMs: timeouts.shimExit,
    what: 'no process naming the test dir',
  }).catch(() => undefined);
  assert.deepEqual(pidsWithArgv(d.dir), [], 'no shim left whose argv names the temp root/state');
  assert.deepEqual(runcListed(d.state), [], 'runc list is empty');
  assert.deepEqual(runtimeStateEntries(d.state), [], 'no runc/crun state under the state dir');
  assert.deepEqual(bundlesLeft(d.state), [], 'no bundle left');
  assert.deepEqual(mountsLeft(d), [], 'no mount under the temp dir');
}

/** A socket file nobody listens on any more: its listener was SIGKILLed (a crashed corrald's). */
async function staleSocket(t: TestContext): Promise<string> {
  const path = join(tempDir(t, 'cs-'), 'stale.sock');
  const listener = spawn(
    process.execPath,
    ['-e', `require('net').createServer().listen(process.argv[1], () => console.log('listening'))`, path],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const pid = listener.pid;
  if (pid === undefined) throw new Error('spawn the socket listener failed');
  const gone = new Promise((resolve) => listener.once('exit', resolve));
  defer(t, () => killPid(pid));
  await new Promise<void>((resolve, reject) => {
    listener.stdout.once('data', () => resolve());
    listener.once('exit', (code) => reject(new Error(`the socket listener exited ${code}`)));
  });
  killPid(pid);
  await gone;
  return path;
}
