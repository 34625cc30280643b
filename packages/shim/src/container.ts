import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  bundleFiles,
  containerd,
  CorralError,
  exitRecordJson,
  type ExitRecord,
  nowNanos,
  toTimestamp,
  topics,
  typeUrls,
  unpackJsonAny,
  validateIdentifier,
} from '@corral/api/task';
import type { ProcessSpec, Runc } from '@corral/runc';
import { openProcess, setWinsize, watchExit, type ExitStatus } from '@corral/sys';
import type { Logger } from 'pino';
import { type CgroupPaths, cgroupPathsOf } from './cgroups.js';
import { checkpointError, criuDumpLog } from './checkpoint-error.js';
import type { CriLogWriter } from '@corral/api/cri-log';
import { writeExitRecord } from './exit-record.js';
import { unmountAll } from './mounts.js';
import { type BundleConfig, shimAnnotations } from './oci-config.js';
import { OomMonitor } from './oom-monitor.js';
import { type ProcessExit, ShimProcess } from './process.js';
import type { StdioPaths } from './process-io.js';
import { startExecProcess } from './exec-start.js';
import { runtimeError } from './runtime-errors.js';
import type { ShimContext } from './shim-context.js';
import { cgroupMetrics, processInfos } from './task-info.js';
import { timeouts } from './timeouts.js';
import { withTimeout } from './with-timeout.js';

const E = containerd.events;

export interface ContainerInit {
  id: string;
  bundle: string;
  runc: Runc;
  config: BundleConfig;
  rootfsMounted: boolean;
  criLog: CriLogWriter | undefined;
  ctx: ShimContext;
}

/**
 * One container this shim owns: its init process, its execs, and the order in which their events
 * leave (spec §4.10): a start event before the exit of the same process, every exec's exit before
 * the init's, and the exit record on disk before Wait is released or TaskExit is published.
 */
export class Container {
  readonly id: string;
  readonly bundle: string;
  readonly init: ShimProcess;
  readonly execs = new Map<string, ShimProcess>();
  private readonly runc: Runc;
  private readonly config: BundleConfig;
  private readonly rootfsMounted: boolean;
  readonly criLog: CriLogWriter | undefined;
  private readonly ctx: ShimContext;
  readonly logger: Logger;
  private oom: OomMonitor | undefined;
  private cgroups: CgroupPaths | undefined;
  private oomEvents = 0;
  /** Create failed after runc create: the init's exit is nobody's news. */
  private abandoned = false;

  constructor(c: ContainerInit, init: ShimProcess) {
    this.id = c.id;
    this.bundle = c.bundle;
    this.runc = c.runc;
    this.config = c.config;
    this.rootfsMounted = c.rootfsMounted;
    this.criLog = c.criLog;
    this.ctx = c.ctx;
    this.logger = c.ctx.logger.child({ containerId: c.id });
    this.init = init;
  }

  /**
   * Begins watching the init (right after runc create): its exit may come at any time from now on.
   * The OOM watch starts here too, before the user process runs (containerd waits for Start): a
   * process that blows its limit at once is still seen, and the kill counter's baseline predates it.
   */
  watchInit(pid: number, startTime: bigint | undefined): void {
    this.init.pid = pid;
    this.init.startTime = startTime;
    this.cgroups = cgroupPathsOf(pid);
    this.watch(this.init, pid);
    this.startOomMonitor();
  }

  /** Create is being rolled back (runc delete follows): no exit record, no event, no watch left. */
  abandon(): void {
    this.abandoned = true;
    this.oom?.stop();
  }

  process(execId: string): ShimProcess {
    if (!execId) return this.init;
    const p = this.execs.get(execId);
    if (!p) throw new CorralError('NotFound', `process does not exist ${execId}`);
    return p;
  }

  async start(execId: string): Promise<number> {
    const p = this.process(execId);
    if (p.startBegun) {
      // A concurrent Start: like containerd's per-process lock, answer once the first has settled,
      // from the state it left, instead of racing it to a second `runc start`.
      await p.startEventSettled;
      p.state.start(); // throws FailedPrecondition: running, stopped or deleted by now
      throw new CorralError('FailedPrecondition', `an earlier start of ${p.id} failed`);
    }
    p.state.start(); // throws FailedPrecondition unless created
    p.startBegun = true;
    return execId ? this.startExec(p) : this.startInit();
  }

