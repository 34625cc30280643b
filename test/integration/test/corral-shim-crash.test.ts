// "A dead shim becomes a clean outcome": corral-shim SIGKILLed under a container, then its binary's
// `delete` action run exactly as containerd runs it (runtime/v2/binary.go Delete) cleans up runc
// state, mounts, processes and the socket, and reports the exit status it can prove.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { containerd, timestampToNanos } from '@corral/api';
import { readExitRecord } from '@corral/shim';
import { isAlive, killPid, mountsUnder, skipUnless, waitFor } from '@corral/test-utils';
import {
  type DirectShim,
  assertNoLeftovers,
  corralShimPath,
  createRequest,
  shimTimeouts,
  startDirectShim,
  writeTaskBundle,
} from './helpers/direct-shim.js';
import { memoryCgroupOf } from './helpers/cgroups.js';
import { runShim, shimArgs } from './helpers/shim-binary.js';

const call = { timeoutMs: shimTimeouts.callMs };

test('delete after a SIGKILLed shim kills the container, removes runc state, mounts and socket, reports 137', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const shim = await startDirectShim(t);
  const { id, task, bundle } = shim;
  writeTaskBundle(shim, id, { args: ['sleep', '1000'] });
  const pid = (await task.create(createRequest(shim, id), call)).pid ?? 0;
  await task.start({ id }, call);
  const cgroup = memoryCgroupOf(pid);
  assert.ok(existsSync(cgroup), `the container has a memory cgroup ${cgroup}`);

  await killShim(shim);
  assert.ok(isAlive(pid), 'the container outlives its shim');
  assert.ok(existsSync(shim.socketPath), 'a SIGKILLed shim leaves its socket behind');

  const before = Date.now();
  const reply = await runDelete(shim);
  assert.equal(reply.pid, pid, 'the pid comes from init.pid');
  assert.equal(reply.exitStatus, 137, 'no exit record: killed (128 + SIGKILL), as containerd reports it');
  const at = Number((timestampToNanos(reply.exitedAt) ?? 0n) / 1_000_000n);
  assert.ok(at >= before - 1_000 && at <= Date.now() + 1_000, 'exited_at is "now"');

  await waitFor(() => !isAlive(pid), { timeoutMs: shimTimeouts.exitMs, what: `container init ${pid} gone` });
  assert.deepEqual(mountsUnder(bundle), [], 'the rootfs is unmounted');
  assert.equal(existsSync(cgroup), false, 'runc removed the container cgroup');
  assert.equal(existsSync(shim.socketPath), false, 'delete removes the dead shim socket');
  assertNoLeftovers(shim);

  // containerd runs it again after every closed connection: a second run is harmless.
  assert.equal((await runDelete(shim)).pid, pid);
});

test('delete after a SIGKILLed shim reports the exit status the shim recorded before it died', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const shim = await startDirectShim(t);
  const { id, task, bundle } = shim;
  writeTaskBundle(shim, id, { args: ['sh', '-c', 'exit 42'] });
  const pid = (await task.create(createRequest(shim, id), call)).pid ?? 0;
  const waited = task.wait({ id }, call);
  await task.start({ id }, call);
  const exit = await waited;
  assert.equal(exit.exitStatus, 42);
  const record = readExitRecord(bundle);
  assert.deepEqual(
    [record?.pid, record?.exitStatus],
    [pid, 42],
    'the exit record is written before Wait returns',
  );

  await killShim(shim);
  const reply = await runDelete(shim);
  assert.deepEqual([reply.pid, reply.exitStatus], [pid, 42], 'the real status, not 137');
  assert.equal(timestampToNanos(reply.exitedAt), timestampToNanos(exit.exitedAt), 'and the real exit time');
  assert.deepEqual(mountsUnder(bundle), []);
  assert.equal(existsSync(shim.socketPath), false);
  assertNoLeftovers(shim);
});

/** SIGKILL the serving shim by the pid Connect named, and wait until it is gone. */
async function killShim(shim: DirectShim): Promise<void> {
  killPid(shim.shimPid, 'SIGKILL');
  await waitFor(() => !isAlive(shim.shimPid), { timeoutMs: shimTimeouts.exitMs, what: 'the shim to die' });
}

/** `<shim> -namespace … -id … -bundle <bundle> delete` with cwd = bundle and stdin /dev/null. */
async function runDelete(shim: DirectShim): Promise<containerd.task.v2.DeleteResponse> {
  const del = await runShim(corralShimPath, shimArgs({ ...shim.flags, bundle: shim.bundle }, 'delete'), {
    cwd: shim.bundle,
    env: shim.env,
    stdin: 'null',
    timeoutMs: shimTimeouts.deleteMs,
  });
  assert.equal(del.code, 0, `shim delete: ${del.combined}`);
  assert.equal(del.stderr, '', 'no cleanup warnings');
  return containerd.task.v2.DeleteResponse.decode(del.stdout);
}
