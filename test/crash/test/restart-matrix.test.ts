// Scenario 1, the restart matrix: containers created, running, paused, exited, and running with an
// exec in flight; corrald is killed (SIGKILL, then in a second test SIGTERM) and started again.
// List, statuses (state, exit code, timestamps, labels, log path), the log files and Status.
// last_recovery must be what they were; stop, rm, exec, logs and start must still work.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test, type TestContext } from 'node:test';
import { toInt64 } from '@corral/api';
import { skipUnless, waitFor } from '@corral/test-utils';
import { comparable, create, execText, exited, logText, run, S, status } from './helpers/containers.js';
import { startCorrald, type Corrald } from './helpers/corrald.js';
import { settledLeaks } from './helpers/leaks.js';
import { recordScenario } from './helpers/summary.js';

type Matrix = Record<'created' | 'running' | 'paused' | 'exited' | 'execing', string>;

async function makeMatrix(d: Corrald): Promise<Matrix> {
  const labels = (role: string) => ({ role, suite: 'crash' });
  const created = await create(d, { command: ['sleep', '1000'], labels: labels('created') });
  const running = await run(d, {
    command: ['sh', '-c', 'echo hello from running; echo oops >&2; exec sleep 1000'],
    labels: labels('running'),
  });
  const paused = await run(d, { command: ['sleep', '1000'], labels: labels('paused') });
  await d.client.runtime.pauseContainer({ containerId: paused });
  const done = await run(d, { command: ['sh', '-c', 'echo bye; exit 3'], labels: labels('exited') });
  await exited(d, done);
  const execing = await run(d, { command: ['sleep', '1000'], labels: labels('execing') });
  return { created, running, paused, exited: done, execing };
}

/** An exec that runs until corrald dies: it printed "started" and is one of the container's pids. */
async function startLongExec(d: Corrald, id: string): Promise<void> {
  const p = d.client.runtime.exec({ containerId: id, cmd: ['sh', '-c', 'echo started; exec sleep 1000'] });
  p.exit.catch(() => undefined);
  let out = '';
  p.stdout.on('data', (b: Buffer) => (out += b.toString()));
  p.stdout.on('error', () => undefined);
  p.stderr.on('error', () => undefined);
  await waitFor(() => out.includes('started'), { what: 'the exec to start' });
  const pids = await d.client.runtime.listContainerPids({ containerId: id });
  assert.equal(pids.pids?.length, 2, 'init + exec');
}

async function snapshot(d: Corrald, m: Matrix) {
  const list = (await d.client.runtime.listContainers({})).containers ?? [];
  const rows = list
    .map((c) => ({ id: c.id, state: c.state, labels: c.labels, createdAt: String(c.createdAt) }))
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const statuses: Record<string, unknown> = {};
  const logs: Record<string, string> = {};
  for (const [role, id] of Object.entries(m)) {
    const s = await status(d, id);
    statuses[role] = comparable(s);
    logs[role] = readFileSync(s.logPath ?? '', 'utf8');
  }
  return { rows, statuses, logs };
}

async function restartMatrix(t: TestContext, signal: NodeJS.Signals): Promise<void> {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const d = await startCorrald(t);
  const m = await makeMatrix(d);
  await startLongExec(d, m.execing);
  const before = await snapshot(d, m);
  assert.equal(before.rows.length, 5);
  assert.equal((await status(d, m.paused)).state, S.CONTAINER_PAUSED, 'paused before the kill');

  const ms = await d.restart(signal);
  const last = (await d.client.runtime.status({})).lastRecovery;
  t.diagnostic(
    `corrald back ${ms.toFixed(0)} ms after ${signal}; recovery ${Number(last?.durationNs) / 1e6} ms`,
  );
  assert.equal(last?.containers, 5);
  assert.equal(last?.shimsReconnected, 4, 'created, running, paused, execing (the exited one has no shim)');
  assert.equal(last?.exitsLearned, 0);
  assert.equal(last?.shimsDead, 0);
  const after = await snapshot(d, m);
  assert.deepEqual(after.rows, before.rows, 'ListContainers is what it was');
  assert.deepEqual(after.statuses, before.statuses, 'every status is what it was');
  assert.deepEqual(after.logs, before.logs, 'every log file is what it was');
  assert.equal((await status(d, m.exited)).exitCode, 3);

  // The exec whose stdio died with the old corrald was ended; the container runs on.
  const pids = await d.client.runtime.listContainerPids({ containerId: m.execing });
  assert.equal(pids.pids?.length, 1, 'only the init is left of the execing container');
  assert.deepEqual(await settledLeaks(d), [], 'no leftovers after the restart');

  // Everything still works.
  assert.equal((await execText(d, m.running, ['echo', 'still here'])).stdout, 'still here\n');
  assert.deepEqual((await logText(d, m.running)).slice(0, 2), ['hello from running', 'oops']);
  await d.client.runtime.startContainer({ containerId: m.created });
  assert.equal((await status(d, m.created)).state, S.CONTAINER_RUNNING);
  await d.client.runtime.resumeContainer({ containerId: m.paused });
  assert.equal((await execText(d, m.paused, ['true'])).exitCode, 0);
  for (const id of [m.running, m.paused, m.execing, m.created]) {
    await d.client.runtime.stopContainer({ containerId: id, timeout: toInt64(0) });
    const s = await exited(d, id);
    assert.equal(s.exitCode, 137);
  }
  for (const id of Object.values(m)) await d.client.runtime.removeContainer({ containerId: id });
  assert.equal(((await d.client.runtime.listContainers({})).containers ?? []).length, 0);
  const leaks = await settledLeaks(d);
  assert.deepEqual(leaks, []);
  recordScenario({
    scenario: `restart matrix (${signal})`,
    kills: d.kills,
    containers: 5,
    leaks: leaks.length,
  });
}

test('restart matrix: SIGKILL corrald with created/running/paused/exited/execing containers', (t) =>
  restartMatrix(t, 'SIGKILL'));

test('restart matrix: SIGTERM corrald with created/running/paused/exited/execing containers', (t) =>
  restartMatrix(t, 'SIGTERM'));
