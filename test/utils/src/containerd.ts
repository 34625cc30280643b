import { spawn, type ChildProcess } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import {
  containerdConfigToml,
  containerdPaths,
  defaultSnapshotterLabel,
  shimBinaryName,
  type ContainerdPaths,
} from './containerd-config.js';
import {
  containerdRuncRoot,
  deleteRuncLeftovers,
  removeEmptyDir,
  removeNamespaceCgroups,
  removeSockets,
  shimSocketsInBundles,
  listeningSocketPathsOf,
} from './containerd-leftovers.js';
import { defer } from './defer.js';
import { runCtr, type CtrOptions, type CtrResult } from './ctr.js';
import { uniqueId } from './ids.js';
import { mountsUnder, unmountUnder } from './mounts.js';
import { isAlive, killPid, pidsWithArgv } from './processes.js';
import { which } from './requirements.js';
import { removeTempDir } from './temp-dir.js';
import { waitFor } from './wait-for.js';

/** Every wait on containerd, ctr or a shim, in one table. */
const timeouts = {
  /** containerd up and answering `ctr version` (it reloads every shim before it serves). */
  startMs: 20_000,
  /** After SIGTERM, before SIGKILL. */
  stopMs: 10_000,
  /** Each ctr command of the teardown. */
  teardownCtrMs: 15_000,
  /** A SIGKILLed leftover process gone from /proc. */
  leftoverExitMs: 5_000,
};

/** The part of node:test's TestContext the harness uses (`passed` exists at runtime since Node 20.x). */
export type HarnessTestContext = Pick<TestContext, 'after'> &
  Partial<Pick<TestContext, 'diagnostic'>> & { readonly passed?: boolean };

export interface ContainerdOptions {
  /**
   * Runtime name → shim executable, e.g. `{ 'io.containerd.corral.v2': '/…/corral-shim' }`. Each is
   * linked into a private bin dir as `containerd-shim-<name>-<version>` (the name containerd 1.6
   * resolves), and that dir is put first on containerd's PATH.
   */
  runtimes?: Record<string, string>;
  /**
   * Directories put in front of containerd's PATH (after the runtimes' dir). containerd, not ctr,
   * resolves `--runtime io.containerd.<name>.v2` to `containerd-shim-<name>-v2` on its own PATH (then
   * beside its executable), so a shim that is not installed system-wide must be reachable here.
   */
  extraPath?: string[];
  /** Namespace `ctr` uses (default: a unique one, so runc state and cgroups never collide). */
  namespace?: string;
  /** Default: overlayfs when containerd's overlayfs plugin loaded here, else native. */
  snapshotter?: string;
  /** containerd's log level; debug also makes containerd start shims with `-debug`. */
  logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'error';
  containerdBinary?: string;
  ctrBinary?: string;
}

/** What the teardown had to clean up by force: all empty after a test that cleaned up properly. */
export interface ContainerdTeardownReport {
  /** Processes (shims, ctr) still naming our socket after containerd stopped, SIGKILLed. */
  killedPids: number[];
  /** runc containers left under a runc root, `runc delete -f`ed. */
  deletedRuncContainers: string[];
  /** Shim sockets left in /run/containerd/s, unlinked. */
  removedSockets: string[];
  /** Mounts left under the containerd dir, lazily unmounted. */
  unmounted: string[];
}

/**
 * A private containerd 1.6 for one test: its own root, state, sockets and namespace under a fresh
 * temp dir, started as a child, stopped and cleaned up after the test (see `dispose`, registered
 * with `defer` as soon as the dir exists).
 */
export class ContainerdHarness implements ContainerdPaths {
  readonly dir: string;
  readonly root: string;
  readonly state: string;
  readonly temp: string;
  readonly address: string;
  readonly ttrpcAddress: string;
  readonly namespace: string;
  readonly configPath: string;
  readonly logPath: string;
  /** Where `--runc-root` can point runc state of the runc shim (default is /run/containerd/runc). */
  readonly runcRoot: string;
  /** ctr's `--fifo-dir` (added by `ctr()`), instead of /run/containerd/fifo. */
  readonly fifoDir: string;
  /** Holds `containerd-shim-<name>-v2` links for `runtimes`; first on containerd's PATH. */
  readonly binDir: string;
  readonly containerdBinary: string;
  readonly ctrBinary: string;
  /** The snapshotter this namespace defaults to (set once containerd is up). */
  snapshotter = '';
  /** How long the last start took until `ctr version` answered. */
  lastStartMs = 0;

