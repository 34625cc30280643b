import type { Logger } from 'pino';
import type { LogFifo } from '../shims/log-fifo.js';
import type { ShimConnection } from '../shims/shim-connection.js';
import { Mutex } from '../util/mutex.js';
import type { ContainerRecord } from './container-record.js';

/**
 * A container as corrald holds it in memory: its record, the live connection to its shim, and a
 * lock that orders the operations on it (Start racing Stop racing an exit event). Everything that
 * changes the record goes through the store's save, under the lock.
 */
export class Container {
  record: ContainerRecord;
  readonly lock = new Mutex();
  readonly logger: Logger;
  shim: ShimConnection | undefined;
  /** containerd's shim logs into the bundle FIFO; we read it while it lives. */
  logFifo: LogFifo | undefined;
  /**
   * Set while its shim lives but does not answer (the container shows UNKNOWN with this message);
   * never written to the record, which keeps the last state the shim told.
   */
  unreachable: string | undefined;
  /** Set while this corrald's Start call is with the shim (its reply records the start). */
  starting = false;
  /** Set when Remove began: exit handling and reconnects leave the container alone. */
  removing = false;
  /** Aborted when the container goes away: ends Wait calls, log follows, exec streams. */
  readonly gone = new AbortController();
  #listeners = new Set<() => void>();

  constructor(record: ContainerRecord, logger: Logger) {
    this.record = record;
    this.logger = logger.child({ namespace: record.namespace, containerId: record.id });
  }

  get id(): string {
    return this.record.id;
  }
  get namespace(): string {
    return this.record.namespace;
  }
  get name(): string {
    return this.record.config.name;
  }
  get exited(): boolean {
    return this.record.state === 'exited';
  }
  /** A task that can run processes: created, running or paused, and not yet deleted. */
  get hasLiveTask(): boolean {
    return !this.record.taskDeleted && ['created', 'running', 'paused'].includes(this.record.state);
  }

  /** Tells everyone waiting on this container that its record changed. */
  notify(): void {
    for (const l of [...this.#listeners]) l();
  }

  /** Resolves once `predicate` holds (checked now and after every change), or false on timeout/abort. */
  async until(predicate: () => boolean, timeoutMs?: number, signal?: AbortSignal): Promise<boolean> {
    if (predicate()) return true;
    return new Promise<boolean>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const finish = (v: boolean) => {
        this.#listeners.delete(check);
        if (timer) clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.gone.signal.removeEventListener('abort', onAbort);
        resolve(v);
      };
      const check = () => {
        if (predicate()) finish(true);
      };
      const onAbort = () => finish(predicate());
      this.#listeners.add(check);
      if (timeoutMs !== undefined) timer = setTimeout(() => finish(predicate()), timeoutMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.gone.signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}
