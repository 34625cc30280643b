// Scenario 4: kill -9 a shim. With corrald up, or down at the time; with the container running,
// only created, or already exited (its exit record written). Each ends EXITED with a truthful
// status — reason ShimDied and 137 when the cleanup had to kill the init, the real code (and a
// message naming the dead shim) when the exit record has it — and can be removed; neither the
// shim nor the init lingers, not even as a zombie. Subscribers get one /tasks/exit per container:
// from the dead shim's outbox when it had written the exit, else published by corrald.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { StateLayout } from '@corral/daemon';
import { bundleFiles, toInt64, topics } from '@corral/api';
import { defer, isAlive, killPid, skipUnless, waitFor, zombieChildren } from '@corral/test-utils';
import { create, exited, run, S, status, type Status } from './helpers/containers.js';
import { startCorrald, type Corrald } from './helpers/corrald.js';
import { collect, exitsOf, heldTopics } from './helpers/events.js';
import { settledLeaks, shimsOf, vanished } from './helpers/leaks.js';
import { recordScenario } from './helpers/summary.js';

function shimPid(d: Corrald, id: string): number {
  const s = shimsOf(d).filter((x) => x.id === id);
  assert.equal(s.length, 1, `one shim serves ${id}`);
  return s[0]!.pid;
}

async function removeAndCheck(d: Corrald, ids: string[]): Promise<void> {
  for (const id of ids) await d.client.runtime.removeContainer({ containerId: id });
  assert.deepEqual(await settledLeaks(d), []);
  for (const parent of [process.pid, d.pid!])
    assert.deepEqual(zombieChildren(parent), [], `no zombie of ${parent}`);
}

function assertShimDied(s: Status, code: number): void {
  assert.equal(s.reason, 'ShimDied');
  assert.equal(s.exitCode, code);
  assert.match(s.message ?? '', /shim \(pid \d+\)/);
}

test('kill -9 the shim of a running container while corrald runs: ShimDied, 137, removable', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const d = await startCorrald(t);
  const exits = collect(d, 0n);
  t.after(() => exits.stop.abort());
  const id = await run(d, { command: ['sleep', '1000'] });
  const created = await create(d, { command: ['sleep', '1000'] });
  const init = (await status(d, id)).pid ?? 0;
  const shims = [shimPid(d, id), shimPid(d, created)];
  for (const pid of shims) killPid(pid);
  const s = await exited(d, id);
  assertShimDied(s, 137);
  assert.match(s.message ?? '', /was killed \(SIGKILL\) in the cleanup/);
  assertShimDied(await exited(d, created), 137);
  await vanished(init, 'the init');
  for (const pid of shims) await vanished(pid, 'the shim');
  await removeAndCheck(d, [id, created]);
  // corrald publishes the /tasks/exit the dead shims never could, once each.
  await waitFor(() => exitsOf(exits.events, id).length > 0 && exitsOf(exits.events, created).length > 0, {
    what: 'the /tasks/exit of both',
  });
  assert.deepEqual(exitsOf(exits.events, id), [137]);
  assert.deepEqual(exitsOf(exits.events, created), [137]);
  recordScenario({ scenario: 'kill -9 shim (corrald up)', kills: 2, containers: 2, leaks: 0 });
});

test('a shim that does not answer (SIGSTOP) is UNKNOWN while silent, RUNNING once it answers', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const d = await startCorrald(t);
  const id = await run(d, { command: ['sleep', '1000'] });
  const pid = shimPid(d, id);
  await d.kill('SIGKILL');
  killPid(pid, 'SIGSTOP');
  defer(t, () => killPid(pid, 'SIGCONT')); // never leave it stopped
  await d.start(); // the recovery pass gives the silent shim its Connect deadline
  assert.equal(d.lastRecovery()?.['shimsUnreachable'], 1);
  const s = await status(d, id);
  assert.equal(s.state, S.CONTAINER_UNKNOWN, 'UNKNOWN while the shim is silent');
  assert.match(s.message ?? '', /does not answer/);
  killPid(pid, 'SIGCONT');
  await waitFor(async () => (await status(d, id)).state === S.CONTAINER_RUNNING, {
    timeoutMs: 30_000,
    what: 'the background reconnect',
  });
  assert.equal((await status(d, id)).message, '');
  await d.client.runtime.stopContainer({ containerId: id, timeout: toInt64(0) });
  assert.equal((await exited(d, id)).exitCode, 137);
  await removeAndCheck(d, [id]);
  recordScenario({ scenario: 'silent shim (SIGSTOP)', kills: d.kills, containers: 1, leaks: 0 });
});

