// The runtime option corrald sends for crun: `containerd.runc.v1.Options{binary_name: "crun"}` in
// Create. (ctr 1.6 cannot send it to a runtime not named io.containerd.runc.*: it refuses
// `--runc-binary` there, so the shim is driven directly.) The whole task surface must work on crun.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { bundleFiles, containerd, io, packJsonAny, toBigInt, topics, typeUrls, unpackAny } from '@corral/api';
import { isAlive, ociSpec, skipUnless, waitFor } from '@corral/test-utils';
import {
  assertNoLeftovers,
  createRequest,
  shimTimeouts,
  startDirectShim,
  stdoutOf,
  writeTaskBundle,
} from './helpers/direct-shim.js';
import { memoryCgroupOf } from './helpers/cgroups.js';
import { runcList } from './helpers/leftovers.js';

const call = { timeoutMs: shimTimeouts.callMs };
const Status = containerd.v1.types.Status;
const SIGKILL = 9;

test('binary_name crun: create, start, exec, pids, pause, resume, stats, kill and delete all go through crun', async (t) => {
  if (skipUnless(t, { root: true, bins: ['crun'] })) return;
  const shim = await startDirectShim(t, { binaryName: 'crun' });
  const { id, task, bundle, events } = shim;
  writeTaskBundle(shim, id, { args: ['sh', '-c', 'echo on crun; exec sleep 1000'] });
  const pid = (await task.create(createRequest(shim, id), call)).pid ?? 0;
  assert.match(
    readFileSync(join(bundle, bundleFiles.options), 'utf8'),
    /"binaryName":"crun"/,
    'the shim recorded the runtime for its delete action',
  );
  assert.ok(runtimeLists(shim.runtimeStateDir).includes(id), 'crun (not runc) holds the container');
  await task.start({ id }, call);
  await waitFor(() => stdoutOf(shim, id) === 'on crun\n', { what: 'the container output' });

  const execId = 'e1';
  const spec = (
    ociSpec({ args: ['sh', '-c', 'exit 5'], rootPath: bundleFiles.rootfs }) as { process: object }
  ).process;
  await task.exec({ id, execId, spec: packJsonAny(typeUrls.OciProcess, spec) }, call);
  const execWaited = task.wait({ id, execId }, call);
  await task.start({ id, execId }, call);
  assert.equal((await execWaited).exitStatus, 5);
  await task.delete({ id, execId }, call);

  const pids = (await task.pids({ id }, call)).processes ?? [];
  assert.deepEqual(
    pids.map((p) => p.pid),
    [pid],
  );
  await task.pause({ id }, call);
  assert.equal((await task.state({ id }, call)).status, Status.PAUSED);
  await task.resume({ id }, call);
  assert.equal((await task.state({ id }, call)).status, Status.RUNNING);

  const { stats } = await task.stats({ id }, call);
  assert.equal(stats?.type_url, typeUrls.CgroupsV1Metrics);
  const metrics = unpackAny(stats ?? {}, typeUrls.CgroupsV1Metrics, io.containerd.cgroups.v1.Metrics);
  assert.ok(toBigInt(metrics.memory?.usage?.usage ?? 0) > 0n, 'memory usage');
  assert.ok(toBigInt(metrics.cpu?.usage?.total ?? 0) > 0n, 'cpu usage');
  assert.ok(toBigInt(metrics.pids?.current ?? 0) >= 1n, 'pids.current');

  const cgroup = memoryCgroupOf(pid);
  const waited = task.wait({ id }, call);
  await task.kill({ id, signal: SIGKILL }, call);
  assert.equal((await waited).exitStatus, 137);
  await task.delete({ id }, call);
  assert.equal(runtimeLists(shim.runtimeStateDir).includes(id), false, 'crun delete ran');
  assert.equal(existsSync(cgroup), false, 'crun removed the container cgroup');
  await waitFor(() => events.some((e) => e.topic === topics.taskDelete && e.seq !== undefined), {
    timeoutMs: shimTimeouts.eventsMs,
    what: '/tasks/delete',
  });
  await task.shutdown({ id }, call).catch((err: { code?: string }) => assert.equal(err.code, 'Unavailable'));
  await waitFor(() => !isAlive(shim.shimPid), { timeoutMs: shimTimeouts.exitMs, what: 'the shim to exit' });
  assertNoLeftovers(shim);
});

function runtimeLists(root: string): string[] {
  return runcList(root, 'crun').split('\n').filter(Boolean);
}