  private async startInit(): Promise<number> {
    const p = this.init;
    try {
      await this.ctx.children.track(() => this.runc.start(this.id));
      if (p.exit === undefined) p.state = p.state.start();
      this.ctx.publisher.publish(topics.taskStart, typeUrls.TaskStart, E.TaskStart, {
        containerId: this.id,
        pid: p.pid,
      });
    } catch (err) {
      throw runtimeError('start', err);
    } finally {
      p.markStartSettled();
    }
    return p.pid;
  }

  private async startExec(p: ShimProcess): Promise<number> {
    if (this.init.exit !== undefined) {
      p.markStartSettled();
      throw new CorralError(
        'FailedPrecondition',
        `container ${this.id} is not running: its init process has exited`,
      );
    }
    try {
      const pid = await startExecProcess(
        {
          containerId: this.id,
          bundle: this.bundle,
          runc: this.runc,
          children: this.ctx.children,
        },
        p,
        (execPid) => this.watch(p, execPid),
      );
      if (p.exit === undefined) p.state = p.state.start();
      this.ctx.publisher.publish(topics.taskExecStarted, typeUrls.TaskExecStarted, E.TaskExecStarted, {
        containerId: this.id,
        execId: p.execId,
        pid,
      });
      return pid;
    } catch (err) {
      throw runtimeError('exec', err);
    } finally {
      p.markStartSettled();
    }
  }

  addExec(execId: string, stdio: StdioPaths, specAny: Parameters<typeof unpackJsonAny>[0]): void {
    validateIdentifier(execId, 'exec id');
    if (this.execs.has(execId)) throw new CorralError('AlreadyExists', `id ${execId}`);
    if (this.init.exit !== undefined) {
      throw new CorralError(
        'FailedPrecondition',
        `container ${this.id} is not running: its init process has exited`,
      );
    }
    const spec = unpackJsonAny(specAny, typeUrls.OciProcess) as ProcessSpec | null;
    if (spec === null || typeof spec !== 'object' || !Array.isArray(spec.args) || spec.args.length === 0) {
      throw new CorralError('InvalidArgument', `exec ${execId}: the process spec needs args`);
    }
    const p = new ShimProcess(this.id, execId, stdio);
    p.spec = { ...spec, terminal: stdio.terminal };
    this.execs.set(execId, p);
    this.ctx.publisher.publish(topics.taskExecAdded, typeUrls.TaskExecAdded, E.TaskExecAdded, {
      containerId: this.id,
      execId,
    });
  }

  async kill(execId: string, signal: number, all: boolean): Promise<void> {
    const p = this.process(execId);
    p.assertSignalable();
    if (p.isInit) {
      // runc checks the init's start time itself; and an unreaped init cannot lose its pid.
      await this.ctx.children
        .track(() => this.runc.kill(this.id, signal, { all }))
        .catch((err: unknown) => {
          throw runtimeError('kill', err, 'NotFound');
        });
      return;
    }
    // An exec is signalled through a pidfd opened against its recorded start time: never a recycled pid.
    let handle;
    try {
      handle = openProcess(p.pid, p.startTime);
    } catch (cause) {
      throw new CorralError('NotFound', 'process already finished', { cause });
    }
    try {
      handle.signal(signal);
    } finally {
      handle.close();
    }
  }

  async pause(): Promise<void> {
    const next = this.init.state.pause();
    await this.ctx.children
      .track(() => this.runc.pause(this.id))
      .catch((err: unknown) => {
        throw runtimeError('pause', err);
      });
    this.init.state = next;
    this.ctx.publisher.publish(topics.taskPaused, typeUrls.TaskPaused, E.TaskPaused, {
      containerId: this.id,
    });
  }

  async resume(): Promise<void> {
    const next = this.init.state.resume();
    await this.ctx.children
      .track(() => this.runc.resume(this.id))
      .catch((err: unknown) => {
        throw runtimeError('resume', err);
      });
    this.init.state = next;
    this.ctx.publisher.publish(topics.taskResumed, typeUrls.TaskResumed, E.TaskResumed, {
      containerId: this.id,
    });
  }

  async pids(): Promise<containerd.v1.types.ProcessInfo.$Properties[]> {
    const pids = await this.ctx.children
      .track(() => this.runc.ps(this.id))
      .catch((err: unknown) => {
        throw runtimeError('ps', err);
      });
    return processInfos(pids, this.execs.values());
  }

