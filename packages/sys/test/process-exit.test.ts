import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { constants } from 'node:os';
import type { Duplex } from 'node:stream';
import { before, test } from 'node:test';
import { isAlive, waitFor, zombieChildren } from '@corral/test-utils';
import {
  type ExitStatus,
  SysError,
  openProcess,
  readProcStat,
  setChildSubreaper,
  watchExit,
} from '../src/index.js';
import { openFdCount, spawnAdopted } from './fixtures.js';

before(() => setChildSubreaper(true));

test('an adopted grandchild that exits 7 is seen with code 7 and reaped', async (t) => {
  const { pids, release } = await spawnAdopted(t, ['exit 7']);
  const pid = pids[0]!;
  assert.equal(readProcStat(pid)?.ppid, process.pid, 'adopted by this subreaper');
  const exited = watchExit(pid);
  release();
  const st = await exited;
  assert.equal(st.pid, pid);
  assert.equal(st.exitCode, 7);
  assert.equal(st.signal, null);
  assert.equal(st.status, 7);
  const now = BigInt(Date.now()) * 1_000_000n;
  assert.ok(
    st.reapedAt <= now + 1_000_000n && st.reapedAt > now - 60_000_000_000n,
    'reapedAt is wall-clock ns',
  );
  assert.equal(readProcStat(pid), undefined, 'no zombie left');
});

test('an adopted process killed by a signal reports the signal and status 128+sig', async (t) => {
  const { pids } = await spawnAdopted(t, ['exit 0']);
  const pid = pids[0]!;
  const exited = watchExit(pid);
  const p = openProcess(pid);
  t.after(() => p.close());
  p.signal('SIGTERM');
  const st = await exited;
  assert.deepEqual(
    { exitCode: st.exitCode, signal: st.signal, status: st.status },
    { exitCode: null, signal: constants.signals.SIGTERM, status: 128 + constants.signals.SIGTERM },
  );
  assert.throws(() => p.signal(0), { name: 'SysError', code: 'ESRCH' }, 'reaped: the pidfd says so');
});

test('100 adopted processes watched at once: right statuses, no zombies, no fd leak', async (t) => {
  await warmUpSpawn();
  const baseline = openFdCount();
  const scripts = Array.from({ length: 100 }, (_, i) => (i % 10 === 9 ? 'kill -KILL $$' : `exit ${i}`));
  const { pids, release } = await spawnAdopted(t, scripts);
  const all = Promise.all(pids.map((pid) => watchExit(pid)));
  assert.ok(openFdCount() >= baseline + 100, 'one pidfd per watched pid');
  release();
  const statuses = await all;
  statuses.forEach((st: ExitStatus, i) => {
    assert.equal(st.pid, pids[i]);
    if (i % 10 === 9) assert.deepEqual([st.exitCode, st.signal, st.status], [null, 9, 137]);
    else assert.deepEqual([st.exitCode, st.signal, st.status], [i, null, i]);
  });
  assert.deepEqual(zombieChildren(), []);
  assert.ok(pids.every((pid) => !isAlive(pid)));
  await waitFor(() => openFdCount() === baseline, { what: `fd count back to ${baseline}`, timeoutMs: 5000 });
});

test('a child_process child still gets its exit event while adopted processes are reaped', async (t) => {
  const child = spawn('sh', ['-c', 'read x; exit 3'], { stdio: ['pipe', 'ignore', 'inherit'] });
  t.after(() => child.kill('SIGKILL'));
  const childExit = once(child, 'exit');
  const { pids, release } = await spawnAdopted(t, ['exit 4', 'exit 5']);
  const adopted = Promise.all(pids.map((pid) => watchExit(pid)));
  release();
  child.stdin.end('go\n');
  assert.deepEqual(
    (await adopted).map((s) => s.exitCode),
    [4, 5],
  );
  assert.deepEqual(await childExit, [3, null]);
});

test('watchers of the same pid share one wait and all get the status', async (t) => {
  const { pids, release } = await spawnAdopted(t, ['exit 9']);
  const a = watchExit(pids[0]!);
  const b = watchExit(pids[0]!);
  release();
  const [sa, sb] = await Promise.all([a, b]);
  assert.equal(sa.exitCode, 9);
  assert.deepEqual(sb, sa);
});

test('aborting a watch leaves the process unreaped for a later watch', async (t) => {
  const { pids, release } = await spawnAdopted(t, ['exit 11']);
  const pid = pids[0]!;
  const ac = new AbortController();
  const first = watchExit(pid, { signal: ac.signal });
  ac.abort();
  await assert.rejects(first, { name: 'AbortError' });
  release();
  await waitFor(() => readProcStat(pid)?.state === 'Z', { what: 'a zombie nobody reaped' });
  assert.equal((await watchExit(pid)).exitCode, 11, 'an exited process is reaped at once');
});

test('watchExit refuses a pid that is not our child (ECHILD) or does not exist (ESRCH)', async () => {
  await assert.rejects(watchExit(1), (err: unknown) => {
    assert.ok(err instanceof SysError);
    assert.equal(err.code, 'ECHILD');
    assert.equal(err.syscall, 'waitid');
    assert.match(err.message, /watch exit of pid 1: not a child of this process/);
    return true;
  });
  await assert.rejects(watchExit(2 ** 22 + 1), { name: 'SysError', code: 'ESRCH', syscall: 'pidfd_open' });
  await assert.rejects(watchExit(0), RangeError);
});

test('with ref: false a pending watch does not keep the process alive', async (t) => {
  // A node child (a subreaper) watches its own adopted grandchild with ref: false and must still
  // exit on its own; the grandchild, blocked on our socket, is then adopted by us and reaped here.
  const script = `
    import { setChildSubreaper, watchExit } from ${JSON.stringify(new URL('../src/index.js', import.meta.url).href)};
    import { spawnSync } from 'node:child_process';
    setChildSubreaper(true);
    const out = spawnSync('sh', ['-c', 'sh -c "read x <&3" </dev/null >/dev/null 2>&1 & echo $!'], { stdio: ['ignore', 'pipe', 'inherit', 3] });
    process.stdout.write(String(out.stdout));
    void watchExit(Number(String(out.stdout).trim()), { ref: false }).then(() => process.exit(3));
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit', 'pipe'],
  });
  const control = child.stdio[3] as Duplex;
  t.after(() => {
    control.destroy();
    child.kill('SIGKILL');
  });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  const [code] = (await once(child, 'exit')) as [number | null];
  assert.equal(code, 0, 'exited on its own with the watch still pending');
  const grandchild = Number(out.trim());
  assert.equal(readProcStat(grandchild)?.ppid, process.pid, 'the orphan moved up to us, the next subreaper');
  const exited = watchExit(grandchild);
  control.destroy();
  assert.equal((await exited).exitCode, 1, 'read saw EOF');
});

/** libuv opens its SIGCHLD machinery on the first spawn: let that happen before a baseline. */
async function warmUpSpawn(): Promise<void> {
  const c = spawn('true', { stdio: 'ignore' });
  await once(c, 'close');
}
