// See scripts/shim-startup. A measurement, not a test: it prints numbers and asserts nothing.
//
// Each run starts one shim two ways and drives one busybox container through it:
//   start  → Connect: `corral-shim … start` spawned as containerd spawns it, until the serving shim it
//                     started answered Connect on the address `start` printed;
//   -socket → Connect: the shim spawned straight into serve mode on a socket path (corrald's path),
//                     until Connect answered; and the serving shim's own CPU time until then;
//   Create + Start:   the first container of that serving shim (runc), both replies;
//   memory:           the serving shim's Rss / Pss / USS (smaps_rollup) 1 s after its container started.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EventsService, TaskService, containerd, envNames, packAny, typeUrls } from '@corral/api';
import { Server, dial } from '@corral/ttrpc';
import { ensureBusyboxRootfs, isAlive, killPid, ociSpec, waitFor } from '@corral/test-utils';

const runs = Number(process.argv[2] ?? 20);
/** More than one: measured in turns (run i of each before run i + 1 of any), so load hits all alike. */
const shims =
  process.argv.length > 3
    ? process.argv.slice(3).map((p) => resolve(p))
    : [createRequire(import.meta.url).resolve('@corral/shim/bin')];
const namespace = 'corral-startup';
const callMs = 15_000;
const settleMs = 1_000;

const dir = mkdtempSync(join(tmpdir(), 'corral-startup-'));
const rootfs = ensureBusyboxRootfs();
const cleanups = [];

/** What containerd hands a shim: its own env minus Node's settings, and where events go. */
const env = { ...process.env, [envNames.ttrpcAddress]: join(dir, 'ev.sock') };
for (const k of ['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS', 'NODE_V8_COVERAGE', 'NODE_TEST_CONTEXT'])
  delete env[k];

function memoryOf(pid) {
  const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
  return { rss: kb('Rss'), pss: kb('Pss'), uss: kb('Private_Clean') + kb('Private_Dirty') };
}

/** Time on CPU so far, all threads (schedstat, ns): unlike wall time, barely moved by a busy machine. */
function cpuMsOf(pid) {
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
  }
  return ns / 1e6;
}

/** Runs `shim args…` in `cwd` and resolves with its stdout once its pipes closed (as containerd waits). */
function runToEnd(shim, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(shim, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`shim ${args.at(-1)}: ${out}`)),
    );
  });
}

/** The serving shim binds its socket itself: dial until it answers (every ms, for at most callMs). */
async function dialUntilReady(path) {
  const deadline = performance.now() + callMs;
  for (;;) {
    try {
      return await dial(path, { timeoutMs: callMs });
    } catch (err) {
      if (performance.now() > deadline) throw err;
      await sleep(1);
    }
  }
}

function newBundle(id) {
  const bundle = join(dir, namespace, id);
  mkdirSync(join(bundle, 'rootfs'), { recursive: true });
  writeFileSync(
    join(bundle, 'config.json'),
    JSON.stringify(ociSpec({ args: ['sleep', '1000'], rootPath: 'rootfs' })),
  );
  return bundle;
}

/** One shim: started by `how`, then one container through it, then everything torn down. */
async function measureOnce(shim, how, i) {
  const id = `${how === 'start' ? 'st' : 'so'}-${process.pid}-${i}-${shims.indexOf(shim)}`;
  const bundle = newBundle(id);
  const flags = ['-namespace', namespace, '-id', id, '-address', join(dir, 'corrald.sock')];
  // Registered before anything can fail: the shim (by the pid it wrote), its container, its mount.
  cleanups.push(() => {
    ignoreFailure(() => killPid(Number(readFileSync(join(bundle, 'shim.pid'), 'utf8'))));
    ignoreFailure(() =>
      execFileSync('runc', ['--root', join(dir, 'runc', namespace), 'delete', '--force', id]),
    );
    ignoreFailure(() => execFileSync('umount', ['-R', join(bundle, 'rootfs')], { stdio: 'ignore' }));
  });
  const started = performance.now();
  let client;
  if (how === 'start') {
    const address = (
      await runToEnd(shim, [...flags, '-publish-binary', '/bin/false', 'start'], bundle)
    ).trim();
    // Under /run/containerd/s, not our temp dir: a killed shim leaves it behind (after the kill above).
    cleanups.unshift(() => rmSync(address.replace(/^unix:\/\//, ''), { force: true }));
    client = await dial(address, { timeoutMs: callMs });
  } else {
    const socket = join(dir, `${id}.sock`);
    const child = spawn(shim, [...flags, '-socket', socket], {
      cwd: bundle,
      env,
      stdio: 'ignore',
      detached: true,
    });
    child.unref();
    client = await dialUntilReady(socket);
  }
  const task = client.service(TaskService);
  const { shimPid } = await task.connect({ id }, { timeoutMs: callMs });
  const connectMs = performance.now() - started;
  const connectCpuMs = cpuMsOf(shimPid);

  const created = performance.now();
  await task.create(
    {
      id,
      bundle,
      rootfs: [{ type: 'bind', source: rootfs, options: ['rbind', 'ro'] }],
      options: packAny(typeUrls.RuncOptions, containerd.runc.v1.Options, { root: join(dir, 'runc') }),
    },
    { timeoutMs: callMs },
  );
  await task.start({ id }, { timeoutMs: callMs });
  const createStartMs = performance.now() - created;
  await sleep(settleMs);
  const memory = memoryOf(shimPid);

  await task.kill({ id, signal: 9 }, { timeoutMs: callMs });
  await task.wait({ id }, { timeoutMs: callMs });
  await task.delete({ id }, { timeoutMs: callMs });
  await task.shutdown({ id }, { timeoutMs: callMs }).catch(() => undefined);
  await client.close();
  await waitFor(() => !isAlive(shimPid), { timeoutMs: callMs, what: 'the shim to exit' });
  return { connectMs, connectCpuMs, createStartMs, ...memory };
}

function ignoreFailure(fn) {
  try {
    fn();
  } catch {
    // cleanup of what may be gone already
  }
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
