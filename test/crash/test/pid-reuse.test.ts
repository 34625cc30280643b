// Scenario 6, PID reuse (DESIGN rule 5): while corrald is dead, a container's init exits, or its
// shim is killed, and a stranger process takes over the freed pid (helpers/pid-reuse.ts steers the
// kernel's pid counter). After the restart corrald must neither signal the stranger nor take it for
// the init or the shim: the statuses are true, stop/kill/remove never touch it, and its pid is not
// reported as the container's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toInt64 } from '@corral/api';
import { isAlive, killPid, skipUnless, strict, waitFor } from '@corral/test-utils';
import { exited, run, S, status } from './helpers/containers.js';
import { startCorrald, type Corrald } from './helpers/corrald.js';
import { settledLeaks, shimsOf } from './helpers/leaks.js';
import {
  pidSteeringUnavailable,
  spawnStrangerWithPid,
  startTimeOf,
  type Stranger,
} from './helpers/pid-reuse.js';
import { recordScenario } from './helpers/summary.js';

async function gone(pid: number, what: string): Promise<void> {
  await waitFor(() => startTimeOf(pid) === undefined, { what: `${what} (pid ${pid}) to be reaped` });
}

function shimOf(d: Corrald, id: string): number {
  const s = shimsOf(d).find((x) => x.id === id);
  assert.ok(s, `the shim of ${id}`);
  return s.pid;
}

/** Everything corrald could do to a container, done; then the stranger must be untouched. */
async function pokeEverything(d: Corrald, id: string): Promise<void> {
  await d.client.runtime.stopContainer({ containerId: id, timeout: toInt64(0) }).catch(() => undefined);
  await d.client.runtime.killContainer({ containerId: id, signal: 'SIGKILL' }).catch(() => undefined);
  await d.client.runtime.listContainerPids({ containerId: id }).catch(() => undefined);
  await d.client.runtime.removeContainer({ containerId: id, force: true });
}

test('a recycled pid is never taken for a container init or a shim, nor signalled', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc', 'sleep'] })) return;
  const why = pidSteeringUnavailable();
  if (why) {
    if (strict) throw new Error(`CORRAL_TEST_STRICT=1 and ${why}`);
    t.skip(why);
    return;
  }
  const d = await startCorrald(t);
  // A: the init exits (its shim lives and records it); a stranger gets the init's pid.
  const initExits = await run(d, { command: ['sleep', '1000'] });
  // B: the shim is killed (the init lives on); a stranger gets the shim's pid.
  const shimDies = await run(d, { command: ['sleep', '1000'] });
  // C: shim killed, then the init; a stranger gets the init's pid.
  const bothDie = await run(d, { command: ['sleep', '1000'] });
  const initA = (await status(d, initExits)).pid ?? 0;
  const initB = (await status(d, shimDies)).pid ?? 0;
  const initC = (await status(d, bothDie)).pid ?? 0;
  const shimB = shimOf(d, shimDies);
  const shimC = shimOf(d, bothDie);

  await d.kill('SIGKILL');
  for (const pid of [initA, shimB, shimC]) killPid(pid);
  // C's init dies only once its shim is dead (a zombie reaps nothing): no exit record for C.
  await waitFor(() => !isAlive(shimC), { what: 'the shim of C to die' });
  killPid(initC);
  // Orphans are reaped by pid 1 (here in a second or two); only then are their pids free.
  await Promise.all([initA, shimB, shimC, initC].map((pid) => gone(pid, 'a killed process')));
  const strangers: [string, Stranger][] = [
    ['on the init pid of A', await spawnStrangerWithPid(t, initA)],
    ['on the shim pid of B', await spawnStrangerWithPid(t, shimB)],
    ['on the init pid of C', await spawnStrangerWithPid(t, initC)],
  ];

  await d.start();
  const a = await status(d, initExits);
  assert.equal(a.state, S.CONTAINER_EXITED);
  assert.equal(a.exitCode, 137, 'A: the real exit, from its shim');
  assert.equal(a.pid, 0, 'an exited container reports no pid');
  const b = await exited(d, shimDies);
  assert.equal(b.reason, 'ShimDied');
  assert.equal(b.exitCode, 137, 'B: its init still ran and was killed by the cleanup');
  await gone(initB, 'the init of B');
  const c = await exited(d, bothDie);
  assert.equal(c.reason, 'ShimDied');
  assert.equal(c.exitCode, 255, 'C: nobody knows its exit status (the stranger is not its init)');
  assert.match(c.message ?? '', /exit status unknown/);
  for (const [where, s] of strangers) assert.ok(s.alive(), `the stranger ${where} was not signalled`);

  for (const id of [initExits, shimDies, bothDie]) await pokeEverything(d, id);
  for (const [where, s] of strangers) assert.ok(s.alive(), `the stranger ${where} survived stop/kill/rm`);
  const list = (await d.client.runtime.listContainers({})).containers ?? [];
  assert.equal(list.length, 0);
  assert.deepEqual(await settledLeaks(d), []);
  recordScenario({ scenario: 'pid reuse (init, shim)', kills: d.kills + 4, containers: 3, leaks: 0 });
});