  stats(): ReturnType<typeof cgroupMetrics> {
    const paths =
      this.init.pid > 0 && this.init.exit === undefined
        ? (cgroupPathsOf(this.init.pid) ?? this.cgroups)
        : undefined;
    if (!paths) throw new CorralError('NotFound', 'cgroup does not exist');
    return cgroupMetrics(paths);
  }

  async update(
    resources: Parameters<typeof unpackJsonAny>[0] | undefined,
    annotations: Record<string, string>,
  ): Promise<void> {
    if (annotations[shimAnnotations.reopenLog] !== undefined) {
      if (!this.criLog)
        throw new CorralError('FailedPrecondition', `container ${this.id} has no CRI log to reopen`);
      this.criLog.reopen();
    }
    if (!resources?.type_url) return;
    const res = unpackJsonAny(resources, typeUrls.OciLinuxResources);
    if (res === null || typeof res !== 'object')
      throw new CorralError('InvalidArgument', 'resources must be a JSON object');
    await this.ctx.children
      .track(() => this.runc.update(this.id, res))
      .catch((err: unknown) => {
        throw runtimeError('update', err);
      });
  }

  resizePty(execId: string, width: number, height: number): void {
    const fd = this.process(execId).io?.ptyFd;
    if (fd !== undefined) setWinsize(fd, { rows: height, cols: width });
  }

  closeIO(execId: string): void {
    this.process(execId).io?.closeStdin();
  }

  async checkpoint(path: string, exit: boolean, workPath: string): Promise<void> {
    if (!path) throw new CorralError('InvalidArgument', 'checkpoint needs an image path');
    await this.ctx.children
      .track(() =>
        this.runc.checkpoint(this.id, {
          imagePath: path,
          workPath: workPath || undefined,
          leaveRunning: !exit,
        }),
      )
      .catch((err: unknown) => {
        throw checkpointError(err, join(workPath || path, criuDumpLog));
      });
    this.ctx.publisher.publish(topics.taskCheckpointed, typeUrls.TaskCheckpointed, E.TaskCheckpointed, {
      containerId: this.id,
      checkpoint: path,
    });
  }

  /** Delete of an exec: it must not be running; it is forgotten and its TaskDelete published. */
  deleteExec(execId: string): containerd.task.v2.DeleteResponse.$Properties {
    const p = this.process(execId);
    p.state = p.state.delete();
    this.execs.delete(execId);
    void p.io?.close(0);
    const reply = {
      pid: p.pid,
      exitStatus: p.exit?.exitStatus ?? 0,
      exitedAt: toTimestamp(p.exit?.exitedAt),
    };
    this.ctx.publisher.publish(topics.taskDelete, typeUrls.TaskDelete, E.TaskDelete, {
      containerId: this.id,
      ...reply,
      id: execId,
    });
    return reply;
  }

  /** Delete of the init: runc delete, drain and close stdio, unmount, TaskDelete. */
  async deleteInit(): Promise<containerd.task.v2.DeleteResponse.$Properties> {
    const p = this.init;
    const next = p.state.delete();
    // A created init that was never started has no start event to wait for: without this its exit
    // (runc delete kills it) would wait for a TaskStart that never comes, and Delete would sit out
    // the whole drain timeout.
    if (p.state.name === 'created') p.markStartSettled();
    await this.ctx.children
      .track(() => this.runc.delete(this.id, { force: p.exit === undefined }))
      .catch((err: unknown) => {
        throw runtimeError('delete', err);
      });
    // A created init that runc just killed: its exit is reaped and published before the delete.
    if (p.pid > 0) await withTimeout(p.exitEventPublished, timeouts.ioDrainMs);
    p.state = next;
    this.oom?.stop();
    await Promise.all([
      p.io?.close(timeouts.ioDrainMs),
      ...[...this.execs.values()].map((e) => e.io?.close(0)),
    ]);
    this.criLog?.close();
    if (this.rootfsMounted)
      await this.ctx.children.track(() => unmountAll(join(this.bundle, bundleFiles.rootfs)));
    rmSync(join(this.bundle, bundleFiles.exit), { force: true });
    this.ctx.publisher.forgetExit(this.id);
    const reply = {
      pid: p.pid,
      exitStatus: p.exit?.exitStatus ?? 0,
      exitedAt: toTimestamp(p.exit?.exitedAt),
    };
    this.ctx.publisher.publish(topics.taskDelete, typeUrls.TaskDelete, E.TaskDelete, {
      containerId: this.id,
      ...reply,
    });
    return reply;
  }

