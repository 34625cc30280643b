// Shim groups (annotation io.containerd.runc.v2.group) across crashes. kill -9 of corrald while a
// group runs: the member that exits meanwhile has its exit delivered once from the group's shared
// outbox, the others are found again under the one shim, a new member joins it. kill -9 of the
// group's shim while corrald is down: every member still running ends with a real status (its init
// killed in the cleanup) and the group's directory goes. corrald killed right after starting a
// new group's shim (no record names it yet): the restart sweeps that shim. Nothing is left over.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { bundleFiles, topics } from '@corral/api';
import { StateLayout } from '@corral/daemon';
import { killPid, skipUnless, waitFor } from '@corral/test-utils';
import { create, exited, run, S, status } from './helpers/containers.js';
import { startCorrald } from './helpers/corrald.js';
import { collect, exitsOf, heldTopics } from './helpers/events.js';
import { assertConsistent, killAt } from './helpers/failpoint-kill.js';
import { shimsOf, vanished } from './helpers/leaks.js';
import { recordScenario } from './helpers/summary.js';

const annotations = (group: string) => ({ [`io.containerd.runc.v2.group`]: group });
const waitsForGo = (code: number) => ['sh', '-c', `while [ ! -e /go ]; do sleep 0.05; done; exit ${code}`];

interface ShimOnRecord {
  pid: number;
  dir: string;
  group?: string;
}

test('a shim group through kill -9 of corrald and of its shim: exits once, real statuses, nothing left', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const d = await startCorrald(t);
  const layout = new StateLayout(d.root, d.state, d.socket);
  const shimOf = (id: string) =>
    (JSON.parse(readFileSync(layout.recordPath('default', id), 'utf8')) as { shim: ShimOnRecord }).shim;
  const exits = collect(d, 0n);
  t.after(() => exits.stop.abort());
  const a = await run(d, { command: ['sleep', '1000'], annotations: annotations('g') });
  const b = await run(d, { command: waitsForGo(9), annotations: annotations('g') });
  const shim = shimOf(a);
  assert.equal(shimOf(b).pid, shim.pid, 'one shim for the group');
  assert.equal(shim.group, 'g');

  await d.kill('SIGKILL');
  writeFileSync(join(layout.bundle('default', b), 'rootfs', 'go'), '');
  const outbox = join(shim.dir, bundleFiles.outbox);
  await waitFor(() => heldTopics(outbox).includes(topics.taskExit), {
    what: "b's /tasks/exit in the group outbox",
  });
  await d.start();
  assert.equal((await exited(d, b)).exitCode, 9, "b's real exit code");
  assert.equal((await status(d, a)).state, S.CONTAINER_RUNNING, 'a found again under the group shim');
  const c = await run(d, { command: ['sleep', '1000'], annotations: annotations('g') });
  assert.equal(shimOf(c).pid, shim.pid, 'a new member joins the shim found again');
  await waitFor(() => exitsOf(exits.events, b).length > 0, { what: "b's /tasks/exit" });

  await d.kill('SIGKILL');
  killPid(shim.pid);
  await vanished(shim.pid, 'the group shim');
  await d.start();
  for (const id of [a, c]) {
    const s = await exited(d, id);
    assert.equal(s.reason, 'ShimDied', `${id}: its shim died`);
    assert.equal(s.exitCode, 137, `${id}: its init was killed in the cleanup, a real status`);
  }
  assert.ok(!existsSync(shim.dir), "the dead group shim's directory is gone");
  await waitFor(() => exitsOf(exits.events, a).length > 0 && exitsOf(exits.events, c).length > 0, {
    what: 'the /tasks/exit of a and c',
  });
  assert.deepEqual(exitsOf(exits.events, b), [9], 'b: one /tasks/exit');
  assert.deepEqual(exitsOf(exits.events, a), [137], 'a: one /tasks/exit');
  assert.deepEqual(exitsOf(exits.events, c), [137], 'c: one /tasks/exit');
  await assertConsistent(d);
  for (const id of [a, b, c]) await d.client.runtime.removeContainer({ containerId: id });
  await assertConsistent(d);
  recordScenario({
    scenario: 'shim group, kill -9 of corrald and of its shim',
    kills: d.kills,
    containers: 3,
    leaks: 0,
  });
});

test("corrald killed after starting a group's shim, before any record names it: the restart sweeps it", async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const d = await startCorrald(t);
  const r = await killAt(d, 'create.after-launch', () =>
    create(d, { command: ['sleep', '1000'], annotations: annotations('fresh') }),
  );
  assert.notEqual(r.outcome, 'ok', 'the create was cut off');
  assert.equal(d.lastRecovery()?.['createsRolledBack'], 1);
  await waitFor(() => shimsOf(d).length === 0, { what: 'the unclaimed group shim to be swept' });
  await assertConsistent(d);
  // The group works afterwards: two members, one shim.
  const x = await run(d, { command: ['sleep', '1000'], annotations: annotations('fresh') });
  const y = await run(d, { command: ['sleep', '1000'], annotations: annotations('fresh') });
  assert.equal(shimsOf(d).length, 1);
  for (const id of [x, y]) await d.client.runtime.removeContainer({ containerId: id, force: true });
  await waitFor(() => shimsOf(d).length === 0, { what: 'the group shim to leave with its last member' });
  await assertConsistent(d);
  recordScenario({
    scenario: 'shim group, kill inside its first create',
    kills: d.kills,
    containers: 3,
    leaks: 0,
  });
});
