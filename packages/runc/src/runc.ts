import { open, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  invoke,
  outputError,
  type CallOptions,
  type Completed,
  type Invocation,
  type RunnerConfig,
} from './command.js';
import { parseFeatures, type Features } from './features.js';
import { containerStdio, type ChildStdio } from './io.js';
import {
  checkpointArgs,
  criuArgs,
  globalArgs,
  startProcessArgs,
  type CheckpointOptions,
  type CreateOptions,
  type DeleteOptions,
  type ExecOptions,
  type KillOptions,
  type RestoreOptions,
  type RunOptions,
  type RuncOptions,
} from './options.js';
import { writeProcessFile, type ProcessSpec } from './process-spec.js';
import type { LinuxResources } from './resources.js';
import { readPidFile, withScratchDir } from './scratch-dir.js';
import { signalNumber, type SignalInput } from './signals.js';
import { parseList, parsePids, parseState, type ListEntry, type State } from './state.js';
import { parseStatsEvent, type Stats } from './stats.js';
import { parseVersion, type Version } from './version.js';

/** How a foreground process (or a detached one's start) ended. */
export interface ProcessResult {
  /** The process's exit status as runc reports it; a process killed by signal N gives 128+N. */
  exitCode: number;
  /** Host pid, when a pid file was asked for or the process was detached. */
  pid?: number;
  /** Captured output: only with io 'pipe' on a foreground process, '' otherwise. */
  stdout: string;
  stderr: string;
}

/**
 * A typed runc / crun command line, after containerd's go-runc: the binary is a parameter, global
 * flags come before every subcommand, and each call takes an AbortSignal and a timeout. Every
 * failure is a RuncError carrying runc's own message from its `--log` file.
 */
export class Runc {
  readonly command: string;
  readonly root: string | undefined;
  readonly log: string | undefined;
  private readonly config: RunnerConfig;
  private readonly tmpDir: string;

  constructor(options: RuncOptions = {}) {
    const log = options.log === undefined ? undefined : resolve(options.log);
    const root = options.root === undefined ? undefined : resolve(options.root);
    this.command = options.command ?? 'runc';
    this.root = root;
    this.log = log;
    this.tmpDir = options.tmpDir ?? tmpdir();
    const normalized = { ...options, log, root };
    this.config = {
      command: this.command,
      globalArgs: globalArgs(normalized),
      log,
      logFormat: options.logFormat ?? 'text',
      timeoutMs: options.timeoutMs,
    };
  }

  /** `runc create`: set the container up, stopped before the user process; returns the init pid. */
  async create(id: string, o: CreateOptions): Promise<number> {
    checkId(id);
    const stdio = containerStdio(o.io, o.extraFiles, { allowPipe: false });
    return this.withPidFile(o.pidFile, async (pidFile) => {
      const inv: Invocation = {
        subcommand: 'create',
        args: ['create', '--bundle', resolve(o.bundle), ...startProcessArgs({ ...o, pidFile }), id],
        stdio,
      };
      const done = await invoke(this.config, inv, o);
      return this.pidFrom(pidFile, inv, done);
    });
  }

  /** `runc start`: run the user process of a created container. */
  async start(id: string, o: CallOptions = {}): Promise<void> {
    await this.simple('start', [checkId(id)], o);
  }

  /**
   * `runc run`: create + start (+ wait + delete unless `detach`). Without `detach` it resolves when
   * the container exits, with its exit status; a non-zero status is a result, not an error, unless
   * runc logged an error (which needs `log`).
   */
  async run(id: string, o: RunOptions): Promise<ProcessResult> {
    checkId(id);
    const stdio = containerStdio(o.io, o.extraFiles, { allowPipe: !o.detach });
    const go = async (pf: string | undefined): Promise<ProcessResult> => {
      const args = ['run', '--bundle', resolve(o.bundle), ...startProcessArgs({ ...o, pidFile: pf }), id];
      const inv: Invocation = { subcommand: 'run', args, stdio, foreground: !o.detach };
      return this.processResult(pf, inv, await invoke(this.config, inv, o));
    };
    return o.detach || o.pidFile !== undefined ? this.withPidFile(o.pidFile, go) : go(undefined);
  }

  /** `runc state`. */
  async state(id: string, o: CallOptions = {}): Promise<State> {
    return this.json('state', ['state', checkId(id)], parseState, o);
  }

  /** `runc list --format json`: every container under the root. */
  async list(o: CallOptions = {}): Promise<ListEntry[]> {
    return this.json('list', ['list', '--format', 'json'], parseList, o);
  }

  /** `runc kill`: signal the init process (or, with `all`, every process). SIGTERM by default. */
  async kill(id: string, signal: SignalInput = 'SIGTERM', o: KillOptions = {}): Promise<void> {
    const sig = String(signalNumber(signal));
    await this.simple('kill', [...(o.all ? ['--all'] : []), checkId(id), sig], o);
  }

  /** `runc delete`: remove a stopped (or, with `force`, any) container's state and cgroup. */
  async delete(id: string, o: DeleteOptions = {}): Promise<void> {
    await this.simple('delete', [...(o.force ? ['--force'] : []), checkId(id)], o);
  }

  /** `runc pause`: freeze every process in the container. */
  async pause(id: string, o: CallOptions = {}): Promise<void> {
    await this.simple('pause', [checkId(id)], o);
  }

  /** `runc resume`: thaw a paused container. */
  async resume(id: string, o: CallOptions = {}): Promise<void> {
    await this.simple('resume', [checkId(id)], o);
  }

