// Two Starts of one process at once (a client retrying, two callers racing): the first runs the
// container, the second waits for it and is refused from the state it left, the way containerd's
// per-process lock answers; a second `runc start` would fail on the consumed exec.fifo instead.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { topics } from '@corral/api';
import { isAlive, skipUnless, waitFor } from '@corral/test-utils';
import {
  assertNoLeftovers,
  createRequest,
  shimTimeouts,
  startDirectShim,
  writeTaskBundle,
} from './helpers/direct-shim.js';

const call = { timeoutMs: shimTimeouts.callMs };

test('concurrent Starts of one task: one starts it, the others get FailedPrecondition', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const shim = await startDirectShim(t);
  const { task, shimPid } = shim;
  writeTaskBundle(shim, shim.id, { args: ['sleep', '1000'] });
  await task.create(createRequest(shim, shim.id), call);

  const results = await Promise.allSettled([1, 2, 3].map(() => task.start({ id: shim.id }, call)));
  const started = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const refused = results.flatMap((r) =>
    r.status === 'rejected' ? [r.reason as Error & { code?: string }] : [],
  );
  assert.equal(started.length, 1, `one Start succeeds: ${refused.map((e) => e.message).join('; ')}`);
  assert.equal(refused.length, 2);
  for (const err of refused) {
    assert.equal(err.code, 'FailedPrecondition', err.message);
    assert.match(err.message, /cannot start a running process/);
  }
  const pid = started[0]!.pid ?? 0;
  assert.ok(pid > 0 && isAlive(pid), 'the container runs');
  assert.equal((await task.state({ id: shim.id }, call)).pid, pid);

  await task.kill({ id: shim.id, signal: 9 }, call);
  assert.equal((await task.wait({ id: shim.id }, call)).exitStatus, 137);
  await task.delete({ id: shim.id }, call);
  await waitFor(() => shim.events.some((e) => e.topic === topics.taskDelete), {
    timeoutMs: shimTimeouts.eventsMs,
    what: 'the /tasks/delete event',
  });
  assert.equal(
    shim.events.filter((e) => e.topic === topics.taskStart).length,
    1,
    'one /tasks/start for one start',
  );
  await task
    .shutdown({ id: shim.id }, call)
    .catch((err: { code?: string }) => assert.equal(err.code, 'Unavailable'));
  await waitFor(() => !isAlive(shimPid), { timeoutMs: shimTimeouts.exitMs, what: 'the shim to exit' });
  assertNoLeftovers(shim);
});
