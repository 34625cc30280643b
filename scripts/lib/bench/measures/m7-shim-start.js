// m7: shim start → first RPC answered, scripts/shim-startup's method: `<shim> … start` spawned as
// containerd spawns it until the serving shim answers Connect on the address `start` printed
// (corral-shim and containerd-shim-runc-v2), and `corral-shim -socket PATH` (corrald's path) until
// Connect answers; then the first Create + Start of a busybox container through it, and teardown.
// The serving shim's CPU until Connect comes from /proc/<pid>/task/*/schedstat. In turns.
import { execFileSync, spawn } from 'node:child_process';
import {
  constants,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EventsService, TaskService, containerd, envNames, packAny, typeUrls } from '@corral/api';
import { Server, dial } from '@corral/ttrpc';
import {
  ensureBusyboxRootfs,
  isAlive,
  killPid,
  ociSpec,
  pidsWithArgv,
  removeTempDir,
  waitFor,
  which,
} from '@corral/test-utils';
import { ignoreFailure, onCleanup } from '../cleanup.js';
import { inTurns } from '../turns.js';

export const title = 'shim start → first RPC answered';

const callMs = 15_000;
const namespace = 'corral-bench';

/** Time on CPU so far, all threads (schedstat, ns → ms). */
function cpuMsOf(pid) {
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
  }
  return ns / 1e6;
}

function runToEnd(cmd, args, cwd, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} start: ${out}`))));
  });
}

function openLogFifo(bundle) {
  const path = join(bundle, 'log');
  execFileSync('mkfifo', ['-m', '0700', path]);
  // O_RDWR: its own writer, so it never reads EOF (corrald's openFifoForDraining does the same).
  const stream = new Socket({
    fd: openSync(path, constants.O_RDWR | constants.O_NONBLOCK),
    readable: true,
    writable: false,
  });
  stream.on('error', () => undefined).resume();
  return stream;
}

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

export async function measure(env, sizes) {
  const corralShim = createRequire(import.meta.url).resolve('@corral/shim/bin');
  const runcShim = which('containerd-shim-runc-v2');
  const dir = mkdtempSync(join(tmpdir(), 'cb-shim-'));
  onCleanup(`shim dir ${dir}`, () => {
    // A shim whose run failed half-way still names the dir (its -address): by pid, before the dir goes.
    for (const pid of pidsWithArgv(dir)) killPid(pid);
    removeTempDir(dir);
  });
  const rootfs = ensureBusyboxRootfs();
  // What containerd hands a shim: its env minus Node's settings, and where events go.
  const shimEnv = { ...process.env, [envNames.ttrpcAddress]: join(dir, 'ev.sock') };
  for (const k of ['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS', 'NODE_V8_COVERAGE', 'NODE_TEST_CONTEXT'])
    delete shimEnv[k];
  const events = new Server().register(EventsService, { forward: () => ({}) });
  await events.listen(shimEnv[envNames.ttrpcAddress]);
  onCleanup('shim events server', () => events.close().catch(() => undefined));
  let n = 0;

  async function once(shim, how) {
    const id = `m7-${process.pid}-${n++}`;
    const bundle = join(dir, namespace, id);
    mkdirSync(join(bundle, 'rootfs'), { recursive: true });
    writeFileSync(
      join(bundle, 'config.json'),
      JSON.stringify(ociSpec({ args: ['sleep', '1000'], rootPath: 'rootfs' })),
    );
    const flags = ['-namespace', namespace, '-id', id, '-address', join(dir, 'daemon.sock')];
    let socketFile;
    // containerd's runc shim opens the bundle's `log` FIFO for writing as it serves, and exits
    // without a reader there (containerd holds one open): be that reader, and drain it.
    const logFifo = shim === corralShim ? undefined : openLogFifo(bundle);
    const undo = onCleanup(`shim ${id}`, () => {
      logFifo?.destroy();
      ignoreFailure(() => killPid(Number(readFileSync(join(bundle, 'shim.pid'), 'utf8'))));
      ignoreFailure(() =>
        execFileSync('runc', ['--root', join(dir, 'runc', namespace), 'delete', '--force', id], {
          stdio: 'ignore',
        }),
      );
      ignoreFailure(() => execFileSync('umount', ['-R', join(bundle, 'rootfs')], { stdio: 'ignore' }));
      // containerd's runc shim binds under /run/containerd/s: remove what a killed one left there.
      if (socketFile) rmSync(socketFile, { force: true });
    });
    const t0 = performance.now();
    let client;
    if (how === 'start') {
      const address = (
        await runToEnd(shim, [...flags, '-publish-binary', '/bin/false', 'start'], bundle, shimEnv)
      ).trim();
      socketFile = address.replace(/^unix:\/\//, '');
      client = await dial(address, { timeoutMs: callMs });
    } else {
      socketFile = join(dir, `${n}.sock`);
      const child = spawn(shim, [...flags, '-socket', socketFile], {
        cwd: bundle,
        env: shimEnv,
        stdio: 'ignore',
        detached: true,
      });
      child.unref();
      client = await dialUntilReady(socketFile);
    }
    const task = client.service(TaskService);
    const { shimPid } = await task.connect({ id }, { timeoutMs: callMs });
    const connectMs = performance.now() - t0;
    const connectCpuMs = cpuMsOf(shimPid);
    const t1 = performance.now();
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
    const createStartMs = performance.now() - t1;
    await task.kill({ id, signal: 9 }, { timeoutMs: callMs });
    await task.wait({ id }, { timeoutMs: callMs });
    await task.delete({ id }, { timeoutMs: callMs });
    await task.shutdown({ id }, { timeoutMs: callMs }).catch(() => undefined);
    await client.close();
    await waitFor(() => !isAlive(shimPid), { timeoutMs: callMs, what: 'the shim to exit' });
    await undo();
    return { connectMs, connectCpuMs, createStartMs };
  }

  const ways = {
    'corral-shim start': () => once(corralShim, 'start'),
    'corral-shim -socket': () => once(corralShim, 'socket'),
    ...(runcShim ? { 'containerd-shim-runc-v2 start': () => once(runcShim, 'start') } : {}),
  };
  const raw = await inTurns(sizes.shimRuns, ways);
  const samples = {};
  for (const [k, rs] of Object.entries(raw)) {
    samples[`${k} → Connect`] = rs.map((r) => r.connectMs);
    samples[`${k}: shim CPU until Connect`] = rs.map((r) => r.connectCpuMs);
    samples[`${k}: first Create + Start`] = rs.map((r) => r.createStartMs);
  }
  const rv = 'containerd-shim-runc-v2 start';
  return {
    unit: 'ms',
    samples,
    comparisons: [
      {
        what: 'shim start → Connect (containerd path)',
        corral: 'corral-shim start → Connect',
        peer: `${rv} → Connect`,
      },
      {
        what: 'shim -socket → Connect (corrald path) vs runc shim start',
        corral: 'corral-shim -socket → Connect',
        peer: `${rv} → Connect`,
      },
      {
        what: 'serving shim CPU until Connect',
        corral: 'corral-shim -socket: shim CPU until Connect',
        peer: `${rv}: shim CPU until Connect`,
      },
      {
        what: 'first Create + Start through the shim',
        corral: 'corral-shim -socket: first Create + Start',
        peer: `${rv}: first Create + Start`,
      },
    ],
    notes: ['conmon has no RPC of this kind: not compared'],
  };
}