  /**
   * `runc exec --process <spec file>`: an extra process in a running container. The spec is written
   * to a private temp file for the call. With `detach` it resolves once the process runs (exitCode
   * 0, pid set); otherwise when it exits, with its status.
   */
  async exec(id: string, spec: ProcessSpec, o: ExecOptions = {}): Promise<ProcessResult> {
    checkId(id);
    const stdio = containerStdio(o.io, o.extraFiles, { allowPipe: !o.detach });
    return withScratchDir(this.tmpDir, async (dir) => {
      const processFile = await writeProcessFile(dir, spec);
      const pidFile = o.pidFile ?? (o.detach ? join(dir, 'exec.pid') : undefined);
      const args = ['exec', '--process', processFile, ...startProcessArgs({ ...o, pidFile }), id];
      const inv: Invocation = { subcommand: 'exec', args, stdio, foreground: !o.detach };
      const done = await invoke(this.config, inv, o);
      return this.processResult(pidFile, inv, done);
    });
  }

  /** `runc ps --format json`: host pids of the container's processes. */
  async ps(id: string, o: CallOptions = {}): Promise<number[]> {
    return this.json('ps', ['ps', '--format', 'json', checkId(id)], parsePids, o);
  }

  /** `runc events --stats`: one cgroup stats sample. crun 1.8 has no `events` (isUnsupportedError). */
  async stats(id: string, o: CallOptions = {}): Promise<Stats> {
    return this.json('events', ['events', '--stats', checkId(id)], parseStatsEvent, o);
  }

  /**
   * `runc update --resources -`: new cgroup limits, as JSON on stdin. The stdin is a file, not a
   * pipe: crun reads `-` by opening /dev/stdin, which fails with ENXIO on the socketpair Node
   * gives a child for 'pipe'; a regular file works for both runtimes.
   */
  async update(id: string, resources: LinuxResources, o: CallOptions = {}): Promise<void> {
    checkId(id);
    await withScratchDir(this.tmpDir, async (dir) => {
      const file = join(dir, 'resources.json');
      await writeFile(file, JSON.stringify(resources), { mode: 0o600 });
      const stdin = await open(file, 'r');
      try {
        const stdio: ChildStdio = [stdin.fd, 'pipe', 'pipe'];
        await invoke(
          this.config,
          { subcommand: 'update', args: ['update', '--resources', '-', id], stdio },
          o,
        );
      } finally {
        await stdin.close();
      }
    });
  }

  /** `runc checkpoint` through CRIU. */
  async checkpoint(id: string, o: CheckpointOptions = {}): Promise<void> {
    await this.simple('checkpoint', [...checkpointArgs(o), checkId(id)], o);
  }

  /** `runc restore`: like `run`, from a checkpoint image. */
  async restore(id: string, o: RestoreOptions): Promise<ProcessResult> {
    checkId(id);
    const stdio = containerStdio(o.io, o.extraFiles, { allowPipe: !o.detach });
    const go = async (pf: string | undefined): Promise<ProcessResult> => {
      const args = [
        'restore',
        ...criuArgs(o),
        ...startProcessArgs({ ...o, pidFile: pf }),
        '--bundle',
        resolve(o.bundle),
        id,
      ];
      const inv: Invocation = { subcommand: 'restore', args, stdio, foreground: !o.detach };
      return this.processResult(pf, inv, await invoke(this.config, inv, o));
    };
    return o.detach || o.pidFile !== undefined ? this.withPidFile(o.pidFile, go) : go(undefined);
  }

  /** `runc features`. Absent from crun 1.8 and runc < 1.1: a RuncError that isUnsupportedError accepts. */
  async features(o: CallOptions = {}): Promise<Features> {
    return this.json('features', ['features'], parseFeatures, o);
  }

  /** `runc --version`, parsed (runc's and crun's formats). */
  async version(o: CallOptions = {}): Promise<Version> {
    return this.json('version', ['--version'], parseVersion, o);
  }

  private async simple(subcommand: string, rest: string[], o: CallOptions): Promise<Completed> {
    return invoke(this.config, { subcommand, args: [subcommand, ...rest] }, o);
  }

  private async json<T>(
    subcommand: string,
    args: string[],
    parse: (text: string) => T,
    o: CallOptions,
  ): Promise<T> {
    const inv: Invocation = { subcommand, args };
    const done = await invoke(this.config, inv, o);
    try {
      return parse(done.stdout);
    } catch (err) {
      throw outputError(this.config, inv, done, err);
    }
  }

  /** Run `fn` with the caller's pid file, or a scratch one removed afterwards. */
  private async withPidFile<T>(given: string | undefined, fn: (pidFile: string) => Promise<T>): Promise<T> {
    if (given !== undefined) return fn(given);
    return withScratchDir(this.tmpDir, (dir) => fn(join(dir, 'init.pid')));
  }

  private async pidFrom(pidFile: string, inv: Invocation, done: Completed): Promise<number> {
    try {
      return await readPidFile(resolve(pidFile));
    } catch (err) {
      throw outputError(this.config, inv, done, err);
    }
  }

  private async processResult(
    pidFile: string | undefined,
    inv: Invocation,
    done: Completed,
  ): Promise<ProcessResult> {
    const result: ProcessResult = { exitCode: done.exitCode, stdout: done.stdout, stderr: done.stderr };
    if (pidFile === undefined) return result;
    // A foreground process that failed to start has no pid file; its exit status says enough.
    const pid = inv.foreground
      ? await readPidFile(resolve(pidFile)).catch(() => undefined)
      : await this.pidFrom(pidFile, inv, done);
    if (pid !== undefined) result.pid = pid;
    return result;
  }
}

/** An id that begins with "-" would be read as a flag; an empty one as a missing argument. */
function checkId(id: string): string {
  if (id === '' || id.startsWith('-')) throw new TypeError(`invalid container id ${JSON.stringify(id)}`);
  return id;
}
