// Scenario 5, churn: N containers created, started, exec'd into, stopped (or exiting by themselves,
// or force-removed) and removed by a few workers, while a killer SIGKILLs (sometimes SIGTERMs)
// corrald at random moments and starts it again. Seeded (CORRAL_CRASH_SEED), so a failing run can be
// replayed; bounded by a deadline. At the end: every exit code corrald reported is the real one
// (never ShimDied or Unknown: no shim died), and nothing is left — no shim, zombie, runc state,
// mount, bundle or socket — and corrald's fd count does not grow over a batch of operations.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { toInt64 } from '@corral/api';
import { skipUnless } from '@corral/test-utils';
import { ChurnWorker, planFor, prng, type Outcome } from './helpers/churn.js';
import { exited, run } from './helpers/containers.js';
import { startCorrald, type Corrald } from './helpers/corrald.js';
import { fdCount, settledLeaks } from './helpers/leaks.js';
import { recordScenario } from './helpers/summary.js';

/** 100 in CI; CORRAL_CRASH_CHURN overrides. At ~2-3 containers/s on 2 busy cores: under a minute. */
const total = Number(process.env['CORRAL_CRASH_CHURN'] ?? 100);
const seed = Number(process.env['CORRAL_CRASH_SEED'] ?? 20261123);
const workers = 4;
const deadlineMs = 240_000;
/** corrald lives this long between kills (ms), drawn from the PRNG. */
const uptime = { min: 200, max: 1_500 };

class Killer {
  kills = 0;
  restarts: number[] = [];
  #up: Promise<void> = Promise.resolve();
  #stop = new AbortController();
  #loop: Promise<void> | undefined;

  constructor(
    private readonly d: Corrald,
    private readonly random: () => number,
  ) {}

  /** Resolves once corrald serves (again). */
  up = (): Promise<void> => this.#up;

  start(): void {
    this.#loop = this.run();
  }

  async stop(): Promise<void> {
    this.#stop.abort();
    await this.#loop;
    await this.#up;
  }

  private async run(): Promise<void> {
    while (!this.#stop.signal.aborted) {
      const wait = uptime.min + this.random() * (uptime.max - uptime.min);
      await delay(wait, undefined, { signal: this.#stop.signal }).catch(() => undefined);
      if (this.#stop.signal.aborted) return;
      const signal = this.random() < 0.1 ? 'SIGTERM' : 'SIGKILL';
      let back!: () => void;
      this.#up = new Promise((resolve) => (back = resolve));
      await this.d.kill(signal);
      this.kills++;
      this.restarts.push(await this.d.start());
      back();
    }
  }
}

/** A batch of ordinary operations, no kills: corrald's open fds must come back to where they were. */
async function fdsAfterBatch(d: Corrald): Promise<{ before: number; after: number }> {
  const settledFds = async () => {
    // Settled: no shim left retiring; then the count.
    assert.deepEqual(await settledLeaks(d), []);
    return fdCount(d.pid!) ?? -1;
  };
  const before = await settledFds();
  for (let i = 0; i < 5; i++) {
    const id = await run(d, { command: ['sleep', '1000'] });
    await d.client.runtime.execSync({ containerId: id, cmd: ['true'], timeout: toInt64(10) });
    await d.client.runtime.stopContainer({ containerId: id, timeout: toInt64(0) });
    await exited(d, id);
    await d.client.runtime.removeContainer({ containerId: id });
  }
  return { before, after: await settledFds() };
}

test(`churn: ${total} containers while corrald is killed at random (seed ${seed})`, async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const d = await startCorrald(t);
  const freshFds = fdCount(d.pid!) ?? -1;
  const random = prng(seed);
  const plans = Array.from({ length: total }, (_, i) => ({ name: `churn-${i}`, plan: planFor(random) }));
  const killer = new Killer(d, prng(seed ^ 0x5eed));
  const deadline = Date.now() + deadlineMs;
  const outcomes: Outcome[] = [];
  const t0 = performance.now();
  killer.start();
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: workers }, async () => {
        const w = new ChurnWorker(d, killer.up, deadline);
        while (next < plans.length) {
          const p = plans[next++]!;
          outcomes.push(await w.drive(p.name, p.plan));
        }
      }),
    );
  } finally {
    await killer.stop();
  }
  const seconds = (performance.now() - t0) / 1000;

  const wrong = outcomes.filter(
    (o) =>
      o.reported !== undefined &&
      (o.plan.kind === 'force-remove' ||
        o.reported.exitCode !== o.plan.code ||
        /ShimDied|Unknown/.test(o.reported.reason)),
  );
  assert.deepEqual(wrong, [], 'every reported exit is the real one');
  assert.equal(outcomes.length, total);
  assert.deepEqual((await d.client.runtime.listContainers({})).containers ?? [], []);
  const leaks = await settledLeaks(d);
  assert.deepEqual(leaks, [], 'nothing left behind');
  const fds = await fdsAfterBatch(d);
  assert.ok(
    fds.after <= fds.before,
    `corrald's fds back to baseline after a batch: ${fds.before} → ${fds.after}`,
  );
  const retries = outcomes.reduce((n, o) => n + o.retries, 0);
  const restart = killer.restarts.length
    ? `restart median ${median(killer.restarts).toFixed(0)} ms`
    : 'no restart';
  const line =
    `churn N=${total} seed=${seed}: ${seconds.toFixed(1)} s, ${killer.kills} kills, ${retries} retried calls, ` +
    `${restart}; fds fresh ${freshFds}, after churn ${fds.before}, after a batch ${fds.after}`;
  console.log(line);
  t.diagnostic(line);
  recordScenario({
    scenario: `churn (N=${total}, seed ${seed})`,
    kills: killer.kills,
    containers: total + 5,
    leaks: leaks.length,
    note: `${seconds.toFixed(0)} s`,
  });
});

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
