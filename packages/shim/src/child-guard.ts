import { reapOrphans } from '@corral/sys';
import type { Logger } from 'pino';

/**
 * Keeps the orphan reaper off libuv's children. The shim is a subreaper, so processes orphaned in a
 * container that shares the host pid namespace land on it and must be reaped; but a blanket reap
 * would steal the exit of a runc or mount that libuv is waiting for. The reaper therefore runs only
 * while no child of ours is in flight, and never touches pids with a pending exit watch (the init
 * and execs, which @corral/sys skips itself). A reap that comes due while children run is deferred
 * until the last one returns.
 */
export class ChildGuard {
  private inFlight = 0;
  private sweepDue = false;

  constructor(private readonly logger: Logger) {}

  /** Runs `fn`, which spawns children (runc, mount), with orphan reaping held off. */
  async track<T>(fn: () => Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await fn();
    } finally {
      this.inFlight--;
      // Not now: the caller has yet to register the exit watch of the pid this call produced (an
      // exec that already exited is a zombie waiting for exactly that watch). Its continuation runs
      // as a microtask, before setImmediate.
      if (this.inFlight === 0 && this.sweepDue) setImmediate(() => this.sweep());
    }
  }

  /** SIGCHLD: reap orphans now, or as soon as no child of ours is running. */
  sweep(): void {
    if (this.inFlight > 0) {
      this.sweepDue = true;
      return;
    }
    this.sweepDue = false;
    try {
      for (const s of reapOrphans(() => true))
        this.logger.debug({ orphanPid: s.pid, status: s.status }, 'reaped orphan');
    } catch (err) {
      this.logger.warn({ err }, 'reaping orphans failed');
    }
  }
}
