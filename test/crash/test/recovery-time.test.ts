// Recovery time: 100 running containers, corrald SIGKILLed and started again. Measured and printed,
// never asserted (other suites share these 2 cores): the recovery pass itself (Status.last_recovery.
// duration_ns: every shim found by pid + start time, dialed, Connect, State, Wait re-armed) and
// spawn-to-serving of the whole binary. Asserted: all 100 reconnected, every status true (running,
// same pid as before), and they all still stop.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toInt64 } from '@corral/api';
import { skipUnless } from '@corral/test-utils';
import { run, S } from './helpers/containers.js';
import { startCorrald, type Corrald } from './helpers/corrald.js';
import { settledLeaks, shimsOf } from './helpers/leaks.js';
import { maxShimRssKB, shimMemory, summarize } from './helpers/memory.js';
import { recordScenario } from './helpers/summary.js';

export const containerCount = Number(process.env['CORRAL_CRASH_RECOVERY_CONTAINERS'] ?? 100);
const parallel = 4;

async function inParallel<T>(items: T[], n: number, fn: (x: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

async function pidsById(d: Corrald): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const list = (await d.client.runtime.listContainers({})).containers ?? [];
  for (const c of list) {
    const s = (await d.client.runtime.containerStatus({ containerId: c.id ?? '' })).status;
    if (s?.state === S.CONTAINER_RUNNING) out.set(c.id ?? '', s.pid ?? 0);
  }
  return out;
}

test(`recovery of ${containerCount} running containers after SIGKILL (time printed, not asserted)`, async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const d = await startCorrald(t);
  const t0 = performance.now();
  await inParallel(
    Array.from({ length: containerCount }, (_, i) => i),
    parallel,
    async (i) => void (await run(d, { command: ['sleep', '100000'], metadata: { name: `r${i}` } })),
  );
  const startMs = performance.now() - t0;
  const before = await pidsById(d);
  assert.equal(before.size, containerCount);
  assert.equal(shimsOf(d).length, containerCount);

  const serveMs = await d.restart('SIGKILL');
  const last = (await d.client.runtime.status({})).lastRecovery;
  const recoveryMs = Number(last?.durationNs) / 1e6;
  assert.equal(last?.containers, containerCount);
  assert.equal(last?.shimsReconnected, containerCount, 'every shim reconnected');
  assert.equal(last?.shimsDead, 0);
  const after = await pidsById(d);
  assert.deepEqual([...after].sort(), [...before].sort(), 'every container running, with the pid it had');
  const line =
    `${containerCount} running containers: recovery pass ${recoveryMs.toFixed(1)} ms, ` +
    `corrald spawn-to-serving ${serveMs.toFixed(0)} ms (starting them took ${(startMs / 1000).toFixed(1)} s)`;
  console.log(line);
  t.diagnostic(line);
  const rss = shimsOf(d).map((x) => shimMemory(x.pid)?.rssKB ?? Infinity);
  const mem = `${rss.length} shims after the restart: VmRSS ${summarize(rss)} (budget ${maxShimRssKB / 1024} MiB)`;
  console.log(mem);
  for (const kb of rss) assert.ok(kb <= maxShimRssKB, `a shim's VmRSS ${kb} kB is over the budget`);

  const t1 = performance.now();
  await inParallel([...after.keys()], parallel * 2, async (id) => {
    await d.client.runtime.stopContainer({ containerId: id, timeout: toInt64(0) });
    await d.client.runtime.removeContainer({ containerId: id });
  });
  t.diagnostic(`stopping and removing them took ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  assert.deepEqual(await settledLeaks(d), []);
  recordScenario({
    scenario: `recovery of ${containerCount} running`,
    kills: d.kills,
    containers: containerCount,
    leaks: 0,
    note: `recovery ${recoveryMs.toFixed(0)} ms, serving ${serveMs.toFixed(0)} ms after spawn`,
  });
});
