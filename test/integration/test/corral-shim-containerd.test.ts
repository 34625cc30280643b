// corral-shim as containerd-shim-corral-v2 under the real containerd 1.6: every ctr task command,
// a TTY with its size, every /tasks/* event through `ctr events`, and a containerd SIGKILL + restart
// that finds the task again through the bundle's `address` file and Connect.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { topics } from '@corral/api';
import {
  type ContainerdHarness,
  buildBusyboxImageTar,
  containerdRuncRoot,
  importImage,
  isAlive,
  mountsUnder,
  pidsWithArgv,
  skipUnless,
  startContainerd,
  tempDir,
  waitFor,
} from '@corral/test-utils';
import { type CtrEvent, startCtrEvents } from './helpers/ctr-events.js';
import { corralShimPath } from './helpers/direct-shim.js';
import { runcList } from './helpers/leftovers.js';
import { runInPty } from './helpers/pty.js';

const runtime = 'io.containerd.corral.v2';
const shimBinary = 'containerd-shim-corral-v2';
const needs = { root: true, bins: ['containerd', 'ctr', 'runc', 'tar', 'script'] };
const waitMs = 15_000;

test('ctr runs, execs, pauses, measures, kills and removes tasks through corral-shim, with every event', async (t) => {
  if (skipUnless(t, needs)) return;
  const { ctd, ref } = await containerdWithBusybox(t);
  const { events, unparsed } = await startCtrEvents(t, ctd);
  const rt = ['--runtime', runtime];

  const once = await ctd.ctr(['run', '--rm', ...rt, ref, 'c1', 'sh', '-c', 'echo hi; exit 7']);
  t.diagnostic(`ctr run --rm through corral-shim: ${once.ms} ms`);
  assert.deepEqual([once.stdout, once.stderr, once.exitCode], ['hi\n', '', 7]);

  // ctr 1.6 sends runtime options (binary_name: crun) only to io.containerd.runc.*; corrald sends
  // them to corral-shim (corral-shim-crun.test.ts drives that directly).
  const crun = await ctd.ctr(['run', '--rm', ...rt, '--runc-binary', 'crun', ref, 'c9', 'true']);
  assert.notEqual(crun.exitCode, 0);
  assert.match(crun.stderr, /runc-binary .* only supported for "io\.containerd\.runc\.v2" runtime/);

  await ctd.ctr(['run', '-d', ...rt, ref, 'c2', 'sleep', '1000'], { check: true });
  const c2 = await taskRow(ctd, 'c2');
  assert.equal(c2.status, 'RUNNING');
  const shimPid = parentOf(c2.pid);
  assert.match(readFileSync(`/proc/${shimPid}/cmdline`, 'utf8'), new RegExp(`${shimBinary}\0`));

  const exec = await ctd.ctr(['tasks', 'exec', '--exec-id', 'e1', 'c2', 'echo', 'in'], { check: true });
  assert.equal(exec.stdout, 'in\n');
  await ctd.ctr(['tasks', 'exec', '-d', '--exec-id', 'e2', 'c2', 'sleep', '1000'], { check: true });
  const ps = (await ctd.ctr(['tasks', 'ps', 'c2'], { check: true })).stdout;
  const rows = ps
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.trim().split(/\s+/));
  assert.equal(rows.length, 2, ps);
  assert.deepEqual(rows[0], [String(c2.pid), '-'], 'the init has no info');
  assert.match(rows[1]?.[1] ?? '', /^&ProcessDetails\{ExecID:e2,/, 'ctr decoded the exec info Any');

  await ctd.ctr(['tasks', 'pause', 'c2'], { check: true });
  assert.equal((await taskRow(ctd, 'c2')).status, 'PAUSED');
  await ctd.ctr(['tasks', 'resume', 'c2'], { check: true });
  assert.equal((await taskRow(ctd, 'c2')).status, 'RUNNING');

  const metrics = metricRows((await ctd.ctr(['tasks', 'metrics', 'c2'], { check: true })).stdout);
  for (const row of ['memory.usage_in_bytes', 'cpuacct.usage', 'pids.current']) {
    assert.ok(Number(metrics.get(row)) > 0, `${row} = ${metrics.get(row)}`);
  }
  assert.equal(metrics.get('pids.current'), '2', 'the init and exec e2');
  assert.match(metrics.get('cpuacct.usage_percpu') ?? '', /^\[\d+( \d+)*\]$/);

  await ctd.ctr(['tasks', 'kill', '-s', 'SIGKILL', 'c2'], { check: true });
  await waitFor(async () => (await taskRow(ctd, 'c2')).status === 'STOPPED', { what: 'c2 STOPPED' });
  await ctd.ctr(['tasks', 'delete', 'c2'], { check: true });
  await ctd.ctr(['containers', 'rm', 'c2'], { check: true });
  await waitFor(() => !isAlive(shimPid), { timeoutMs: waitMs, what: `shim ${shimPid} to exit` });

  // A TTY: the container sees a pty, and the size ctr sends (ResizePty) once it has started.
  const tty = await runInPty(
    [
      ...ctrArgv(ctd),
      'run',
      '-t',
      '--rm',
      '--fifo-dir',
      ctd.fifoDir,
      ...rt,
      ref,
      'c3',
      'sh',
      '-c',
      // busybox stty fails on the 0x0 pty runc makes (exiting 0): poll until ctr's size is there.
      'until [ -n "$(stty size 2>/dev/null)" ]; do sleep 0.05; done; stty size; tty; exit 3',
    ],
    { rows: 33, cols: 101, timeoutMs: 60_000 },
  );
  t.diagnostic(`ctr run -t: ${JSON.stringify(tty.output)}`);
  assert.equal(tty.exitCode, 3, tty.output);
  // The pty echoes a NUL that reaches it when script's stdin ends as "^@" (the runc shim's run too).
  const screen = tty.output.replaceAll('^@', '');
  assert.match(screen, /^33 101\r*$/m, 'ResizePty reached the container pty');
  assert.match(screen, /^\/dev\/pts\/\d+\r*$/m, 'stdin is a pty');

  const mine = (): CtrEvent[] => events.filter((e) => e.namespace === ctd.namespace);
  const want = [
    topics.taskCreate,
    topics.taskStart,
    topics.taskExecAdded,
    topics.taskExecStarted,
    topics.taskExit,
    topics.taskPaused,
    topics.taskResumed,
    topics.taskDelete,
  ];
  await waitFor(
    () => want.every((topic) => mine().some((e) => e.topic === topic)) && exitOf(mine(), 'c3') !== undefined,
    { timeoutMs: waitMs, what: `every topic in ctr events (${JSON.stringify(mine().map((e) => e.topic))})` },
  );
  assert.deepEqual(unparsed, [], 'ctr decoded every event');
  assert.equal(exitOf(mine(), 'c1')?.['exit_status'], 7);
  assert.equal(exitOf(mine(), 'c2')?.['exit_status'], 137);
  assert.equal(exitOf(mine(), 'c3')?.['exit_status'], 3);
  const e1 = mine().find((e) => e.topic === topics.taskExit && e.event['id'] === 'e1');
  assert.equal(e1?.event['container_id'], 'c2', 'the exec exit names its container');

  await assertNothingLeft(ctd, ['e2-stderr', 'e2-stdin', 'e2-stdout']);
});

