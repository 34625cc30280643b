// A private corrald for the bench: its own root, state and socket under a temp dir, the workspace's
// build (as scripts/setup links it on PATH), its built-in busybox image. Killed, restarted and in
// the end torn down by pid: containers removed through the API, SIGTERM (SIGKILL at a deadline),
// any process still naming the dir killed, runtime state deleted, mounts and the dir removed.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorralClient, isServing } from '@corral/client';
import { isAlive, killPid, pidsWithArgv, removeTempDir, waitFor } from '@corral/test-utils';
import { ignoreFailure, onCleanup } from '../cleanup.js';
import { argvOf, run } from '../proc.js';

export const corraldBin = fileURLToPath(import.meta.resolve('@corral/daemon/bin'));
/** The CLI users run: the package's bin (the bundle), else the tsc output of a build that has none. */
export const corralBin = (() => {
  try {
    return createRequire(import.meta.url).resolve('@corral/cli/bin');
  } catch {
    return fileURLToPath(new URL('./bin/corral.js', import.meta.resolve('@corral/cli')));
  }
})();

/** `--shim-pool N`: corrald keeps N idle shims ready (its warm pool; 0, the default, is off). */
let shimPool = 0;
export function useShimPool(n) {
  shimPool = n;
}

/** `--cpu-prof DIR`: corrald and every CLI run write V8 CPU profiles under it. */
let cpuProfileDir;
export function profileInto(dir) {
  cpuProfileDir = dir ? resolve(dir) : undefined;
}

/** The environment corrald and the CLI get: ours without CORRAL_* settings and Node test hooks. */
export function cleanEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('CORRAL_') && !['NODE_OPTIONS', 'NODE_TEST_CONTEXT'].includes(k)) env[k] = v;
  }
  return { ...env, ...extra };
}

/** What a user's shell gives `corral`: CORRAL_HOST naming our corrald. */
export function cliEnv(host) {
  return cleanEnv({ CORRAL_HOST: host });
}

/**
 * `corral ARGS…` as a user runs it (its `#!/usr/bin/env node`), against `host`. With --cpu-prof,
 * through `node --cpu-prof … corral.js` instead (node refuses --cpu-prof in NODE_OPTIONS).
 */
export function runCli(host, args, o = {}) {
  const env = cliEnv(host);
  if (!cpuProfileDir) return run(corralBin, args, { env, ...o });
  const prof = ['--cpu-prof', `--cpu-prof-dir=${join(cpuProfileDir, 'cli')}`];
  return run(process.execPath, [...prof, corralBin, ...args], { env, ...o });
}

export class BenchCorrald {
  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'cb-'));
    this.root = join(this.dir, 'root');
    this.state = join(this.dir, 'state');
    this.socket = join(this.state, 'corral.sock');
    this.host = `unix://${this.socket}`;
    this.logFile = join(this.dir, 'corrald.log');
    this.child = undefined;
    this.exited = Promise.resolve();
    this.client = new CorralClient({ socket: this.socket, env: {} });
    this.dispose = onCleanup(`corrald ${this.dir}`, () => this.#teardown());
  }

  get pid() {
    return this.running ? this.child.pid : undefined;
  }

  get running() {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Spawns corrald; resolves with ms from spawn until it answers Version. */
  async start() {
    const t0 = performance.now();
    this.spawn();
    await waitFor(() => this.#serving(), {
      timeoutMs: 60_000,
      intervalMs: 5,
      what: 'corrald to serve',
    }).catch((err) => {
      throw new Error(
        `${err.message} (last error: ${err.cause?.message}); corrald log:\n${this.logTail(10)}`,
      );
    });
    return performance.now() - t0;
  }

  spawn() {
    if (this.running) throw new Error(`corrald ${this.pid} is already running`);
    const out = openSync(this.logFile, 'a');
    try {
      const args = [
        ...['--root', this.root, '--state', this.state, '--socket', this.socket],
        ...(shimPool > 0 ? ['--shim-pool', String(shimPool)] : []),
      ];
      // Exec'd as shipped (its #! line sets corrald's environment), unless profiling needs node's flags.
      this.child = cpuProfileDir
        ? spawn(
            process.execPath,
            ['--cpu-prof', `--cpu-prof-dir=${join(cpuProfileDir, 'corrald')}`, corraldBin, ...args],
            { env: { ...cleanEnv(), MALLOC_ARENA_MAX: '1' }, stdio: ['ignore', out, out] },
          )
        : spawn(corraldBin, args, { env: cleanEnv(), stdio: ['ignore', out, out] });
    } finally {
      closeSync(out);
    }
    const child = this.child;
    this.exited = new Promise((resolve) => child.once('exit', resolve));
  }

  async kill(signal = 'SIGKILL') {
    if (!this.running) return;
    killPid(this.child.pid, signal);
    await this.exited;
  }

  /** The serving shims (pid and container id) of this corrald, found by their argv. */
  shims() {
    const out = [];
    for (const pid of pidsWithArgv(this.dir, '-id')) {
      const argv = argvOf(pid);
      if (argv.includes('delete') || argv.includes('start') || !argv.includes('-socket')) continue;
      out.push({ pid, id: argv[argv.indexOf('-id') + 1] });
    }
    return out;
  }

  shimPidOf(id) {
    return this.shims().find((s) => s.id === id)?.pid;
  }

  logTail(lines = 20) {
    return ignoreFailure(() =>
      readFileSync(this.logFile, 'utf8').trim().split('\n').slice(-lines).join('\n'),
    );
  }

  async removeAll() {
    const { containers } = await this.client.runtime.listContainers({}, { timeoutMs: 30_000 });
    for (const c of containers ?? []) {
      await this.client.runtime
        .removeContainer({ containerId: c.id ?? '', force: true }, { timeoutMs: 30_000 })
        .catch((err) => console.error(`bench: remove ${c.id}: ${err.message}`));
    }
  }

  async #serving() {
    if (!this.running) throw new Error(`corrald exited while starting:\n${this.logTail(10)}`);
    return isServing({ socket: this.socket, env: {} });
  }

  async #teardown() {
    if (this.running) await this.removeAll().catch(() => undefined);
    await this.client.close().catch(() => undefined);
    if (this.running) {
      const pid = this.child.pid;
      killPid(pid, 'SIGTERM');
      const timer = setTimeout(() => killPid(pid, 'SIGKILL'), 10_000);
      await this.exited;
      clearTimeout(timer);
    }
    // Shims leave after their Shutdown; whatever still names our dir after a moment is killed.
    await waitFor(() => pidsWithArgv(this.dir).length === 0, {
      timeoutMs: 5_000,
      what: 'shims to exit',
    }).catch(() => undefined);
    for (const pid of pidsWithArgv(this.dir)) killPid(pid);
    await waitFor(() => pidsWithArgv(this.dir).every((p) => !isAlive(p)), { timeoutMs: 5_000 }).catch(
      () => undefined,
    );
    const runcBase = join(this.state, 'runc');
    for (const ns of existsSync(runcBase) ? readdirSync(runcBase) : []) {
      for (const id of readdirSync(join(runcBase, ns))) {
        for (const runtime of ['runc', 'crun']) {
          const ok = ignoreFailure(() => {
            execFileSync(runtime, ['--root', join(runcBase, ns), 'delete', '-f', id], { stdio: 'ignore' });
            return true;
          });
          if (ok) break;
        }
      }
    }
    removeTempDir(this.dir);
  }
}

/** A corrald on a fresh temp dir, serving; torn down by cleanUpAll (or its own dispose). */
export async function startCorrald() {
  const d = new BenchCorrald();
  await d.start();
  return d;
}