  private startOomMonitor(): void {
    if (!this.cgroups || this.oom) return;
    try {
      this.oom = new OomMonitor(this.cgroups, () => {
        this.oomEvents++;
        this.ctx.publisher.publish(topics.taskOOM, typeUrls.TaskOOM, E.TaskOOM, { containerId: this.id });
      });
    } catch (err) {
      this.logger.warn({ err }, 'cannot watch the memory cgroup for OOM kills');
    }
  }

  private watch(p: ShimProcess, pid: number): void {
    watchExit(pid, { ref: false }).then(
      (status) => this.onExit(p, status),
      (err: unknown) => {
        // Its exit status is lost (reaped elsewhere): say so, with containerd's "unknown" 255, rather
        // than leave every Wait hanging.
        this.logger.error(
          { err, execId: p.execId || undefined, processPid: pid },
          'cannot watch process exit',
        );
        this.onExit(p, { pid, exitCode: null, signal: null, status: 255, reapedAt: nowNanos() });
      },
    );
  }

  private onExit(p: ShimProcess, s: ExitStatus): void {
    if (this.abandoned) return;
    const exit: ProcessExit = { pid: s.pid, exitStatus: s.status, signal: s.signal, exitedAt: s.reapedAt };
    this.logger.info(
      { execId: p.execId || undefined, processPid: s.pid, exitStatus: s.status },
      'process exited',
    );
    const done = p.isInit ? this.onInitExit(p, exit) : this.onExecExit(p, exit);
    done.catch((err: unknown) => this.logger.error({ err }, 'handling process exit failed'));
  }

  private async onExecExit(p: ShimProcess, exit: ProcessExit): Promise<void> {
    p.setExited(exit);
    await p.startEventSettled;
    this.publishExit(p, exit);
  }

  private async onInitExit(p: ShimProcess, exit: ProcessExit): Promise<void> {
    if (!this.config.privatePidNamespace) {
      // Its processes do not die with it when the pid namespace is shared (containerd does the same).
      await this.ctx.children
        .track(() => this.runc.kill(this.id, 'SIGKILL', { all: true }))
        .catch(() => undefined);
    }
    const oomKilled = (this.oom?.oomKillsSinceStart() ?? 0n) > 0n || this.oomEvents > 0;
    const record: ExitRecord = { ...exit, oomKilled };
    // Execs die with the init (their pid namespace ends); their exits go first (containerd ≥ 1.6.29).
    const running = [...this.execs.values()].filter((e) => e.pid > 0 && !e.exitPublishedNow);
    if (p.startSettledNow && running.length === 0) {
      // DESIGN rule 2 with one durable write, on the path every subscriber waits on: the outbox
      // line of /tasks/exit carries the record and is fsync'd before anything leaves. The `exit`
      // file goes first as an unsynced copy (a killed shim cannot lose it; after a power loss
      // readers fall back to the outbox line). All synchronous: Forward leaves first, then Wait.
      writeExitRecord(this.bundle, record, { durable: false });
      this.publishExit(p, exit, record);
      p.setExited(exit);
      return;
    }
    // The event must wait: the record is made durable on its own before anyone can learn of the exit.
    writeExitRecord(this.bundle, record, { durable: true });
    p.setExited(exit);
    await p.startEventSettled;
    await withTimeout(Promise.all(running.map((e) => e.exitEventPublished)), timeouts.execExitsBeforeInitMs);
    this.publishExit(p, exit, record);
  }

  private publishExit(p: ShimProcess, exit: ProcessExit, record?: ExitRecord): void {
    this.ctx.publisher.publish(
      topics.taskExit,
      typeUrls.TaskExit,
      E.TaskExit,
      {
        containerId: this.id,
        id: p.id,
        pid: exit.pid,
        exitStatus: exit.exitStatus,
        exitedAt: toTimestamp(exit.exitedAt),
      },
      record && exitRecordJson(record, this.id),
    );
    p.markExitPublished();
  }
}
