import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type TestContext, test } from 'node:test';
import { killPid, skipUnless, strict, waitFor } from '@corral/test-utils';
import { SysError, watchOomV1 } from '../src/index.js';
import { openFdCount } from './fixtures.js';

const memcgRoot = '/sys/fs/cgroup/memory';

/** True (test skipped) where there is no cgroup v1 memory controller or we are not root. */
function skipWithoutMemcgV1(t: TestContext): boolean {
  if (skipUnless(t, { root: true })) return true;
  if (existsSync(join(memcgRoot, 'cgroup.event_control'))) return false;
  const reason = `needs the cgroup v1 memory controller at ${memcgRoot}`;
  if (strict) throw new Error(`CORRAL_TEST_STRICT=1 and ${reason}`);
  t.skip(reason);
  return true;
}

/** A fresh memory cgroup, removed after the test (its processes killed first) even on failure. */
function makeMemcg(t: TestContext): string {
  const dir = join(memcgRoot, `corral-test-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(dir);
  t.after(() => removeMemcg(dir));
  return dir;
}

async function removeMemcg(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  const procs = (): number[] =>
    readFileSync(join(dir, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean).map(Number);
  // Members of the test's own cgroup are its processes: these pids cannot be someone else's.
  for (const pid of procs()) killPid(pid);
  await waitFor(() => procs().length === 0, { what: `${dir} to empty` });
  rmdirSync(dir);
}

test('watchOomV1 fires when the OOM killer kills a process in the cgroup', async (t) => {
  if (skipWithoutMemcgV1(t)) return;
  const dir = makeMemcg(t);
  writeFileSync(join(dir, 'memory.limit_in_bytes'), String(8 << 20));
  let ooms = 0;
  const watcher = watchOomV1(dir, () => ooms++);
  t.after(() => watcher.close());
  // Doubles a shell string until the 8 MiB limit: one process, so the one the killer picks.
  const child = spawn('sh', ['-c', 'read x; x=a; while :; do x=$x$x; done'], {
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  t.after(() => child.kill('SIGKILL'));
  const exited = once(child, 'exit');
  writeFileSync(join(dir, 'cgroup.procs'), String(child.pid));
  child.stdin.write('go\n');

  assert.deepEqual(await exited, [null, 'SIGKILL']);
  await waitFor(() => ooms > 0, { what: 'the OOM notification' });
  assert.match(readFileSync(join(dir, 'memory.oom_control'), 'utf8'), /^oom_kill [1-9]/m);
  assert.equal(watcher.closed, false, 'still watching after an OOM');
});

test('removing the cgroup ends the watch and closes its eventfd', async (t) => {
  if (skipWithoutMemcgV1(t)) return;
  const baseline = openFdCount();
  const dir = makeMemcg(t);
  let removed = 0;
  let ooms = 0;
  const watcher = watchOomV1(dir, () => ooms++, { onRemoved: () => removed++ });
  t.after(() => watcher.close());
  assert.equal(openFdCount(), baseline + 1);
  rmdirSync(dir);
  await waitFor(() => watcher.closed, { what: 'the watch to end' });
  assert.deepEqual([removed, ooms], [1, 0]);
  assert.equal(openFdCount(), baseline);
});

test('watchOomV1 of a missing cgroup is ENOENT and leaks no eventfd', (t) => {
  if (skipUnless(t, { root: true })) return;
  const baseline = openFdCount();
  assert.throws(
    () => watchOomV1(join(memcgRoot, 'corral-test-missing'), () => {}),
    (err: unknown) => {
      assert.ok(err instanceof SysError);
      assert.equal(err.code, 'ENOENT');
      assert.match(err.message, /^watch OOM of cgroup .*corral-test-missing: /);
      return true;
    },
  );
  assert.equal(openFdCount(), baseline);
});
