// DESIGN rule 3, on real processes: an event the receiver could not take stays in the bundle's
// outbox (containerd's own shim drops it after ~21 s) and reaches the receiver exactly once, in
// order, when it is back on the same socket.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { bundleFiles, containerd, readOutbox, topics } from '@corral/api';
import { readExitRecord } from '@corral/shim';
import { isAlive, skipUnless, waitFor } from '@corral/test-utils';
import {
  assertNoLeftovers,
  createRequest,
  shimTimeouts,
  startDirectShim,
  writeTaskBundle,
} from './helpers/direct-shim.js';

const call = { timeoutMs: shimTimeouts.callMs };

test('an exit the receiver missed waits in events.outbox and arrives once, in order, when it is back', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc', 'mkfifo'] })) return;
  const shim = await startDirectShim(t);
  const { id, task, bundle, events } = shim;
  const outboxPath = join(bundle, bundleFiles.outbox);
  writeTaskBundle(shim, id, { args: ['sh', '-c', 'read x; exit 42'] });
  const stdin = join(shim.tmp, 'stdin');
  execFileSync('mkfifo', [stdin]);

  const { pid = 0 } = await task.create(createRequest(shim, id, { stdin }), call);
  const waited = task.wait({ id }, call);
  await task.start({ id }, call);
  await waitFor(() => events.length === 2, { timeoutMs: shimTimeouts.eventsMs, what: 'create and start' });

  // The receiver goes away; the container exits while nobody listens.
  await shim.stopEvents();
  await task.closeIO({ id, stdin: true }, call);
  assert.equal((await waited).exitStatus, 42, 'read sees EOF after CloseIO, and the shell exits 42');
  assert.equal(readExitRecord(bundle)?.exitStatus, 42, 'the exit record is on disk before Wait returns');
  const held = await waitFor(() => readOutbox(outboxPath).pending.find((e) => e.topic === topics.taskExit), {
    timeoutMs: shimTimeouts.eventsMs,
    what: '/tasks/exit in the outbox',
  });
  assert.equal(containerd.events.TaskExit.decode(held.value).exitStatus, 42);
  await waitFor(() => failedForwards(bundle).includes(held.seq), {
    timeoutMs: shimTimeouts.eventsMs,
    what: `a failed Forward of event ${held.seq} in shim.log`,
  });
  assert.ok(
    readOutbox(outboxPath).pending.some((e) => e.seq === held.seq),
    'after a failed delivery the exit is still in the outbox',
  );
  assert.equal(events.length, 2, 'nothing reached the stopped receiver');

  // The receiver is back on the same path: the held exit arrives, then what followed it.
  await shim.restartEvents();
  await waitFor(() => events.some((e) => e.topic === topics.taskExit), {
    timeoutMs: shimTimeouts.eventsMs,
    what: '/tasks/exit at the restarted receiver',
  });
  const deleted = await task.delete({ id }, call);
  assert.equal(deleted.exitStatus, 42);
  await waitFor(() => events.some((e) => e.topic === topics.taskDelete), {
    timeoutMs: shimTimeouts.eventsMs,
    what: '/tasks/delete',
  });
  await task.shutdown({ id }, call).catch((err: { code?: string }) => assert.equal(err.code, 'Unavailable'));
  await waitFor(() => !isAlive(shim.shimPid), { timeoutMs: shimTimeouts.exitMs, what: 'the shim to exit' });

  assert.deepEqual(
    events.map((e) => e.topic),
    [topics.taskCreate, topics.taskStart, topics.taskExit, topics.taskDelete],
  );
  assert.deepEqual(
    events.map((e) => e.seq),
    [1, 2, 3, 4],
    'one delivery per sequence number, in order',
  );
  assert.equal(new Set(events.map((e) => e.source)).size, 1, 'one outbox named them all');
  const exits = events.filter((e) => e.seq === held.seq);
  assert.equal(exits.length, 1, 'the held exit arrived exactly once');
  const exit = exits[0]?.event as containerd.events.TaskExit;
  assert.deepEqual([exit.containerId, exit.id, exit.pid, exit.exitStatus], [id, id, pid, 42]);
  assert.deepEqual(readOutbox(outboxPath).pending, [], 'every event acknowledged');
  assertNoLeftovers(shim);
});

/** Sequence numbers of the events whose Forward the shim logged as failed. */
function failedForwards(bundle: string): number[] {
  return readFileSync(join(bundle, bundleFiles.shimLog), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { msg?: string; seq?: number })
    .filter((l) => l.msg === 'forwarding event failed; will retry' && typeof l.seq === 'number')
    .map((l) => l.seq as number);
}
