// m2: N containers (`sleep`) started, then all removed, in parallel (at most `concurrency` calls at
// once) and one after another: corral through the API (create + start; remove with force) vs
// containerd through ctr (`ctr run -d`; `ctr tasks rm -f` + `ctr containers rm`). Each round times
// the start phase, the remove phase and the whole; the ways take turns. One more corral way puts
// every container of a round in one shim group (annotation io.containerd.runc.v2.group): one shim
// serves them all, so only the round's first create waits for a shim to start.
import { pool, timed } from '../turns.js';

export const title = 'N containers started then removed';

/** `group`: the shim group every container of the round joins; undefined, one shim each. */
async function corralRound(corrald, ids, concurrency, group) {
  const c = corrald.client;
  const annotations = group ? { 'io.containerd.runc.v2.group': group } : {};
  const made = [];
  const startMs = await timed(() =>
    pool(ids, concurrency, async () => {
      const { containerId } = await c.runtime.createContainer({
        config: { image: { image: 'busybox' }, command: ['sleep', '1000'], annotations },
      });
      made.push(containerId);
      await c.runtime.startContainer({ containerId });
    }),
  );
  const removeMs = await timed(() =>
    pool(made, concurrency, (containerId) => c.runtime.removeContainer({ containerId, force: true })),
  );
  return { startMs, removeMs, totalMs: startMs + removeMs };
}

async function ctrRound(ctd, ids, concurrency) {
  const startMs = await timed(() =>
    pool(ids, concurrency, (id) => ctd.ctr(['run', '-d', ctd.image, id, 'sleep', '1000'], { check: true })),
  );
  const removeMs = await timed(() =>
    pool(ids, concurrency, async (id) => {
      await ctd.ctr(['tasks', 'rm', '-f', id], { check: true });
      await ctd.ctr(['containers', 'rm', id], { check: true });
    }),
  );
  return { startMs, removeMs, totalMs: startMs + removeMs };
}

export async function measure(env, sizes) {
  const corrald = await env.corrald();
  const ctd = await env.containerd();
  const count = sizes.manyCount;
  const par = sizes.manyConcurrency;
  let round = 0;
  const ids = () => {
    round++;
    return Array.from({ length: count }, (_, i) => `m2-${process.pid}-${round}-${i}`);
  };
  const ways = {
    [`corral API, ${par} at once`]: () => corralRound(corrald, ids(), par),
    // A fresh group per round, so every round pays for its group's one shim start (as the other
    // ways pay for theirs) instead of finding the last round's shim, should it not have left yet.
    [`corral API, ${par} at once, one shim group`]: () => {
      const roundIds = ids(); // numbers the round
      return corralRound(corrald, roundIds, par, `m2-${process.pid}-${round}`);
    },
    [`ctr, ${par} at once`]: () => ctrRound(ctd, ids(), par),
    'corral API, one by one': () => corralRound(corrald, ids(), 1),
    'ctr, one by one': () => ctrRound(ctd, ids(), 1),
  };
  const rounds = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
  for (let r = 0; r < sizes.manyRounds; r++) {
    for (const [k, fn] of Object.entries(ways)) rounds[k].push(await fn());
  }
  // One series per way and phase: "… (start)", "… (remove)", and the whole under the way's name.
  const samples = {};
  for (const [k, rs] of Object.entries(rounds)) {
    samples[k] = rs.map((r) => r.totalMs);
    samples[`${k} (start)`] = rs.map((r) => r.startMs);
    samples[`${k} (remove)`] = rs.map((r) => r.removeMs);
  }
  const parallel = `${count} started + removed, ${par} at once`;
  const serial = `${count} started + removed, one by one`;
  return {
    title: `${count} containers started then removed`,
    unit: 'ms',
    samples,
    comparisons: [
      {
        what: parallel,
        corral: `corral API, ${par} at once`,
        peer: `ctr, ${par} at once`,
        target: { ratio: 0.5 },
      },
      {
        what: `${parallel}, one shim group`,
        corral: `corral API, ${par} at once, one shim group`,
        peer: `ctr, ${par} at once`,
        target: { ratio: 0.5 },
      },
      { what: serial, corral: 'corral API, one by one', peer: 'ctr, one by one' },
    ],
    notes: [`${count} containers per round, ${sizes.manyRounds} round(s) per way, no warm-up round`],
  };
}
