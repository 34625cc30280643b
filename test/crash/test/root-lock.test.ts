// Scenario 7, the root lock: a second corrald on a root whose corrald lives is refused (naming the
// holder's pid) and changes nothing; the lock of a SIGKILLed corrald is taken over at once, also
// when a stranger process has meanwhile taken the dead daemon's pid (pid + start time, DESIGN
// rule 5), and when it is an unreaped zombie; the new corrald finds the running containers.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defer, killPid, pidsWithArgv, skipUnless, strict, waitFor } from '@corral/test-utils';
import { execText, run, S, status } from './helpers/containers.js';
import { Corrald, corraldBin, startCorrald } from './helpers/corrald.js';
import { argvOf, settledLeaks } from './helpers/leaks.js';
import { pidSteeringUnavailable, spawnStrangerWithPid } from './helpers/pid-reuse.js';
import { recordScenario } from './helpers/summary.js';

test('the root lock: a live corrald is kept, a dead one (even with its pid reused) is taken over', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const d = await startCorrald(t);
  const id = await run(d, { command: ['sleep', '1000'] });

  // A second corrald on the same root (its own socket): refused while the first lives.
  const second = new Corrald(d.dir);
  const child = second.spawn();
  const r = await second.exit();
  assert.equal(r.code, 1, 'the second corrald exits 1');
  assert.ok(child.pid !== undefined);
  const refused = second.logTail(5);
  assert.match(refused, new RegExp(`another corrald \\(pid ${d.pid}\\) holds the lock`));
  assert.equal((await status(d, id)).state, S.CONTAINER_RUNNING, 'the first corrald still serves');
  assert.equal((await execText(d, id, ['echo', 'ok'])).stdout, 'ok\n');

  // SIGKILL: the lock stays behind; the next corrald takes it over without waiting for staleness.
  const deadPid = d.pid!;
  await d.kill('SIGKILL');
  assert.ok(existsSync(join(d.root, 'corrald.lock')), 'the dead corrald left its lock');
  const why = pidSteeringUnavailable();
  if (why && strict) throw new Error(`CORRAL_TEST_STRICT=1 and ${why}`);
  const stranger = why ? undefined : await spawnStrangerWithPid(t, deadPid);
  if (why) t.diagnostic(`not reusing the dead corrald's pid: ${why}`);
  const ms = await d.start();
  t.diagnostic(`the lock was taken over; corrald serving ${ms.toFixed(0)} ms after spawn`);
  assert.ok(stranger === undefined || stranger.alive(), 'the stranger on the old pid was left alone');
  assert.equal((await status(d, id)).state, S.CONTAINER_RUNNING, 'the running container was found again');
  assert.equal((await d.client.runtime.status({})).lastRecovery?.shimsReconnected, 1);

  await d.client.runtime.removeContainer({ containerId: id, force: true });
  assert.deepEqual(await settledLeaks(d), []);
  recordScenario({
    scenario: 'root lock (live refused, dead taken)',
    kills: d.kills,
    containers: 1,
    leaks: 0,
  });
});

test('the lock of a SIGKILLed corrald that is still a zombie (parent not reaping) is taken over', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc', 'sh', 'sleep'] })) return;
  const d = await startCorrald(t);
  await d.kill('SIGTERM');
  // sh starts corrald in the background, then becomes `sleep`, which never reaps it.
  const parent = spawn(
    'sh',
    [
      '-c',
      `"${process.execPath}" "${corraldBin}" --root "${d.root}" --state "${d.state}" --socket "${d.socket}" >/dev/null 2>&1 & exec sleep 1000`,
    ],
    { stdio: 'ignore' },
  );
  const parentExit = once(parent, 'exit').catch(() => undefined);
  defer(t, async () => {
    if (parent.pid !== undefined) killPid(parent.pid);
    await parentExit;
  });
  const orphanPid = await waitFor(
    () => pidsWithArgv(corraldBin, d.root).find((pid) => argvOf(pid)[0] === process.execPath),
    { what: 'the backgrounded corrald' },
  );
  await waitFor(() => existsSync(join(d.root, 'corrald.owner')), { what: 'it to take the lock' });
  killPid(orphanPid);
  await waitFor(() => procState(orphanPid) === 'Z', { what: 'it to be a zombie' });
  const ms = await d.start();
  t.diagnostic(`taken over from a zombie in ${ms.toFixed(0)} ms`);
  assert.equal(procState(orphanPid), 'Z', 'the old corrald is still an unreaped zombie');
  recordScenario({ scenario: 'root lock (zombie holder)', kills: d.kills + 1, containers: 0, leaks: 0 });
});

function procState(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
  } catch {
    return undefined;
  }
}
