import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { io, toBigInt } from '@corral/api';
import { isAlive, killPid, skipUnless, waitFor } from '@corral/test-utils';
import { cgroupPathsOf, isUnifiedHost } from '../src/cgroups.js';
import { readMetricsV1 } from '../src/stats-v1.js';
import { readMetricsV2 } from '../src/stats-v2.js';

test('metrics of a real process in its own cgroups decode as ctr reads them', async (t) => {
  if (skipUnless(t, { root: true })) return;
  const name = `corral-stats-${process.pid}-${Date.now()}`;
  const unified = isUnifiedHost();
  const dirs = unified
    ? [`/sys/fs/cgroup/${name}`]
    : ['memory', 'cpuacct', 'pids'].map((c) => `/sys/fs/cgroup/${c}/${name}`);
  for (const d of dirs) mkdirSync(d);
  t.after(() => {
    for (const d of dirs) {
      try {
        rmdirSync(d);
      } catch {
        // still populated if the process outlived the test; the kill below empties it
      }
    }
  });
  // A shell that burns a little CPU then waits: enough for non-zero cpu and memory counters.
  const child = spawn(
    'sh',
    ['-c', 'read _; i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; echo done; read _'],
    {
      stdio: ['pipe', 'pipe', 'ignore'],
    },
  );
  const pid = child.pid!;
  t.after(async () => {
    killPid(pid);
    await waitFor(() => !isAlive(pid), { what: `pid ${pid} to die` });
    for (const d of dirs) {
      try {
        rmdirSync(d);
      } catch {
        // best effort
      }
    }
  });
  for (const d of dirs) writeFileSync(`${d}/cgroup.procs`, String(pid));
  child.stdin.write('\n');
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));

  const paths = cgroupPathsOf(pid);
  assert.ok(paths, 'cgroup paths found');
  if (paths.version === 1) {
    assert.equal(paths.controllers.get('memory'), `/sys/fs/cgroup/memory/${name}`);
    const m = readMetricsV1(paths);
    const wire = io.containerd.cgroups.v1.Metrics.decode(io.containerd.cgroups.v1.Metrics.encode(m).finish());
    assert.ok(toBigInt(wire.memory?.usage?.usage) > 0n, 'memory usage > 0');
    assert.ok(toBigInt(wire.memory?.usage?.limit) > 0n, 'memory limit present');
    assert.ok(toBigInt(wire.cpu?.usage?.total) > 0n, 'cpu usage > 0');
    assert.ok((wire.cpu?.usage?.perCpu?.length ?? 0) > 0, 'per-cpu usage present');
    assert.equal(toBigInt(wire.pids?.current), 1n);
  } else {
    const m = readMetricsV2(paths.dir);
    assert.ok(toBigInt(m.memory?.usage) > 0n);
  }
});

test('a process that is gone has no cgroup paths', () => {
  assert.equal(cgroupPathsOf(2 ** 22 + 17), undefined);
});
