import { CorralError, containerd } from '@corral/api/task';

const Status = containerd.v1.types.Status;
export type StatusValue = containerd.v1.types.Status;

/**
 * A process's lifecycle as small state classes (containerd's pkg/process states): each says which
 * transitions it allows; anything else is FailedPrecondition naming the state.
 */
export abstract class ProcessState {
  abstract readonly name: string;
  abstract readonly status: StatusValue;
  start(): ProcessState {
    return this.refuse('start');
  }
  pause(): ProcessState {
    return this.refuse('pause');
  }
  resume(): ProcessState {
    return this.refuse('resume');
  }
  exited(): ProcessState {
    return this.refuse('exit');
  }
  delete(): ProcessState {
    return this.refuse('delete');
  }
  /** Whether signals may be delivered. */
  get killable(): boolean {
    return true;
  }
  protected refuse(op: string): never {
    throw new CorralError('FailedPrecondition', `cannot ${op} a ${this.name} process`);
  }
}

export class CreatedState extends ProcessState {
  readonly name = 'created';
  readonly status = Status.CREATED;
  override start(): ProcessState {
    return new RunningState();
  }
  override exited(): ProcessState {
    return new StoppedState();
  }
  override delete(): ProcessState {
    return new DeletedState();
  }
}

export class RunningState extends ProcessState {
  readonly name = 'running';
  readonly status = Status.RUNNING;
  override pause(): ProcessState {
    return new PausedState();
  }
  override exited(): ProcessState {
    return new StoppedState();
  }
  override delete(): ProcessState {
    // containerd's wording, which its clients match on.
    throw new CorralError('FailedPrecondition', 'cannot delete a running process');
  }
}

export class PausedState extends ProcessState {
  readonly name = 'paused';
  readonly status = Status.PAUSED;
  override resume(): ProcessState {
    return new RunningState();
  }
  override exited(): ProcessState {
    return new StoppedState();
  }
  override delete(): ProcessState {
    throw new CorralError('FailedPrecondition', 'cannot delete a paused process');
  }
}

export class StoppedState extends ProcessState {
  readonly name = 'stopped';
  readonly status = Status.STOPPED;
  override delete(): ProcessState {
    return new DeletedState();
  }
  override exited(): ProcessState {
    return this;
  }
  override get killable(): boolean {
    return false;
  }
}

export class DeletedState extends ProcessState {
  readonly name = 'deleted';
  readonly status = Status.STOPPED;
  override exited(): ProcessState {
    return this;
  }
  override get killable(): boolean {
    return false;
  }
}
