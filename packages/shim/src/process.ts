import type { containerd } from '@corral/api/task';
import { CorralError, toTimestamp } from '@corral/api/task';
import type { ProcessSpec } from '@corral/runc';
import type { ProcessIo, StdioPaths } from './process-io.js';
import { CreatedState, type ProcessState } from './process-state.js';

/** How a process ended; exitStatus is the code, or 128 + signal (containerd's rule). */
export interface ProcessExit {
  pid: number;
  exitStatus: number;
  signal: number | null;
  /** ns since the epoch: the reap time. */
  exitedAt: bigint;
}

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * One process of a task: the init (execId '') or an exec. It holds what State reports and the
 * promises the event ordering hangs on: Wait resolves on exit; `started` resolves once the start
 * event is out (or start failed), and an exit event is never published before it.
 */
export class ShimProcess {
  pid = 0;
  /** /proc start time of `pid`: with the pid, it names the process (DESIGN rule 5). */
  startTime: bigint | undefined;
  state: ProcessState = new CreatedState();
  exit: ProcessExit | undefined;
  io: ProcessIo | undefined;
  /** An exec's OCI process, kept from Exec until its Start. */
  spec: ProcessSpec | undefined;
  /** A Start has been accepted; a second one waits for it instead of running runc again. */
  startBegun = false;
  /** markStartSettled() ran: the promise below has resolved (an exit may skip awaiting it). */
  startSettledNow = false;
  /** markExitPublished() ran. */
  exitPublishedNow = false;
  private readonly exited = deferred<ProcessExit>();
  private readonly startSettled = deferred<void>();
  private readonly exitSettled = deferred<void>();

  constructor(
    readonly containerId: string,
    readonly execId: string,
    readonly stdio: StdioPaths,
  ) {}

  get isInit(): boolean {
    return this.execId === '';
  }

  /** containerd's id for this process: the container id for the init, else the exec id. */
  get id(): string {
    return this.isInit ? this.containerId : this.execId;
  }

  /** Resolves when the process has exited (already exited: at once). Any number of waiters. */
  wait(): Promise<ProcessExit> {
    return this.exited.promise;
  }

  setExited(exit: ProcessExit): void {
    this.exit = exit;
    this.state = this.state.exited();
    this.exited.resolve(exit);
  }

  /** The start event is out, or the start failed: exit events of this process may go now. */
  markStartSettled(): void {
    this.startSettledNow = true;
    this.startSettled.resolve();
  }

  get startEventSettled(): Promise<void> {
    return this.startSettled.promise;
  }

  markExitPublished(): void {
    this.exitPublishedNow = true;
    this.exitSettled.resolve();
  }

  /** Resolves once this process's TaskExit has been handed to the outbox. */
  get exitEventPublished(): Promise<void> {
    return this.exitSettled.promise;
  }

  get running(): boolean {
    return this.exit === undefined && this.pid > 0;
  }

  stateResponse(bundle: string): containerd.task.v2.StateResponse.$Properties {
    return {
      id: this.id,
      bundle,
      pid: this.pid,
      status: this.state.status,
      stdin: this.stdio.stdin,
      stdout: this.stdio.stdout,
      stderr: this.stdio.stderr,
      terminal: this.stdio.terminal,
      exitStatus: this.exit?.exitStatus ?? 0,
      exitedAt: toTimestamp(this.exit?.exitedAt),
    };
  }

  /** Kill's precondition: a process that is gone is NotFound, one never started has nothing to signal. */
  assertSignalable(): void {
    if (this.exit !== undefined || !this.state.killable) {
      throw new CorralError('NotFound', 'process already finished');
    }
    if (this.pid === 0) throw new CorralError('FailedPrecondition', 'process not created');
  }
}