  readonly #env: NodeJS.ProcessEnv;
  readonly #options: ContainerdOptions;
  readonly #t: HarnessTestContext;
  #child: ChildProcess | undefined;
  #exited: Promise<void> = Promise.resolve();
  #exitStatus: string | undefined;
  /** Whether containerd ever answered: only then does the teardown start it again to clean up. */
  #served = false;
  #disposed: Promise<ContainerdTeardownReport> | undefined;
  /** The log's tail as it was when the teardown removed the dir. */
  #finalLogTail: string | undefined;

  constructor(t: HarnessTestContext, options: ContainerdOptions = {}) {
    this.#t = t;
    this.#options = options;
    this.dir = mkdtempSync(join(tmpdir(), 'ctd-'));
    defer(t, () => this.disposeAfterTest());
    const paths = containerdPaths(this.dir);
    this.root = paths.root;
    this.state = paths.state;
    this.temp = paths.temp;
    this.address = paths.address;
    this.ttrpcAddress = paths.ttrpcAddress;
    this.namespace = options.namespace ?? uniqueId('ctd');
    this.configPath = join(this.dir, 'config.toml');
    this.logPath = join(this.dir, 'containerd.log');
    this.runcRoot = join(this.state, 'runc');
    this.fifoDir = join(this.state, 'fifo');
    this.binDir = join(this.dir, 'bin');
    this.containerdBinary = options.containerdBinary ?? which('containerd') ?? '/usr/bin/containerd';
    this.ctrBinary = options.ctrBinary ?? which('ctr') ?? '/usr/bin/ctr';
    for (const d of [this.temp, this.binDir, this.fifoDir]) mkdirSync(d, { recursive: true, mode: 0o700 });
    for (const [runtime, binary] of Object.entries(options.runtimes ?? {})) {
      if (!existsSync(binary)) throw new Error(`runtime ${runtime}: shim ${binary} does not exist`);
      symlinkSync(binary, join(this.binDir, shimBinaryName(runtime)));
    }
    const path = [this.binDir, ...(options.extraPath ?? []), process.env['PATH'] ?? ''];
    this.#env = { ...process.env, PATH: path.filter(Boolean).join(':') };
    writeFileSync(this.configPath, containerdConfigToml(paths, options.logLevel ?? 'info'));
  }

  /** containerd's pid while it runs. */
  get pid(): number | undefined {
    return this.running ? this.#child?.pid : undefined;
  }

  get running(): boolean {
    return this.#child !== undefined && this.#exitStatus === undefined;
  }

  /** `ctr --address <ours> --namespace <ours> <args…>` (see runCtr). */
  ctr = (args: string[], options?: CtrOptions): Promise<CtrResult> =>
    runCtr(
      { ctrBinary: this.ctrBinary, address: this.address, namespace: this.namespace, fifoDir: this.fifoDir },
      args,
      options,
    );

