// corrald closed while its containers run (the shims live on), then started again on the same
// root: every container is found in the state its shim reports, exits that happened meanwhile
// are learned with their real codes, a shim killed meanwhile becomes ShimDied, a create a crash
// interrupted is rolled back.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { corral } from '@corral/api';
import { isAlive, killPid, skipUnless, waitFor } from '@corral/test-utils';
import { execText, run, status } from './helpers/containers.js';
import { ns, startTestDaemon } from './helpers/test-daemon.js';

const S = corral.v1.ContainerState;

test('a restarted corrald finds running, exited-while-down, dead-shim and half-created containers', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc', 'mkfifo'] })) return;
  const h = await startTestDaemon(t);
  const running = await run(h, { command: ['sleep', '1000'] });
  const exitsWhileDown = await run(h, { command: ['sh', '-c', 'read x; exit 5'], stdin: true });
  const shimDies = await run(h, { command: ['sleep', '1000'] });
  const exitedBefore = await run(h, { command: ['sh', '-c', 'exit 3'] });
  const halfCreated = await run(h, { command: ['sleep', '1000'] });
  assert.equal((await h.daemon.runtime.waitContainer({ containerId: exitedBefore }, ns)).exitCode, 3);
  const record = (id: string) => h.daemon.context.store.get('default', id)!.record;
  const downPid = record(exitsWhileDown).pid!;
  const deadShim = record(shimDies).shim!;
  const halfPath = h.daemon.layout.recordPath('default', halfCreated);
  const halfShim = record(halfCreated).shim!;
  const stdinFifo = `${h.daemon.layout.bundle('default', exitsWhileDown)}/stdin`;

  await h.stop();
  // While corrald is down: one container exits, one shim is killed, one record says "creating".
  writeFileSync(stdinFifo, 'go\n');
  await waitFor(() => !isAlive(downPid), { what: 'the container to exit while corrald is down' });
  killPid(deadShim.pid);
  await waitFor(() => !isAlive(deadShim.pid), { what: 'the shim to die' });
  const half = JSON.parse(readFileSync(halfPath, 'utf8')) as { phase: string };
  writeFileSync(halfPath, JSON.stringify({ ...half, phase: 'creating' }));

  const d = await h.start();
  assert.equal(d.recovery.containers, 5);
  assert.equal(d.recovery.shimsReconnected, 2, 'running + exited-while-down');
  assert.equal(d.recovery.exitsLearned, 1, 'exited-while-down');
  assert.equal(d.recovery.shimsDead, 1, 'the killed shim');
  const last = (await d.runtime.status({})).lastRecovery;
  assert.equal(last?.containers, 5);
  assert.equal(last?.shimsDead, 1);

  const sRunning = await status(h, running);
  assert.equal(sRunning.state, S.CONTAINER_RUNNING);
  assert.equal((await execText(h, running, ['echo', 'still here'])).stdout, 'still here\n');
  const sDown = await status(h, exitsWhileDown);
  assert.equal(sDown.state, S.CONTAINER_EXITED);
  assert.equal(sDown.exitCode, 5, 'the real exit code, from the shim');
  assert.equal(sDown.reason, 'Error');
  const sDead = await status(h, shimDies);
  assert.equal(sDead.state, S.CONTAINER_EXITED);
  assert.equal(sDead.reason, 'ShimDied');
  const sBefore = await status(h, exitedBefore);
  assert.equal(sBefore.exitCode, 3);
  await assert.rejects(d.runtime.containerStatus({ containerId: halfCreated }, ns), { code: 'NotFound' });
  assert.ok(!isAlive(halfShim.pid), 'the rolled-back create left no shim');

  // The running container is still fully managed after the restart.
  await d.runtime.stopContainer({ containerId: running }, ns);
  assert.equal((await status(h, running)).exitCode, 137);
});