test('kill -9 shims while corrald is dead: running → ShimDied 137; exited → its real code', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const d = await startCorrald(t);
  const layout = new StateLayout(d.root, d.state, d.socket);
  const exits = collect(d, 0n);
  t.after(() => exits.stop.abort());
  const running = await run(d, { command: ['sleep', '1000'] });
  const exitsFirst = await run(d, {
    command: ['sh', '-c', 'while [ ! -e /go ]; do sleep 0.05; done; exit 7'],
  });
  const inits = [(await status(d, running)).pid ?? 0, (await status(d, exitsFirst)).pid ?? 0];
  const shims = [shimPid(d, running), shimPid(d, exitsFirst)];
  await d.kill('SIGKILL');
  // One exits (its shim writes the exit record), then both shims are killed.
  writeFileSync(join(layout.bundle('default', exitsFirst), 'rootfs', 'go'), '');
  await waitFor(() => !isAlive(inits[1]!), { what: 'the container to exit' });
  await waitFor(() => existsSync(join(layout.bundle('default', exitsFirst), 'exit')), {
    what: 'the exit record',
  });
  for (const pid of shims) killPid(pid);
  for (const pid of shims) await vanished(pid, 'the shim');
  assert.ok(isAlive(inits[0]!), 'the running container outlives its shim until the cleanup');

  await d.start();
  const last = (await d.client.runtime.status({})).lastRecovery;
  assert.equal(last?.shimsDead, 2);
  assert.equal(last?.exitsLearned, 1, 'the exit record gave one real exit');
  assertShimDied(await status(d, running), 137);
  const s = await status(d, exitsFirst);
  assert.equal(s.exitCode, 7, 'the real exit code, from the exit record');
  assert.equal(s.reason, 'Error');
  assert.match(s.message ?? '', /shim \(pid \d+\) died after recording the exit/);
  await vanished(inits[0]!, 'the init the cleanup killed');
  await removeAndCheck(d, [running, exitsFirst]);
  // The exit that sat in the dead shim's outbox is delivered; the other is published by corrald.
  await waitFor(
    () => exitsOf(exits.events, running).length > 0 && exitsOf(exits.events, exitsFirst).length > 0,
    {
      what: 'the /tasks/exit of both',
    },
  );
  assert.deepEqual(exitsOf(exits.events, exitsFirst), [7], "one /tasks/exit, from the dead shim's outbox");
  assert.deepEqual(exitsOf(exits.events, running), [137], 'one /tasks/exit, published by corrald');
  recordScenario({ scenario: 'kill -9 shim (corrald down)', kills: d.kills + 2, containers: 2, leaks: 0 });
});

test('a shim killed between its exit record and queueing the exit event: corrald publishes that exit, once', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const d = await startCorrald(t);
  const layout = new StateLayout(d.root, d.state, d.socket);
  const exits = collect(d, 0n);
  t.after(() => exits.stop.abort());
  const id = await run(d, { command: ['sh', '-c', 'while [ ! -e /go ]; do sleep 0.05; done; exit 3'] });
  const shim = shimPid(d, id);
  const bundle = layout.bundle('default', id);
  const outbox = join(bundle, bundleFiles.outbox);
  await d.kill('SIGKILL');
  writeFileSync(join(bundle, 'rootfs', 'go'), '');
  // Let the shim finish (record written, event queued), kill it, then take the queued exit out of
  // its outbox: on disk that is exactly what a kill inside the window leaves behind.
  await waitFor(() => existsSync(join(bundle, 'exit')), { what: 'the exit record' });
  await waitFor(() => heldTopics(outbox).includes(topics.taskExit), { what: 'the queued /tasks/exit' });
  killPid(shim);
  await vanished(shim, 'the shim');
  const kept = readFileSync(outbox, 'utf8')
    .split('\n')
    .filter((l) => !l.includes(`"topic":"${topics.taskExit}"`));
  writeFileSync(outbox, kept.join('\n'));
  assert.ok(!heldTopics(outbox).includes(topics.taskExit));

  await d.start();
  const s = await status(d, id);
  assert.equal(s.exitCode, 3, 'the real exit code, from the exit record');
  await waitFor(() => exitsOf(exits.events, id).length > 0, { what: 'the /tasks/exit corrald publishes' });
  await removeAndCheck(d, [id]);
  assert.deepEqual(exitsOf(exits.events, id), [3], 'one /tasks/exit, with the recorded code');
  recordScenario({
    scenario: 'kill -9 shim before its exit event',
    kills: d.kills + 1,
    containers: 1,
    leaks: 0,
  });
});

test('an exit file a power loss took: the exit record in the outbox gives the real code, once', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const d = await startCorrald(t);
  const layout = new StateLayout(d.root, d.state, d.socket);
  const exits = collect(d, 0n);
  t.after(() => exits.stop.abort());
  const id = await run(d, { command: ['sh', '-c', 'while [ ! -e /go ]; do sleep 0.05; done; exit 5'] });
  const shim = shimPid(d, id);
  const bundle = layout.bundle('default', id);
  const outbox = join(bundle, bundleFiles.outbox);
  await d.kill('SIGKILL');
  writeFileSync(join(bundle, 'rootfs', 'go'), '');
  // The shim fsyncs only the outbox line of /tasks/exit (it carries the record); the exit file is
  // an unsynced copy. A power loss may take the copy: this is what it leaves behind.
  await waitFor(() => heldTopics(outbox).includes(topics.taskExit), { what: 'the queued /tasks/exit' });
  killPid(shim);
  await vanished(shim, 'the shim');
  rmSync(join(bundle, 'exit'));

  await d.start();
  const s = await status(d, id);
  assert.equal(s.exitCode, 5, 'the real exit code, from the outbox');
  assert.equal(s.reason, 'Error');
  assert.match(s.message ?? '', /shim \(pid \d+\) died after recording the exit/);
  await waitFor(() => exitsOf(exits.events, id).length > 0, { what: 'the held /tasks/exit' });
  await removeAndCheck(d, [id]);
  assert.deepEqual(exitsOf(exits.events, id), [5], 'one /tasks/exit, with the recorded code');
  recordScenario({ scenario: 'kill -9 shim, exit file lost', kills: d.kills + 1, containers: 1, leaks: 0 });
});