test('a task under corral-shim survives SIGKILL of containerd and is found again after its restart', async (t) => {
  if (skipUnless(t, needs)) return;
  const { ctd, ref } = await containerdWithBusybox(t);
  await ctd.ctr(['run', '-d', '--runtime', runtime, ref, 'r1', 'sleep', '1000'], { check: true });
  const before = await taskRow(ctd, 'r1');
  const shimPid = parentOf(before.pid);
  const bundle = join(ctd.state, 'io.containerd.runtime.v2.task', ctd.namespace, 'r1');
  assert.match(
    readFileSync(join(bundle, 'address'), 'utf8'),
    /^unix:\/\/\/run\/containerd\/s\/[0-9a-f]{64}$/,
  );

  await ctd.kill9();
  assert.ok(isAlive(shimPid), 'the shim survives SIGKILL of containerd');
  assert.ok(isAlive(before.pid), 'so does the task');
  await ctd.restart();
  assert.deepEqual(await taskRow(ctd, 'r1'), before, 'containerd reconnected: RUNNING, same pid');
  assert.ok(isAlive(shimPid), 'the same shim');

  // The shim's events reach the new containerd (its publisher dials TTRPC_ADDRESS again).
  const { events } = await startCtrEvents(t, ctd);
  const exec = await ctd.ctr(['tasks', 'exec', '--exec-id', 'after', 'r1', 'echo', 'back'], { check: true });
  assert.equal(exec.stdout, 'back\n');
  await ctd.ctr(['tasks', 'kill', '-s', 'SIGKILL', 'r1'], { check: true });
  await waitFor(async () => (await taskRow(ctd, 'r1')).status === 'STOPPED', { what: 'r1 STOPPED' });
  await waitFor(() => exitOf(events, 'r1')?.['exit_status'] === 137, {
    timeoutMs: waitMs,
    what: '/tasks/exit',
  });
  await ctd.ctr(['tasks', 'rm', 'r1'], { check: true });
  await ctd.ctr(['containers', 'rm', 'r1'], { check: true });
  await waitFor(() => !isAlive(shimPid), { timeoutMs: waitMs, what: `shim ${shimPid} to exit` });
  await assertNothingLeft(ctd);
});

