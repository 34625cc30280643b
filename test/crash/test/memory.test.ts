// Scenario 8, the memory ceiling (helpers/memory.ts has the budget and the measurements behind it):
// shims that lived through corrald crashes, execs, logs and pause/resume each stay under the RSS
// budget, and 25 ExecSyncs do not grow a shim by more than 2 MB once it is warm. The growth is
// taken in three rounds of 25 and their median asserted: V8 collects lazily, so one round can
// catch a young-generation resize that the next gives back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { skipUnless } from '@corral/test-utils';
import { execText, run } from './helpers/containers.js';
import { startCorrald, type Corrald } from './helpers/corrald.js';
import { settledLeaks, shimsOf } from './helpers/leaks.js';
import { maxExecGrowthKB, maxShimRssKB, shimMemory, summarize } from './helpers/memory.js';
import { recordScenario } from './helpers/summary.js';

const rounds = 3;
const execsPerRound = 25;

async function execs(d: Corrald, id: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const r = await execText(d, id, ['sh', '-c', 'echo out; echo err >&2']);
    assert.equal(r.stdout, 'out\n');
  }
}

function rssOf(d: Corrald, id: string): number {
  const s = shimsOf(d).find((x) => x.id === id);
  assert.ok(s, `the shim of ${id}`);
  const m = shimMemory(s.pid);
  assert.ok(m, `the memory of shim ${s.pid}`);
  return m.rssKB;
}

test('shim memory: under the RSS budget after crashes, and 25 ExecSyncs grow it by ≤ 2 MB', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const d = await startCorrald(t);
  const busy = await run(d, {
    command: ['sh', '-c', 'i=0; while :; do echo line $i; i=$((i+1)); sleep 0.01; done'],
  });
  const paused = await run(d, { command: ['sleep', '100000'] });
  const idle = await run(d, { command: ['sleep', '100000'] });
  await d.client.runtime.pauseContainer({ containerId: paused });
  await d.restart('SIGKILL');
  await d.client.runtime.resumeContainer({ containerId: paused });

  await execs(d, busy, execsPerRound); // warm-up: the exec path's modules, JIT, heap sizing
  const growth: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const before = rssOf(d, busy);
    await execs(d, busy, execsPerRound);
    growth.push(rssOf(d, busy) - before);
  }
  const line = `${execsPerRound} ExecSyncs grew the shim by ${growth.map((g) => `${g} kB`).join(', ')} (rounds)`;
  console.log(line);
  t.diagnostic(line);
  const median = [...growth].sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
  assert.ok(median <= maxExecGrowthKB, `${line}: median over ${maxExecGrowthKB} kB`);

  await d.restart('SIGKILL');
  await execs(d, idle, 5);
  const rss = shimsOf(d).map((s) => shimMemory(s.pid)?.rssKB ?? Infinity);
  const anon = shimsOf(d).map((s) => shimMemory(s.pid)?.anonKB ?? Infinity);
  assert.equal(rss.length, 3);
  const mem = `live shims VmRSS ${summarize(rss)}, anonymous ${summarize(anon)} (budget ${maxShimRssKB / 1024} MiB)`;
  console.log(mem);
  t.diagnostic(mem);
  for (const kb of rss) assert.ok(kb <= maxShimRssKB, `a shim's VmRSS ${kb} kB is over the budget`);

  for (const id of [busy, paused, idle])
    await d.client.runtime.removeContainer({ containerId: id, force: true });
  assert.deepEqual(await settledLeaks(d), []);
  recordScenario({
    scenario: 'shim memory (budget, exec growth)',
    kills: d.kills,
    containers: 3,
    leaks: 0,
    note: `max RSS ${(Math.max(...rss) / 1024).toFixed(0)} MiB, exec growth median ${median} kB`,
  });
});
