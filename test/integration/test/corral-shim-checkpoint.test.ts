// Checkpoint of a running container through runc and CRIU. CRIU cannot run on these machines'
// kernel (DESIGN.md: `criu check` fails on the vDSO), so the shim must answer FailedPrecondition
// carrying CRIU's / runc's own words, keep the container running, and the test then skips with that
// reason. Where CRIU works, the image directory must hold the dump.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { containerd, topics } from '@corral/api';
import { isAlive, skipUnless, waitFor } from '@corral/test-utils';
import {
  assertNoLeftovers,
  createRequest,
  shimTimeouts,
  startDirectShim,
  writeTaskBundle,
} from './helpers/direct-shim.js';

const call = { timeoutMs: shimTimeouts.callMs };
const Status = containerd.v1.types.Status;
const SIGKILL = 9;

test("Checkpoint of a running container: CRIU's verdict comes back as FailedPrecondition, or a dump", async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc', 'criu'] })) return;
  const shim = await startDirectShim(t);
  const { id, task } = shim;
  writeTaskBundle(shim, id, { args: ['sleep', '1000'] });
  const pid = (await task.create(createRequest(shim, id), call)).pid ?? 0;
  await task.start({ id }, call);
  const imagePath = join(shim.tmp, 'checkpoint');

  const outcome = await task.checkpoint({ id, path: imagePath }, call).then(
    () => undefined,
    (err: { code?: string; message?: string }) => err,
  );
  let skipReason: string | undefined;
  if (outcome === undefined) {
    assert.ok(readdirSync(imagePath).length > 0, 'the checkpoint image directory holds the dump');
    await waitFor(() => shim.events.some((e) => e.topic === topics.taskCheckpointed), {
      timeoutMs: shimTimeouts.eventsMs,
      what: '/tasks/checkpointed',
    });
  } else {
    t.diagnostic(`Checkpoint: ${outcome.code}: ${outcome.message}`);
    assert.equal(outcome.code, 'FailedPrecondition', outcome.message);
    assert.match(outcome.message ?? '', /^OCI runtime checkpoint failed: criu failed: /);
    if (existsSync(join(imagePath, 'dump.log'))) {
      assert.match(outcome.message ?? '', /Error \(criu\/[^)]+\): /, "CRIU's own reason, from its dump.log");
    }
    skipReason = `CRIU cannot checkpoint here: ${outcome.message}`;
  }
  // Either way the container runs on (leave-running is the default).
  assert.equal((await task.state({ id }, call)).status, Status.RUNNING);
  assert.ok(isAlive(pid));

  const waited = task.wait({ id }, call);
  await task.kill({ id, signal: SIGKILL }, call);
  assert.equal((await waited).exitStatus, 137);
  await task.delete({ id }, call);
  await task.shutdown({ id }, call).catch((err: { code?: string }) => assert.equal(err.code, 'Unavailable'));
  await waitFor(() => !isAlive(shim.shimPid), { timeoutMs: shimTimeouts.exitMs, what: 'the shim to exit' });
  assertNoLeftovers(shim);
  if (skipReason !== undefined) t.skip(skipReason);
});
