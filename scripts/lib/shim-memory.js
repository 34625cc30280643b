// See scripts/shim-memory. A measurement, not a test: it prints numbers and asserts nothing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBusyboxImageTar, importImage, pidsWithArgv, startContainerd } from '@corral/test-utils';

const count = Number(process.argv[2] ?? 20);
const shimPath = createRequire(import.meta.url).resolve('@corral/shim/bin');
const cleanups = [];
const t = { after: (fn) => cleanups.push(fn) };
const dir = mkdtempSync(join(tmpdir(), 'corral-mem-'));

/** kB figures of one process from smaps_rollup: Rss, Pss, and USS = Private_Clean + Private_Dirty. */
function memoryOf(pid) {
  const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
  return { rss: kb('Rss'), pss: kb('Pss'), uss: kb('Private_Clean') + kb('Private_Dirty') };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function measure(ctd, image, runtime) {
  const ids = Array.from({ length: count }, (_, i) => `${runtime.split('.')[2]}-${i}`);
  for (const id of ids) {
    const r = await ctd.ctr(['run', '-d', '--runtime', runtime, image, id, 'sleep', '1000']);
    if (r.exitCode !== 0) throw new Error(`ctr run ${id}: ${r.stderr}`);
  }
  // Under containerd the corral shim runs as containerd-shim-corral-v2 (a link), so match on the id.
  // Ids overlap as strings (`corral-1` is in `corral-10`'s argv): count each shim once.
  const pids = [...new Set(ids.flatMap((id) => pidsWithArgv('-namespace', '-id', id)))];
  const rows = pids.map(memoryOf);
  for (const id of ids) {
    await ctd.ctr(['tasks', 'kill', '-s', 'SIGKILL', id]);
  }
  for (const id of ids) {
    for (let i = 0; i < 50; i++) {
      const r = await ctd.ctr(['tasks', 'rm', id]);
      if (r.exitCode === 0) break;
    }
    await ctd.ctr(['containers', 'rm', id]);
  }
  return {
    runtime,
    shims: pids.length,
    ...Object.fromEntries(['rss', 'pss', 'uss'].map((k) => [k, median(rows.map((r) => r[k]))])),
  };
}

try {
  const ctd = await startContainerd(t, { runtimes: { 'io.containerd.corral.v2': shimPath } });
  const tar = await buildBusyboxImageTar(join(dir, 'busybox.tar'));
  const image = await importImage(ctd.ctr, tar.path);
  const results = [
    await measure(ctd, image, 'io.containerd.corral.v2'),
    await measure(ctd, image, 'io.containerd.runc.v2'),
  ];
  console.log(
    `\n${count} busybox sleep containers per shim, median per shim process (kB, /proc/<pid>/smaps_rollup):\n`,
  );
  console.log('| shim | shims | RSS | PSS | USS |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of results) console.log(`| ${r.runtime} | ${r.shims} | ${r.rss} | ${r.pss} | ${r.uss} |`);
  const [c, g] = results;
  console.log(
    `\nratio corral/runc-v2: RSS ${(c.rss / g.rss).toFixed(2)}, PSS ${(c.pss / g.pss).toFixed(2)}, USS ${(c.uss / g.uss).toFixed(2)}`,
  );
} finally {
  for (const fn of cleanups.reverse()) await fn();
  rmSync(dir, { recursive: true, force: true });
}
