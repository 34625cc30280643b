// One shim started as containerd or corrald starts it, one busybox container through it, then
// teardown: the run scripts/shim-startup and scripts/bench's m7 both time.
import { execFileSync, spawn } from 'node:child_process';
import { constants, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { TaskService, containerd, envNames, nodeEnvNotInherited, packAny, typeUrls } from '@corral/api';
import { dial } from '@corral/ttrpc';
import { isAlive, killPid, ociSpec, waitFor } from '@corral/test-utils';

export const shimCallMs = 15_000;

/** What containerd hands a shim: `base` minus the Node settings no shim inherits, and where events go. */
export function shimEnvFor(eventsSocket, base = process.env) {
  const env = { ...base, [envNames.ttrpcAddress]: eventsSocket };
  for (const k of nodeEnvNotInherited) delete env[k];
  return env;
}

/** Time on CPU so far, all threads (schedstat, ns): unlike wall time, barely moved by a busy machine. */
export function cpuMsOf(pid) {
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
  }
  return ns / 1e6;
}

/**
 * `shim` started by `how` ('start': containerd's `start` action, until the serving shim answers
 * Connect on the address it printed; 'socket': straight into serve mode on a socket, corrald's way),
 * then the first Create + Start of a `sleep` container through it, then kill, Delete, Shutdown.
 *
 * `register(cleanup)` gets, before anything can fail, the function that undoes all of it (kill the
 * shim by its pid file, runc delete, unmount, remove a socket a killed shim left); if it returns a
 * function, that runs at the end of a run that went well. `drainLog`: be the reader of the bundle's
 * `log` FIFO, which containerd's runc shim needs (containerd holds one open). `afterStart(shimPid)`
 * adds to the result while the container runs (memory, say).
 */
export async function runShimOnce(o) {
  const { shim, how, dir, namespace, id, env, rootfs } = o;
  const bundle = join(dir, namespace, id);
  mkdirSync(join(bundle, 'rootfs'), { recursive: true });
  writeFileSync(
    join(bundle, 'config.json'),
    JSON.stringify(ociSpec({ args: ['sleep', '1000'], rootPath: 'rootfs' })),
  );
  const flags = ['-namespace', namespace, '-id', id, '-address', join(dir, 'daemon.sock')];
  let socketFile;
  const logFifo = o.drainLog ? openLogFifo(bundle) : undefined;
  const undo = o.register(() => {
    logFifo?.destroy();
    ignoreFailure(() => killPid(Number(readFileSync(join(bundle, 'shim.pid'), 'utf8'))));
    ignoreFailure(() =>
      execFileSync('runc', ['--root', join(dir, 'runc', namespace), 'delete', '--force', id], {
        stdio: 'ignore',
      }),
    );
    ignoreFailure(() => execFileSync('umount', ['-R', join(bundle, 'rootfs')], { stdio: 'ignore' }));
    // A `start`ed shim binds under /run/containerd/s, not our dir: remove what a killed one left.
    if (socketFile) rmSync(socketFile, { force: true });
  });
  const t0 = performance.now();
  let client;
  if (how === 'start') {
    const address = (
      await runToEnd(shim, [...flags, '-publish-binary', '/bin/false', 'start'], bundle, env)
    ).trim();
    socketFile = address.replace(/^unix:\/\//, '');
    client = await dial(address, { timeoutMs: shimCallMs });
  } else {
    socketFile = join(dir, `${id}.sock`);
    const child = spawn(shim, [...flags, '-socket', socketFile], {
      cwd: bundle,
      env,
      stdio: 'ignore',
      detached: true,
    });
    child.unref();
    client = await dialUntilReady(socketFile);
  }
  const call = { timeoutMs: shimCallMs };
  const task = client.service(TaskService);
  const { shimPid } = await task.connect({ id }, call);
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
    call,
  );
  await task.start({ id }, call);
  const createStartMs = performance.now() - t1;
  const extra = (await o.afterStart?.(shimPid)) ?? {};
  await task.kill({ id, signal: 9 }, call);
  await task.wait({ id }, call);
  await task.delete({ id }, call);
  await task.shutdown({ id }, call).catch(() => undefined);
  await client.close();
  await waitFor(() => !isAlive(shimPid), { timeoutMs: shimCallMs, what: 'the shim to exit' });
  await undo?.();
  return { connectMs, connectCpuMs, createStartMs, ...extra };
}

/** Runs `cmd args…` in `cwd` and resolves with its output once its pipes closed (as containerd waits). */
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

/** The serving shim binds its socket itself: dial until it answers (every ms, for at most shimCallMs). */
async function dialUntilReady(path) {
  const deadline = performance.now() + shimCallMs;
  for (;;) {
    try {
      return await dial(path, { timeoutMs: shimCallMs });
    } catch (err) {
      if (performance.now() > deadline) throw err;
      await sleep(1);
    }
  }
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

function ignoreFailure(fn) {
  try {
    fn();
  } catch {
    // cleanup of what may be gone already
  }
}
