import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { before, test } from 'node:test';
import { zombieChildren } from '@corral/test-utils';
import { native } from '../src/addon.js';
import { readProcStat, reapOrphans, setChildSubreaper, watchExit } from '../src/index.js';
import { blockUntil, spawnAdopted } from './fixtures.js';

before(() => setChildSubreaper(true));

const isZombie = (pid: number): boolean => readProcStat(pid)?.state === 'Z';

test('reapOrphans reaps owned orphans behind an unowned zombie and never steals a libuv child', async (t) => {
  // The libuv child is forked first, so it is the first exited child waitid(P_ALL) shows.
  const child = spawn('sh', ['-c', 'read x; exit 3'], { stdio: ['pipe', 'ignore', 'inherit'] });
  t.after(() => child.kill('SIGKILL'));
  const childPid = child.pid!;
  const childExit = once(child, 'exit');
  const { pids, release } = await spawnAdopted(t, ['exit 5', 'exit 6']);
  const owned = new Set(pids);

  child.stdin.end('go\n');
  release();
  // Block the event loop so libuv cannot reap its child meanwhile: all three are zombies at once.
  assert.ok(
    blockUntil(() => [childPid, ...pids].every(isZombie)),
    'all three exited',
  );
  assert.equal(native().peekExited(), childPid, 'precondition: peeking sees only the unowned zombie');
  const reaped = reapOrphans((pid) => owned.has(pid));

  assert.deepEqual(
    reaped.map((s) => [s.pid, s.exitCode]).sort((a, b) => a[0]! - b[0]!),
    pids.map((pid, i) => [pid, 5 + i]),
  );
  assert.ok(isZombie(childPid), "libuv's child is still there for libuv");
  assert.deepEqual(await childExit, [3, null], "and child_process emits its 'exit' with its code");
  assert.deepEqual(zombieChildren(), []);
});

test('reapOrphans leaves a pid with a pending watchExit to its watcher', async (t) => {
  const { pids, release } = await spawnAdopted(t, ['exit 8']);
  const pid = pids[0]!;
  const exited = watchExit(pid);
  release();
  assert.ok(blockUntil(() => isZombie(pid)));
  assert.deepEqual(
    reapOrphans(() => true),
    [],
  );
  assert.equal((await exited).exitCode, 8);
});

test('reapOrphans returns nothing when no child has exited', () => {
  assert.deepEqual(
    reapOrphans(() => true),
    [],
  );
});