  /** Starts containerd and waits until it serves; the first start also picks the snapshotter. */
  async start(): Promise<void> {
    if (this.running) throw new Error(`containerd ${this.pid} is already running`);
    const started = Date.now();
    const log = openSync(this.logPath, 'a');
    let child: ChildProcess;
    try {
      child = spawn(this.containerdBinary, ['--config', this.configPath], {
        env: this.#env,
        stdio: ['ignore', log, log],
      });
    } finally {
      closeSync(log);
    }
    this.#child = child;
    this.#exitStatus = undefined;
    this.#exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.#exitStatus = signal ?? `exit ${code}`;
        resolve();
      });
      child.once('error', (err) => {
        this.#exitStatus = `spawn failed: ${err.message}`;
        resolve();
      });
    });
    const up = await waitFor(
      async () => {
        if (this.#exitStatus !== undefined) return 'exited';
        if (!existsSync(this.address)) return false;
        const r = await this.ctr(['version'], { timeoutMs: 5_000 });
        return r.exitCode === 0 && 'up';
      },
      { timeoutMs: timeouts.startMs, intervalMs: 20, what: `containerd on ${this.address}` },
    ).catch((err: unknown) => {
      throw new Error(`start containerd: ${(err as Error).message}\n${this.logTail()}`, { cause: err });
    });
    if (up === 'exited') throw new Error(`start containerd: ${this.#exitStatus}\n${this.logTail()}`);
    this.lastStartMs = Date.now() - started;
    this.#served = true;
    if (!this.snapshotter) await this.#setUpNamespace();
  }

  /** SIGTERM, then SIGKILL after a while; resolves once containerd has exited. Shims keep running. */
  async stop(): Promise<void> {
    const child = this.#child;
    if (!child?.pid || !this.running) return;
    const pid = child.pid;
    killPid(pid, 'SIGTERM');
    const timer = setTimeout(() => killPid(pid, 'SIGKILL'), timeouts.stopMs);
    await this.#exited;
    clearTimeout(timer);
  }

  /** SIGKILL containerd only (its shims are in their own process groups and survive). */
  async kill9(): Promise<void> {
    const child = this.#child;
    if (!child?.pid || !this.running) return;
    killPid(child.pid, 'SIGKILL');
    await this.#exited;
  }

  /** Stops containerd if it runs, and starts it again on the same config (it reconnects to its shims). */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** The last lines of containerd's log (shim stderr lines land there too). */
  logTail(lines = 60): string {
    if (this.#finalLogTail !== undefined) return this.#finalLogTail;
    try {
      return readFileSync(this.logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no containerd log)';
    }
  }

  /** Processes (shims, stray ctr) whose argv names this containerd's socket. */
  processesUsingSocket(): number[] {
    return pidsWithArgv(this.address).filter((p) => p !== this.#child?.pid);
  }

  /**
   * Tears everything down, once (later calls return the same report): kill and remove every task
   * of every namespace through ctr (restarting containerd first if it is down, so it reconnects to
   * its shims), stop containerd, then by force: SIGKILL processes still naming our socket, `runc
   * delete -f` what runc still has, unlink shim sockets, unmount, rmdir the namespace cgroups, remove
   * the dir. The report lists what needed force. A test may call it itself to assert on the report.
   */
  dispose(): Promise<ContainerdTeardownReport> {
    this.#disposed ??= this.#teardown();
    return this.#disposed;
  }

  /** The `t.after` hook: dispose, and print containerd's log tail when the test or the teardown failed. */
  async disposeAfterTest(): Promise<void> {
    const printLogTail = (): void => {
      process.stderr.write(`# containerd log tail (${this.logPath}):\n${this.logTail()}\n`);
    };
    try {
      await this.dispose();
    } catch (err) {
      printLogTail();
      throw err;
    }
    if (this.#t.passed === false) printLogTail();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.dispose();
  }

  async #setUpNamespace(): Promise<void> {
    let snapshotter = this.#options.snapshotter;
    if (snapshotter === undefined) {
      const plugins = (await this.ctr(['plugins', 'ls'], { check: true })).stdout;
      const overlay = /^io\.containerd\.snapshotter\.v1\s+overlayfs\s+\S+\s+ok\s*$/m.test(plugins);
      snapshotter = overlay ? 'overlayfs' : 'native';
    }
    this.snapshotter = snapshotter;
    const label = `${defaultSnapshotterLabel}=${snapshotter}`;
    const created = await this.ctr(['namespaces', 'create', this.namespace, label]);
    if (created.exitCode !== 0)
      await this.ctr(['namespaces', 'label', this.namespace, label], { check: true });
    this.#say(
      `containerd ${this.pid} up in ${this.lastStartMs} ms on ${this.dir}, snapshotter ${snapshotter}`,
    );
  }

  async #teardown(): Promise<ContainerdTeardownReport> {
    const errors: string[] = [];
    const namespaces = new Set([this.namespace]);
    // Bundles name their shim's socket; a restarted containerd removes the bundles of dead shims
    // (not their sockets), so look before it does.
    const sockets = new Set(shimSocketsInBundles(this.state));
    if (!this.running && this.#served) {
      await this.start().catch((err: unknown) =>
        errors.push(`restart for teardown: ${(err as Error).message}`),
      );
    }
    if (this.running) {
      await this.#removeAllTasks(namespaces).catch((err: unknown) => errors.push((err as Error).message));
    }
    for (const p of shimSocketsInBundles(this.state)) sockets.add(p);
    await this.stop();
    const report: ContainerdTeardownReport = {
      killedPids: [],
      deletedRuncContainers: [],
      removedSockets: [],
      unmounted: [],
    };
    report.killedPids = this.processesUsingSocket();
    for (const pid of report.killedPids) {
      for (const p of listeningSocketPathsOf(pid)) sockets.add(p);
      killPid(pid, 'SIGKILL');
    }
    await waitFor(() => report.killedPids.every((p) => !isAlive(p)), {
      timeoutMs: timeouts.leftoverExitMs,
      what: `leftover processes ${report.killedPids.join(' ')} to die`,
    }).catch((err: unknown) => errors.push((err as Error).message));
    for (const ns of namespaces) {
      report.deletedRuncContainers.push(...deleteRuncLeftovers(this.runcRoot, ns));
      // runc state in "default" may be a host containerd's: only an empty dir is removed there.
      if (ns === 'default') removeEmptyDir(join(containerdRuncRoot, ns));
      else report.deletedRuncContainers.push(...deleteRuncLeftovers(containerdRuncRoot, ns));
      removeNamespaceCgroups(ns);
    }
    for (const p of shimSocketsInBundles(this.state)) sockets.add(p);
    report.removedSockets = removeSockets([...sockets].filter((p) => !p.startsWith(`${this.dir}/`)));
    report.unmounted = mountsUnder(this.dir);
    unmountUnder(this.dir);
    this.#finalLogTail = this.logTail();
    removeTempDir(this.dir);
    if (errors.length > 0) throw new Error(`containerd teardown: ${errors.join('; ')}`);
    return report;
  }

  /** `ctr tasks kill -s SIGKILL` then `ctr tasks rm -f` for every task of every namespace. */
  async #removeAllTasks(namespaces: Set<string>): Promise<void> {
    const opts = { timeoutMs: timeouts.teardownCtrMs };
    const listed = await this.ctr(['namespaces', 'ls', '-q'], { ...opts, check: true });
    for (const ns of listed.stdout.split('\n').filter(Boolean)) namespaces.add(ns);
    for (const ns of namespaces) {
      const target = { ctrBinary: this.ctrBinary, address: this.address, namespace: ns };
      const tasks = await runCtr(target, ['tasks', 'ls', '-q'], { ...opts, check: true });
      for (const id of tasks.stdout.split('\n').filter(Boolean)) {
        await runCtr(target, ['tasks', 'kill', '-s', 'SIGKILL', id], opts);
        const rm = await runCtr(target, ['tasks', 'rm', '-f', id], opts);
        if (rm.exitCode !== 0 && !/not found/i.test(rm.stderr)) {
          throw new Error(`ctr -n ${ns} tasks rm -f ${id}: ${rm.stderr.trim()}`);
        }
      }
    }
  }

  #say(message: string): void {
    if (this.#t.diagnostic) this.#t.diagnostic(message);
    else process.stderr.write(`# ${message}\n`);
  }
}

/**
 * Starts a private containerd for test `t` (see ContainerdHarness); its teardown is registered with
 * `defer` (last in, first out: it runs before the removal of temp dirs made earlier in the test).
 * `ctr` must reach shims through containerd's PATH: pass `runtimes` or `extraPath` for shims that
 * are not installed system-wide.
 */
export async function startContainerd(
  t: HarnessTestContext,
  options: ContainerdOptions = {},
): Promise<ContainerdHarness> {
  const harness = new ContainerdHarness(t, options);
  await harness.start();
  return harness;
}
