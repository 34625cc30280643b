// Scenario 2: while corrald is dead, one container exits 42 and another is OOM-killed (16 MiB
// memory limit). After the restart: exit 42 (Error), 137 + OOMKilled, with the times the shims
// recorded; and exactly one /tasks/exit each, both to a subscriber that was connected before the
// kill (it reconnects with since) and to one that subscribes afterwards from a sequence before it.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { toBigInt, toInt64 } from '@corral/api';
import { StateLayout } from '@corral/daemon';
import { isAlive, skipUnless, waitFor } from '@corral/test-utils';
import { exited, run, status } from './helpers/containers.js';
import { startCorrald } from './helpers/corrald.js';
import { collect, exitsOf } from './helpers/events.js';
import { settledLeaks, shimsOf } from './helpers/leaks.js';
import { recordScenario } from './helpers/summary.js';

const memoryLimit = 16 << 20;
/** Waits for /go in its rootfs (written by the test while corrald is dead), then does its thing. */
const afterGo = (then: string) => ['sh', '-c', `while [ ! -e /go ]; do sleep 0.05; done; ${then}`];

test('exits while corrald is dead: the real codes, OOMKilled, one /tasks/exit each', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const d = await startCorrald(t);
  const layout = new StateLayout(d.root, d.state, d.socket);
  const before = collect(d, 0n);
  t.after(() => before.stop.abort());
  const all = collect(d, 0n, []);
  t.after(() => all.stop.abort());
  const code42 = await run(d, { command: afterGo('exit 42') });
  const oom = await run(d, {
    command: afterGo('x=a; while true; do x=$x$x; done'),
    resources: { memoryLimitInBytes: toInt64(memoryLimit) },
  });
  const pids = [(await status(d, code42)).pid ?? 0, (await status(d, oom)).pid ?? 0];
  assert.ok(pids.every((p) => p > 0));
  // A place in the journal before the kill: the late subscriber replays from there.
  await waitFor(() => all.events.length >= 4, { what: 'the create and start events' });
  const mark = toBigInt(all.events.at(-1)?.sequence);

  await d.kill('SIGKILL');
  for (const id of [code42, oom]) writeFileSync(join(layout.bundle('default', id), 'rootfs', 'go'), '');
  await waitFor(() => pids.every((p) => !isAlive(p)), { what: 'both inits to exit while corrald is dead' });

  await d.start();
  const last = (await d.client.runtime.status({})).lastRecovery;
  assert.equal(last?.exitsLearned, 2, 'both exits were learned by recovery');
  const s42 = await exited(d, code42);
  assert.equal(s42.exitCode, 42);
  assert.equal(s42.reason, 'Error');
  const sOom = await exited(d, oom);
  assert.equal(sOom.exitCode, 137);
  assert.equal(sOom.reason, 'OOMKilled');
  for (const s of [s42, sOom])
    assert.ok(toBigInt(s.finishedAt) > toBigInt(s.startedAt), 'a real finish time');

  const after = collect(d, mark);
  t.after(() => after.stop.abort());
  // No event can come later than this: the shims send what they hold before they leave.
  await waitFor(() => !shimsOf(d).some((s) => s.id === code42 || s.id === oom), {
    timeoutMs: 20_000,
    what: 'the shims to deliver their events and leave',
  });
  for (const [who, sub] of [
    ['the subscriber connected before the kill', before],
    ['a subscriber from a sequence before the kill', after],
  ] as const) {
    await waitFor(() => exitsOf(sub.events, code42).length > 0 && exitsOf(sub.events, oom).length > 0, {
      what: `${who} to see both exits`,
    });
    assert.deepEqual(exitsOf(sub.events, code42), [42], `${who}: one /tasks/exit of the exit-42 container`);
    assert.deepEqual(exitsOf(sub.events, oom), [137], `${who}: one /tasks/exit of the OOM-killed container`);
  }
  assert.deepEqual(await settledLeaks(d), []);
  recordScenario({ scenario: 'exits while down (42, OOM)', kills: d.kills, containers: 2, leaks: 0 });
});
