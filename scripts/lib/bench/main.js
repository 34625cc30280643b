// scripts/bench: corral side by side with containerd (ctr), podman, runc and crun, all started by
// this script on private roots, measured in turns on the same busybox. See README "Performance".
import { loadAverages, machine, versions } from './machine.js';
import { cleanUpAll, cleanUpOnSignals } from './cleanup.js';
import { measureIds, parseOptions, usage } from './options.js';
import { evaluate, writeReport } from './report.js';
import { BundleRunner } from './peers/bundle.js';
import { cgroupParent } from './peers/cgroups.js';
import { startBenchContainerd } from './peers/containerd.js';
import { profileInto, startCorrald, useShimPool } from './peers/corrald.js';
import { startBenchPodman } from './peers/podman.js';
import * as m1 from './measures/m1-run-rm.js';
import * as m1b from './measures/m1-breakdown.js';
import * as m2 from './measures/m2-many.js';
import * as m3 from './measures/m3-memory.js';
import * as m4 from './measures/m4-events.js';
import * as m5 from './measures/m5-recovery.js';
import * as m6a from './measures/m6-log-throughput.js';
import * as m6b from './measures/m6-exec-sync.js';
import * as m7 from './measures/m7-shim-start.js';

const modules = {
  m1: { m1, m1b },
  m2: { m2 },
  m3: { m3 },
  m4: { m4 },
  m5: { m5 },
  m6: { m6a, m6b },
  m7: { m7 },
};

/** Peers, each started on first use and shared by the measures that follow. */
function peers() {
  const started = {};
  const once = (name, fn) => () => (started[name] ??= fn());
  const env = {
    corrald: once('corrald', startCorrald),
    containerd: once('containerd', startBenchContainerd),
    podman: once('podman', async () => {
      const p = await startBenchPodman();
      if (p.unavailable) console.error(`bench: podman skipped: ${p.unavailable}`);
      return p;
    }),
    bundles: once('bundles', () => new BundleRunner()),
    /** After a measure failed: nothing it left running may weigh on the next one. */
    async reset() {
      const c = await started.corrald?.catch(() => undefined);
      if (c?.running) await c.removeAll().catch(() => undefined);
      const ctd = await started.containerd?.catch(() => undefined);
      if (ctd?.running) {
        const tasks = await ctd.ctr(['tasks', 'ls', '-q']).catch(() => ({ stdout: '' }));
        for (const id of tasks.stdout.split('\n').filter(Boolean)) await ctd.ctr(['tasks', 'rm', '-f', id]);
        const cs = await ctd.ctr(['containers', 'ls', '-q']).catch(() => ({ stdout: '' }));
        for (const id of cs.stdout.split('\n').filter(Boolean)) await ctd.ctr(['containers', 'rm', id]);
      }
      const p = await started.podman?.catch(() => undefined);
      if (p && !p.unavailable) await p.podman(['rm', '-a', '-f', '-t', '0'], { check: false });
    },
  };
  return env;
}

async function main() {
  let o;
  try {
    o = parseOptions(process.argv.slice(2));
  } catch (err) {
    console.error(`scripts/bench: ${err.message}\n\n${usage}`);
    return 2;
  }
  if (o.help) {
    console.log(usage);
    return 0;
  }
  if (process.getuid?.() !== 0) {
    console.error('scripts/bench must run as root (it runs containers under private daemons)');
    return 2;
  }
  cleanUpOnSignals();
  profileInto(o.cpuProf);
  useShimPool(o.shimPool);
  cgroupParent();
  const started = performance.now();
  const report = {
    date: new Date().toISOString(),
    quick: o.quick,
    shimPool: o.shimPool,
    only: o.only,
    sizes: o.sizes,
    machine: machine(),
    versions: versions(),
    load: { before: loadAverages(), after: [] },
    durationS: 0,
    measures: {},
  };
  const env = peers();
  let failed = 0;
  try {
    for (const id of measureIds.filter((m) => o.only.includes(m))) {
      for (const [key, mod] of Object.entries(modules[id])) {
        const t0 = performance.now();
        const before = loadAverages();
        console.error(`bench: ${key}: ${mod.title} (load ${before.join(' ')})`);
        let entry;
        try {
          entry = evaluate(key, await mod.measure(env, o.sizes));
        } catch (err) {
          failed++;
          console.error(`bench: ${key} failed: ${err.stack ?? err}`);
          entry = { id: key, title: mod.title, error: String(err.stack ?? err) };
          await env.reset().catch(() => undefined);
        }
        entry.title ??= mod.title;
        entry.load = { before, after: loadAverages() };
        entry.durationS = (performance.now() - t0) / 1000;
        report.measures[key] = entry;
        console.error(`bench: ${key} done in ${entry.durationS.toFixed(0)} s`);
      }
    }
  } finally {
    console.error('bench: cleaning up');
    await cleanUpAll();
  }
  report.load.after = loadAverages();
  report.durationS = (performance.now() - started) / 1000;
  const md = writeReport(o.out, report);
  console.log(md);
  console.error(`bench: wrote ${o.out}/latest.json and ${o.out}/latest.md`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  async (err) => {
    console.error(`scripts/bench: ${err.stack ?? err}`);
    await cleanUpAll();
    process.exit(1);
  },
);
