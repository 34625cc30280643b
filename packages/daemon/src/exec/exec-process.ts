import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { bundleFiles, CorralError, packJsonAny, typeUrls } from '@corral/api';
import type { Container } from '../containers/container.js';
import type { DaemonContext } from '../context.js';
import type { ShimConnection } from '../shims/shim-connection.js';
import { execProcessSpec } from '../spec/oci-spec.js';
import { liveShim } from '../tasks/live-task.js';
import { timeouts } from '../timeouts.js';
import { makeFifos, openFifoReader, openFifoWriter } from '../util/fifo.js';
import { descendantsOf, holdersOf, inodeKey, killAll, pidNamespaceOf } from './process-scan.js';

export interface ExecOptions {
  args: string[];
  env: [string, string][];
  cwd: string;
  tty: boolean;
  stdin: boolean;
}

export interface ExecExit {
  exitStatus: number;
}

/** Where the stdio FIFOs of a container's execs live (`<id>.out|.err|.in`). */
export function execFifoDir(bundle: string): string {
  return join(bundle, 'execs');
}

/**
 * One process exec'd in a container through its shim, with FIFOs under `<bundle>/execs/` for its
 * stdio (the shim opens them by path; corrald reads and writes the other ends). Wait is sent before
 * Start, as containerd does, so no exit can be missed.
 */
export class ExecProcess {
  readonly execId = `exec-${randomBytes(6).toString('hex')}`;
  stdout: Socket | undefined;
  stderr: Socket | undefined;
  stdin: Socket | undefined;
  pid = 0;
  exit: Promise<ExecExit> | undefined;
  private readonly paths: string[] = [];
  private readonly holds: (() => Promise<void>)[] = [];
  private readonly conn: ShimConnection;

  private constructor(
    private readonly ctx: DaemonContext,
    readonly container: Container,
  ) {
    this.conn = liveShim(container, 'exec in');
  }

  static async start(
    ctx: DaemonContext,
    c: Container,
    o: ExecOptions,
    signal?: AbortSignal,
  ): Promise<ExecProcess> {
    if (c.record.state !== 'running') {
      throw new CorralError(
        'FailedPrecondition',
        `exec in ${c.id}: the container is ${c.record.state}, not running`,
      );
    }
    if (o.args.length === 0) throw new CorralError('InvalidArgument', 'exec needs a command');
    const p = new ExecProcess(ctx, c);
    try {
      await p.run(o, signal);
      return p;
    } catch (err) {
      await p.cleanup();
      throw err;
    }
  }

  private async run(o: ExecOptions, signal?: AbortSignal): Promise<void> {
    const { ctx, container: c, conn } = this;
    const bundle = ctx.layout.bundle(c.namespace, c.id);
    const dir = execFifoDir(bundle);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const out = join(dir, `${this.execId}.out`);
    const err = o.tty ? '' : join(dir, `${this.execId}.err`);
    const inp = o.stdin ? join(dir, `${this.execId}.in`) : '';
    const fifos = [out, err, inp].filter(Boolean);
    await makeFifos(fifos);
    this.paths.push(...fifos);
    const outR = await openFifoReader(out);
    this.stdout = outR.stream;
    this.holds.push(outR.releaseHold);
    if (err) {
      const errR = await openFifoReader(err);
      this.stderr = errR.stream;
      this.holds.push(errR.releaseHold);
    }
    if (inp) this.stdin = await openFifoWriter(inp);
    const config = JSON.parse(await readFile(join(bundle, bundleFiles.config), 'utf8')) as {
      process?: Record<string, unknown>;
    };
    const spec = execProcessSpec(config.process ?? {}, { args: o.args, env: o.env, cwd: o.cwd, tty: o.tty });
    await conn.task.exec(
      {
        id: c.id,
        execId: this.execId,
        terminal: o.tty,
        stdin: inp,
        stdout: out,
        stderr: err,
        spec: packJsonAny(typeUrls.OciProcess, spec),
      },
      conn.opts(),
    );
    await ctx.failpoints?.hit('exec.after-register', { containerId: c.id, execId: this.execId });
    this.exit = conn.task.wait({ id: c.id, execId: this.execId }, conn.optsNoDeadline(signal)).then((w) => ({
      exitStatus: w.exitStatus ?? 0,
    }));
    this.exit.catch(() => undefined);
    const started = await conn.task.start({ id: c.id, execId: this.execId }, conn.opts(timeouts.shimStartMs));
    this.pid = started.pid ?? 0;
    await ctx.failpoints?.hit('exec.after-start', { containerId: c.id, execId: this.execId });
    // The process holds the write ends now: EOF comes when it (and whatever inherited them) is done.
    for (const release of this.holds.splice(0)) await release();
  }

  /**
   * Kills the exec, everything below it, and every process of the container that holds its
   * stdout/stderr (a background child reparented away still counts), each by pidfd + start time.
   */
  async killTree(): Promise<number> {
    const c = this.container;
    const pidNs = pidNamespaceOf(this.pid);
    const inodes = new Set<string>();
    for (const p of this.paths) {
      const k = inodeKey(p);
      if (k) inodes.add(k);
    }
    // containerd's shim copies through pipes: the pipes the process writes to count too.
    for (const fd of [1, 2]) {
      const k = inodeKey(`/proc/${this.pid}/fd/${fd}`);
      if (k) inodes.add(k);
    }
    const targets = this.pid > 0 ? descendantsOf(this.pid) : [];
    if (pidNs) targets.push(...holdersOf(inodes, pidNs));
    await this.conn.task
      .kill({ id: c.id, execId: this.execId, signal: 9 }, this.conn.opts())
      .catch(() => undefined);
    return killAll(targets);
  }

  /** Forgets the exec in the shim and removes its FIFOs. Safe to call more than once. */
  async cleanup(): Promise<void> {
    for (const release of this.holds.splice(0)) await release();
    this.stdin?.destroy();
    this.stdout?.destroy();
    this.stderr?.destroy();
    if (this.exit) {
      await this.conn.task
        .delete({ id: this.container.id, execId: this.execId }, this.conn.opts())
        .catch(() => undefined);
    }
    for (const p of this.paths.splice(0)) await rm(p, { force: true });
  }
}