async function containerdWithBusybox(t: TestContext): Promise<{ ctd: ContainerdHarness; ref: string }> {
  const dir = tempDir(t);
  const image = await buildBusyboxImageTar(join(dir, 'busybox.tar'));
  const ctd = await startContainerd(t, { runtimes: { [runtime]: corralShimPath } });
  return { ctd, ref: await importImage(ctd.ctr, image.path) };
}

/**
 * No shim, no mount, no runc container, no FIFO left; the harness had nothing to force. `ctrFifos`:
 * FIFOs ctr itself leaves (`ctr tasks exec -d` exits without removing its exec's FIFOs, whatever
 * the shim).
 */
async function assertNothingLeft(ctd: ContainerdHarness, ctrFifos: string[] = []): Promise<void> {
  assert.deepEqual(pidsWithArgv(shimBinary, ctd.address), [], 'no corral-shim left');
  assert.deepEqual(mountsUnder(ctd.dir), []);
  assert.equal(runcList(join(containerdRuncRoot, ctd.namespace)), '', 'runc list is empty');
  const fifos = readdirSync(ctd.fifoDir).flatMap((d) => readdirSync(join(ctd.fifoDir, d)));
  assert.deepEqual(fifos.sort(), ctrFifos, 'no FIFO left but what ctr leaves itself');
  const complaints = readFileSync(ctd.logPath, 'utf8')
    .split('\n')
    .filter(
      (l) => /level=(error|warning)/.test(l) && !l.includes('msg="cleaning up after shim disconnected"'),
    );
  assert.deepEqual(
    complaints,
    [],
    'containerd logged no error or warning (nor cleanup warnings of `delete`)',
  );
  const report = await ctd.dispose();
  assert.deepEqual(report, { killedPids: [], deletedRuncContainers: [], removedSockets: [], unmounted: [] });
}

function exitOf(events: CtrEvent[], id: string): Record<string, unknown> | undefined {
  return events.find((e) => e.topic === topics.taskExit && e.event['id'] === id)?.event;
}

async function taskRow(ctd: ContainerdHarness, id: string): Promise<{ pid: number; status: string }> {
  const { stdout } = await ctd.ctr(['tasks', 'ls'], { check: true });
  const row = stdout
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .find((cols) => cols[0] === id);
  assert.ok(row, `task ${id} in ctr tasks ls:\n${stdout}`);
  return { pid: Number(row[1]), status: row[2] ?? '' };
}

/** `ctr tasks metrics` table rows: METRIC → VALUE. */
function metricRows(stdout: string): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const m = /^(\S+)\s+(.+?)\s*$/.exec(line);
    if (m?.[1] && m[2]) rows.set(m[1], m[2]);
  }
  return rows;
}

function ctrArgv(ctd: ContainerdHarness): string[] {
  return [ctd.ctrBinary, '--address', ctd.address, '--namespace', ctd.namespace];
}

function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}
