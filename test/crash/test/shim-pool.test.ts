// The warm pool (`--shim-pool`): a create adopts an idle shim that lives in its own directory, not
// in the bundle. After kill -9 of corrald: the idle shim it left is swept, the adopted one's
// container is recovered and the exit its outbox (in the pool directory) held is delivered once;
// removal takes the directory; SIGTERM of corrald kills the idle shims it started.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { bundleFiles, topics } from '@corral/api';
import { StateLayout } from '@corral/daemon';
import { isAlive, killPid, skipUnless, waitFor } from '@corral/test-utils';
import { run, status } from './helpers/containers.js';
import { startCorrald } from './helpers/corrald.js';
import { collect, exitsOf, heldTopics } from './helpers/events.js';
import { vanished } from './helpers/leaks.js';
import { recordScenario } from './helpers/summary.js';

interface Pooled {
  dir: string;
  pid: number;
}

/** The pool's shims that serve (their pid file written, the process alive). */
function pooledShims(layout: StateLayout): Pooled[] {
  if (!existsSync(layout.pooledShimsDir)) return [];
  return readdirSync(layout.pooledShimsDir).flatMap((name) => {
    const dir = join(layout.pooledShimsDir, name);
    try {
      const pid = Number.parseInt(readFileSync(join(dir, bundleFiles.shimPid), 'utf8'), 10);
      return isAlive(pid) ? [{ dir, pid }] : [];
    } catch {
      return [];
    }
  });
}

test('warm pool: create adopts an idle shim; after kill -9 of corrald the pool is swept and the exit delivered once', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const d = await startCorrald(t, { shimPool: 1 });
  const layout = new StateLayout(d.root, d.state, d.socket);
  const exits = collect(d, 0n);
  t.after(() => exits.stop.abort());
  const [first] = await waitFor(() => (pooledShims(layout).length === 1 ? pooledShims(layout) : undefined), {
    what: 'an idle pooled shim',
  });
  const id = await run(d, { command: ['sh', '-c', 'while [ ! -e /go ]; do sleep 0.05; done; exit 9'] });
  const record = JSON.parse(readFileSync(layout.recordPath('default', id), 'utf8')) as {
    shim: { pid: number; dir?: string };
  };
  assert.equal(record.shim.pid, first!.pid, 'the container runs under the pooled shim');
  assert.equal(record.shim.dir, first!.dir);
  const [second] = await waitFor(
    () => {
      const idle = pooledShims(layout).filter((s) => s.pid !== first!.pid);
      return idle.length === 1 ? idle : undefined;
    },
    { what: 'the pool to refill' },
  );

  await d.kill('SIGKILL');
  // While corrald is down the container exits (its exit waits in the pool dir's outbox), then its
  // shim is killed: only that outbox can tell the exit to subscribers.
  writeFileSync(join(layout.bundle('default', id), 'rootfs', 'go'), '');
  const outbox = join(first!.dir, bundleFiles.outbox);
  await waitFor(() => heldTopics(outbox).includes(topics.taskExit), { what: 'the queued /tasks/exit' });
  killPid(first!.pid);
  await vanished(first!.pid, 'the adopted shim');

  await d.start({ shimPool: 1 });
  await vanished(second!.pid, 'the idle shim of the dead corrald');
  assert.ok(!existsSync(second!.dir), 'its directory is swept');
  assert.equal((await status(d, id)).exitCode, 9, 'the real exit code');
  await waitFor(() => exitsOf(exits.events, id).length > 0, { what: 'the /tasks/exit' });
  await d.client.runtime.removeContainer({ containerId: id });
  assert.ok(!existsSync(first!.dir), 'removal takes the adopted shim directory');
  assert.deepEqual(exitsOf(exits.events, id), [9], 'one /tasks/exit, from the outbox in the pool dir');

  const [third] = await waitFor(() => (pooledShims(layout).length === 1 ? pooledShims(layout) : undefined), {
    what: 'a new idle shim',
  });
  await d.kill('SIGTERM');
  await vanished(third!.pid, 'the idle shim of a corrald that stopped');
  assert.ok(!existsSync(third!.dir));
  recordScenario({ scenario: 'warm shim pool', kills: d.kills, containers: 1, leaks: 0 });
});
