// One corrald per root: a second one is refused naming the holder's pid, a dead holder's lock is
// taken over at once, and a compromised lock stops the daemon loudly. Real corrald binaries.
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { isServing } from '@corral/client';
import { execa, type ResultPromise } from 'execa';
import { defer, isAlive, killPid, skipUnless, tempDir, waitFor } from '@corral/test-utils';
import { startDaemon } from '../src/index.js';
import { startTestDaemon } from './helpers/test-daemon.js';

// corrald as shipped: the bundle's loader (dist/corrald.cjs).
const corrald = fileURLToPath(new URL('../corrald.cjs', import.meta.url));

function spawnCorrald(t: Parameters<typeof defer>[0], dir: string): ResultPromise {
  const child = execa(
    process.execPath,
    [corrald, '--root', join(dir, 'root'), '--state', join(dir, 'state'), '--socket', join(dir, 'c.sock')],
    { reject: false, env: { CORRAL_LOG_LEVEL: 'warn' }, all: true },
  );
  defer(t, () => {
    if (child.pid !== undefined) killPid(child.pid);
    return child;
  });
  return child;
}

test('a second corrald on the same root is refused, naming the pid that holds the lock', async (t) => {
  if (skipUnless(t, { root: true })) return;
  const h = await startTestDaemon(t);
  await assert.rejects(
    startDaemon({ root: h.root, state: join(h.dir, 'state2'), socket: join(h.dir, 'other.sock') }),
    (err: Error & { code?: string }) =>
      err.code === 'FailedPrecondition' && err.message.includes(`pid ${process.pid}`),
  );
  assert.equal((await h.daemon.runtime.version({})).runtimeName, 'corral', 'the first one is unaffected');
});

test('the binary: refused while the holder lives, takes over its lock once it is SIGKILLed, stops on a compromised lock', async (t) => {
  if (skipUnless(t, { root: true })) return;
  const dir = tempDir(t, 'cd-');
  const socket = join(dir, 'c.sock');
  const first = spawnCorrald(t, dir);
  await waitFor(() => isServing({ socket, env: {} }), { timeoutMs: 20_000, what: 'the first corrald' });

  const second = await spawnCorrald(t, dir);
  assert.equal(second.exitCode, 1);
  assert.match(String(second.all), new RegExp(`another corrald \\(pid ${first.pid}\\) holds the lock`));
  assert.ok(await isServing({ socket, env: {} }), 'the first one still serves');

  killPid(first.pid!, 'SIGKILL');
  await first;
  assert.ok(existsSync(join(dir, 'root', 'corrald.lock')), 'the dead daemon left its lock');
  const started = Date.now();
  const third = spawnCorrald(t, dir);
  await waitFor(() => isServing({ socket, env: {} }), { timeoutMs: 20_000, what: 'the third corrald' });
  assert.ok(Date.now() - started < 10_000, 'the lock was taken over without waiting for it to go stale');

  rmSync(join(dir, 'root', 'corrald.lock'), { recursive: true, force: true });
  const r = await third;
  assert.equal(r.exitCode, 1, 'a compromised lock stops the daemon');
  assert.match(String(r.all), /compromised/);
  assert.ok(!isAlive(third.pid!));
});
