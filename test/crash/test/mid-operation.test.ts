// Scenario 3, the other operations: corrald is killed inside StartContainer, StopContainer,
// RemoveContainer and Exec (failpoints, see packages/daemon/src/failpoints.ts). After the restart
// the state is what the shim says: a cut-off start is created or running (and a second start never
// spawns a second shim), a cut-off stop ends stopped, a cut-off remove ends removed, a cut-off
// exec is ended and its container keeps working. Nothing is left behind.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { toInt64 } from '@corral/api';
import { StateLayout, type FailpointName } from '@corral/daemon';
import { skipUnless } from '@corral/test-utils';
import { create, execText, exited, run, S, status } from './helpers/containers.js';
import { startCorrald, type Corrald } from './helpers/corrald.js';
import { assertConsistent, killAt } from './helpers/failpoint-kill.js';
import { shimsOf } from './helpers/leaks.js';
import { recordScenario } from './helpers/summary.js';

/** Ignores SIGTERM: only the SIGKILL at the stop deadline ends it. */
const stubborn = ['sh', '-c', 'trap "" TERM; while :; do sleep 0.05; done'];
/** Exits 143 on SIGTERM (once /ready exists: before the trap the shell, pid 1, ignores it). */
const polite = ['sh', '-c', 'trap "exit 143" TERM; touch /ready; while :; do sleep 0.05; done'];

function shimCount(d: Corrald, id: string): number {
  return shimsOf(d).filter((s) => s.id === id).length;
}

async function startAgain(d: Corrald, id: string): Promise<string> {
  return d.client.runtime.startContainer({ containerId: id }).then(
    () => 'ok',
    (err: { code?: string }) => err.code ?? 'error',
  );
}

test('corrald killed inside start, stop, remove and exec: consistent after the restart', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const d = await startCorrald(t);
  const layout = new StateLayout(d.root, d.state, d.socket);
  let kills = 0;
  let containers = 0;
  const cut = async (fp: FailpointName, op: () => Promise<unknown>, signal: NodeJS.Signals = 'SIGKILL') => {
    kills++;
    const r = await killAt(d, fp, op, signal);
    assert.notEqual(r.outcome, 'ok', `${fp}: the call was cut off`);
  };

  await t.test('start.before-task: still created; a second start runs it with the same shim', async () => {
    const id = await create(d, { command: ['sleep', '1000'] });
    containers++;
    await cut('start.before-task', () => d.client.runtime.startContainer({ containerId: id }));
    assert.equal((await status(d, id)).state, S.CONTAINER_CREATED);
    assert.equal(await startAgain(d, id), 'ok');
    assert.equal((await status(d, id)).state, S.CONTAINER_RUNNING);
    assert.equal(shimCount(d, id), 1);
    await assertConsistent(d);
  });

  await t.test('start.after-task: running (the shim says so); a second start is refused', async () => {
    const id = await create(d, { command: ['sleep', '1000'] });
    containers++;
    await cut('start.after-task', () => d.client.runtime.startContainer({ containerId: id }));
    const s = await status(d, id);
    assert.equal(s.state, S.CONTAINER_RUNNING);
    assert.ok(Number(s.startedAt) > 0, 'a start time');
    assert.equal(await startAgain(d, id), 'FailedPrecondition');
    assert.equal(shimCount(d, id), 1, 'never a second shim');
    assert.equal((await execText(d, id, ['echo', 'ok'])).stdout, 'ok\n');
    await assertConsistent(d);
  });

  for (const [what, command, code, signal] of [
    ['stubborn', stubborn, 137, 'SIGKILL'],
    ['polite', polite, 143, 'SIGKILL'],
    ['stubborn', stubborn, 137, 'SIGTERM'],
  ] as const) {
    await t.test(`stop.after-signal, ${what} container (${signal}): ends stopped (${code})`, async () => {
      const id = await run(d, { command: [...command] });
      containers++;
      await execText(d, id, [
        'sh',
        '-c',
        'while [ ! -e /ready ] && grep -q exit /proc/1/cmdline; do sleep 0.01; done',
      ]);
      await cut(
        'stop.after-signal',
        () => d.client.runtime.stopContainer({ containerId: id, timeout: toInt64(2) }),
        signal,
      );
      const s = await exited(d, id, 20_000);
      assert.equal(s.exitCode, code);
      await assertConsistent(d);
    });
  }

  await t.test('remove.after-record (force, running): ends removed', async () => {
    const id = await run(d, { command: ['sleep', '1000'] });
    containers++;
    await cut('remove.after-record', () =>
      d.client.runtime.removeContainer({ containerId: id, force: true }),
    );
    await assert.rejects(status(d, id), { code: 'NotFound' });
    assert.equal(d.lastRecovery()?.['removalsFinished'], 1);
    await assertConsistent(d);
  });

  await t.test('remove.after-task (exited): ends removed', async () => {
    const id = await run(d, { command: ['sh', '-c', 'exit 2'] });
    containers++;
    await exited(d, id);
    await cut('remove.after-task', () => d.client.runtime.removeContainer({ containerId: id }));
    await assert.rejects(status(d, id), { code: 'NotFound' });
    await assertConsistent(d);
  });

  for (const fp of ['exec.after-register', 'exec.after-start'] as const) {
    await t.test(`${fp}: the exec is ended, the container works`, async () => {
      const id = await run(d, { command: ['sleep', '1000'] });
      containers++;
      await cut(fp, () => execText(d, id, ['sh', '-c', 'echo x; sleep 1000']));
      assert.equal((await status(d, id)).state, S.CONTAINER_RUNNING);
      const pids = await d.client.runtime.listContainerPids({ containerId: id });
      assert.equal(pids.pids?.length, 1, 'only the init: the cut-off exec was ended');
      assert.deepEqual(readdirSync(join(layout.bundle('default', id), 'execs')), [], 'its FIFOs are gone');
      assert.equal((await execText(d, id, ['echo', 'again'])).stdout, 'again\n');
      await assertConsistent(d);
    });
  }

  for (const c of (await d.client.runtime.listContainers({})).containers ?? []) {
    await d.client.runtime.removeContainer({ containerId: c.id ?? '', force: true });
  }
  await assertConsistent(d);
  recordScenario({ scenario: 'kill inside start/stop/rm/exec', kills, containers, leaks: 0 });
});
