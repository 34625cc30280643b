// A container killed by the kernel's OOM killer in its own memory cgroup (v1 here): Wait reports
// 137, /tasks/oom is forwarded, and the exit record in the bundle says oomKilled.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { containerd } from '@corral/api';
import { topics } from '@corral/api';
import { readExitRecord } from '@corral/shim';
import { isAlive, skipUnless, waitFor } from '@corral/test-utils';
import {
  assertNoLeftovers,
  createRequest,
  shimTimeouts,
  startDirectShim,
  writeTaskBundle,
} from './helpers/direct-shim.js';
import { memoryCgroupOf } from './helpers/cgroups.js';

const call = { timeoutMs: shimTimeouts.callMs };
const memoryLimit = 16 << 20;

test('an OOM-killed container: Wait says 137, /tasks/oom is forwarded, the exit record says oomKilled', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const shim = await startDirectShim(t);
  const { id, task, bundle, events } = shim;
  // The string doubles until the 16 MiB limit is hit (never oomScoreAdj: DESIGN.md).
  writeTaskBundle(shim, id, { args: ['sh', '-c', 'x=a; while true; do x=$x$x; done'], memoryLimit });
  const pid = (await task.create(createRequest(shim, id), call)).pid ?? 0;
  const cgroup = memoryCgroupOf(pid);
  assert.equal(readFileSync(`${cgroup}/memory.limit_in_bytes`, 'utf8').trim(), String(memoryLimit));
  const waited = task.wait({ id }, call);
  await task.start({ id }, call);

  const exit = await waited;
  assert.equal(exit.exitStatus, 137, 'SIGKILLed by the OOM killer: 128 + 9');
  const record = readExitRecord(bundle);
  assert.deepEqual(
    [record?.pid, record?.exitStatus, record?.signal, record?.oomKilled],
    [pid, 137, 9, true],
    'the exit record names the OOM kill',
  );
  const oom = await waitFor(() => events.find((e) => e.topic === topics.taskOOM), {
    timeoutMs: shimTimeouts.eventsMs,
    what: '/tasks/oom',
  });
  assert.equal((oom.event as containerd.events.TaskOOM).containerId, id);

  await task.delete({ id }, call);
  await waitFor(() => events.some((e) => e.topic === topics.taskDelete), {
    timeoutMs: shimTimeouts.eventsMs,
    what: '/tasks/delete',
  });
  const lifecycle = events.map((e) => e.topic).filter((topic) => topic !== topics.taskOOM);
  assert.deepEqual(lifecycle, [topics.taskCreate, topics.taskStart, topics.taskExit, topics.taskDelete]);
  assert.equal(events.filter((e) => e.topic === topics.taskOOM).length, 1, 'one OOM kill, one event');
  assert.ok(
    events.findIndex((e) => e.topic === topics.taskOOM) >
      events.findIndex((e) => e.topic === topics.taskStart),
    '/tasks/oom comes after /tasks/start',
  );

  await task.shutdown({ id }, call).catch((err: { code?: string }) => assert.equal(err.code, 'Unavailable'));
  await waitFor(() => !isAlive(shim.shimPid), { timeoutMs: shimTimeouts.exitMs, what: 'the shim to exit' });
  assert.equal(existsSync(cgroup), false, 'runc removed the memory cgroup');
  assertNoLeftovers(shim);
});
