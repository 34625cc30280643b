import type { Container } from '../containers/container.js';
import { publishContainerUpdate } from '../containers/container-events.js';
import type { DaemonContext } from '../context.js';
import { nowString } from '../util/time.js';
import { readShimExitRecord } from './exit-record.js';

export interface LearnedExit {
  exitStatus: number;
  /** ns since the epoch; now when unknown. */
  exitedAt?: bigint;
  oomKilled?: boolean;
  /** Overrides the reason derived from the status (ShimDied). */
  reason?: string;
  message?: string;
}

/** CRI's reasons: OOMKilled, Completed (0), Error (anything else). */
export function exitReason(exitCode: number, oomKilled: boolean): string {
  if (oomKilled) return 'OOMKilled';
  return exitCode === 0 ? 'Completed' : 'Error';
}

/**
 * Records that the container's init exited. Every path that learns an exit ends here (Wait
 * returning, /tasks/exit, a dead shim found, start-up recovery), so it is idempotent: the first
 * one wins and the record is changed synchronously before anything awaits, so no operation can
 * slip a stale state in between. The exit record of corral-shim adds oomKilled.
 */
export async function learnExit(ctx: DaemonContext, c: Container, exit: LearnedExit): Promise<boolean> {
  // Removal ends the task itself (a created init killed by runc delete exits, too).
  if (c.record.state === 'exited' || c.removing) return false;
  const fromShim = readShimExitRecord(ctx.layout.bundle(c.namespace, c.id));
  const oomKilled = exit.oomKilled === true || fromShim?.oomKilled === true || c.record.oomKilled;
  const r = c.record;
  r.state = 'exited';
  r.exitCode = exit.exitStatus;
  r.finishedAt = (exit.exitedAt ?? fromShim?.exitedAt)?.toString() ?? nowString();
  r.oomKilled = oomKilled;
  r.reason = exit.reason ?? exitReason(exit.exitStatus, oomKilled);
  r.message = exit.message ?? '';
  delete r.stopDeadline;
  c.logger.info({ exitCode: r.exitCode, reason: r.reason }, 'container exited');
  await ctx.store.save(c);
  publishContainerUpdate(ctx, c, r.reason, r.message);
  return true;
}

/**
 * /tasks/oom: remember it for the exit's reason. The event may come after the exit (the shim
 * sends it on its own path), so an exit already recorded as a SIGKILL becomes OOMKilled.
 */
export async function learnOom(ctx: DaemonContext, c: Container): Promise<void> {
  if (c.record.oomKilled) return;
  c.record.oomKilled = true;
  if (c.record.state === 'exited' && c.record.reason === 'Error' && c.record.exitCode === 137) {
    c.record.reason = 'OOMKilled';
  }
  c.logger.info('out of memory: the kernel killed a process of the container');
  await ctx.store.save(c);
}
