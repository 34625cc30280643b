// See scripts/shim-startup. A measurement, not a test: it prints numbers and asserts nothing.
//
// Each run starts one shim two ways and drives one busybox container through it:
//   start  → Connect: `corral-shim … start` spawned as containerd spawns it, until the serving shim it
//                     started answered Connect on the address `start` printed;
//   -socket → Connect: the shim spawned straight into serve mode on a socket path (corrald's path),
//                     until Connect answered; and the serving shim's own CPU time until then;
//   Create + Start:   the first container of that serving shim (runc), both replies;
//   memory:           the serving shim's Rss / Pss / USS (smaps_rollup) 1 s after its container started.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EventsService, envNames } from '@corral/api';
import { Server } from '@corral/ttrpc';
import { ensureBusyboxRootfs } from '@corral/test-utils';
import { runShimOnce, shimEnvFor } from './shim-once.js';

const runs = Number(process.argv[2] ?? 20);
/** More than one: measured in turns (run i of each before run i + 1 of any), so load hits all alike. */
const shims =
  process.argv.length > 3
    ? process.argv.slice(3).map((p) => resolve(p))
    : [createRequire(import.meta.url).resolve('@corral/shim/bin')];
const namespace = 'corral-startup';
const settleMs = 1_000;

const dir = mkdtempSync(join(tmpdir(), 'corral-startup-'));
const rootfs = ensureBusyboxRootfs();
const cleanups = [];

/** What containerd hands a shim: its own env minus Node's settings, and where events go. */
const env = shimEnvFor(join(dir, 'ev.sock'));

function memoryOf(pid) {
  const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
  return { rss: kb('Rss'), pss: kb('Pss'), uss: kb('Private_Clean') + kb('Private_Dirty') };
}

/** One shim: started by `how`, then one container through it, then everything torn down. */
function measureOnce(shim, how, i) {
  return runShimOnce({
    shim,
    how,
    dir,
    namespace,
    id: `${how === 'start' ? 'st' : 'so'}-${process.pid}-${i}-${shims.indexOf(shim)}`,
    env,
    rootfs,
    drainLog: false,
    // Undone at the end of the whole run, in reverse (a run that went well left little to undo).
    register: (cleanup) => void cleanups.push(cleanup),
    afterStart: async (shimPid) => {
      await sleep(settleMs);
      return memoryOf(shimPid);
    },
  });
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** Nearest rank. */
const p90 = (xs) => sorted(xs)[Math.max(0, Math.ceil(0.9 * xs.length) - 1)];

const events = new Server().register(EventsService, { forward: () => ({}) });
try {
  await events.listen(env[envNames.ttrpcAddress]);
  const load = loadavg()[0];
  const rows = shims.map(() => ({ start: [], socket: [] }));
  for (let i = 0; i < runs; i++) {
    for (const [k, shim] of shims.entries()) {
      rows[k].start.push(await measureOnce(shim, 'start', i));
      rows[k].socket.push(await measureOnce(shim, 'socket', i));
    }
  }
  const ms = (xs) => `${median(xs).toFixed(1)} | ${p90(xs).toFixed(1)}`;
  console.log(`\n${runs} runs of each (load average ${load.toFixed(2)} → ${loadavg()[0].toFixed(2)})`);
  for (const [k, shim] of shims.entries()) {
    const { start, socket } = rows[k];
    const all = [...start, ...socket];
    const kb = (key) => `${median(all.map((r) => r[key]))} | ${p90(all.map((r) => r[key]))}`;
    console.log(`\n${shim}\n`);
    console.log('| measure | median | p90 |');
    console.log('| --- | --- | --- |');
    console.log(`| start → Connect answered (ms) | ${ms(start.map((r) => r.connectMs))} |`);
    console.log(`| -socket → Connect answered (ms) | ${ms(socket.map((r) => r.connectMs))} |`);
    console.log(`| serving shim's CPU until Connect (ms) | ${ms(all.map((r) => r.connectCpuMs))} |`);
    console.log(`| first Create + Start (ms) | ${ms(all.map((r) => r.createStartMs))} |`);
    for (const key of ['rss', 'pss', 'uss'])
      console.log(`| ${key.toUpperCase()} alone, 1 container (kB) | ${kb(key)} |`);
  }
} finally {
  for (const fn of cleanups.reverse()) fn();
  await events.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
