import { nowNanos } from '@corral/api';
import type { Container } from '../containers/container.js';
import { finishRemoval } from '../containers/remove-container.js';
import { resumeInterruptedStop } from '../containers/stop-container.js';
import type { DaemonContext } from '../context.js';
import { cleanupAfterDeadShim } from '../tasks/dead-shim.js';
import { shutdownShim } from '../tasks/retire-task.js';
import { reconnectShim, recoverLostShim } from '../tasks/shim-link.js';
import { recoveryConcurrency } from '../timeouts.js';
import { mapWithLimit } from '../util/limit.js';
import { cleanupLeftoverExecs } from './leftover-execs.js';
import { rollbackInterruptedCreate } from './rollback-create.js';
import { sweepOrphans } from './sweep-orphans.js';

/** What the last start-up recovery found: Status.last_recovery, and the log. */
export interface RecoveryReport {
  /** ns since the epoch */
  at: bigint;
  durationNs: bigint;
  /** Records found at start. */
  containers: number;
  /** Shims found alive and answering (their statuses are the shims' now). */
  shimsReconnected: number;
  /** Exits that happened while corrald was down, learned from a shim or its exit record. */
  exitsLearned: number;
  /** Shims found gone (their containers are exited: real exit or ShimDied). */
  shimsDead: number;
  /** Creates a crash interrupted, rolled back. */
  createsRolledBack: number;
  /** Removals a crash interrupted, finished. */
  removalsFinished: number;
  /** Stops a crash interrupted, resumed (SIGKILL at their deadline). */
  stopsResumed: number;
  /** Execs whose stdio died with the old corrald, ended. */
  execsEnded: number;
  /** Shims alive but not answering: retried in the background, killed if they never answer. */
  shimsUnreachable: number;
  /** Records whose recovery failed (logged). */
  failed: number;
}

type Outcome =
  | 'reconnected'
  | 'exited-while-down'
  | 'exit-learned'
  | 'shim-died'
  | 'exit-known'
  | 'unreachable'
  | 'rolled-back'
  | 'removed'
  | 'none';

/**
 * DESIGN rule 4, run before the API serves: for every record, find its shim again (pid + start
 * time, Connect, State) — in parallel, at most `recoveryConcurrency` at once. A shim that is gone
 * leaves its exit record (the real exit) or nothing (ShimDied); either way its binary's `delete`
 * cleans up. A create a crash interrupted is rolled back, a removal finished, a stop resumed, and
 * execs whose stdio died with the old corrald are ended.
 */
export async function reconcileOnStart(
  ctx: DaemonContext,
  containers: readonly Container[],
): Promise<RecoveryReport> {
  const at = nowNanos();
  const t0 = process.hrtime.bigint();
  const report: RecoveryReport = {
    at,
    durationNs: 0n,
    containers: containers.length,
    shimsReconnected: 0,
    exitsLearned: 0,
    shimsDead: 0,
    createsRolledBack: 0,
    removalsFinished: 0,
    stopsResumed: 0,
    execsEnded: 0,
    shimsUnreachable: 0,
    failed: 0,
  };
  // Before any recovery path leaves a group: who is in which, from the records.
  ctx.handlers.groups.restore(
    containers.flatMap((c) => {
      const s = c.record.shim;
      return s?.group !== undefined && s.dir !== undefined && !c.record.taskDeleted
        ? [{ namespace: c.namespace, group: s.group, member: c.id, shim: { ...s, dir: s.dir } }]
        : [];
    }),
  );
  const results = await mapWithLimit(containers, recoveryConcurrency, (c) => recoverOne(ctx, c, report));
  results.forEach((r, i) => {
    if (r.status === 'rejected') {
      report.failed++;
      containers[i]?.logger.error({ err: r.reason }, 'recovery of the container failed');
      return;
    }
    count(report, r.value);
  });
  await sweepOrphans(ctx).catch((err: unknown) =>
    ctx.logger.warn({ err }, 'sweeping orphaned bundles failed'),
  );
  report.durationNs = process.hrtime.bigint() - t0;
  ctx.logger.info(
    {
      ...report,
      at: report.at.toString(),
      durationNs: undefined,
      durationMs: Number(report.durationNs) / 1e6,
    },
    'recovery done',
  );
  return report;
}

function count(report: RecoveryReport, outcome: Outcome): void {
  switch (outcome) {
    case 'reconnected':
      report.shimsReconnected++;
      return;
    case 'exited-while-down':
      report.shimsReconnected++;
      report.exitsLearned++;
      return;
    case 'exit-learned':
      report.shimsDead++;
      report.exitsLearned++;
      return;
    case 'shim-died':
    case 'exit-known':
      report.shimsDead++;
      return;
    case 'unreachable':
      report.shimsUnreachable++;
      return;
    case 'rolled-back':
      report.createsRolledBack++;
      return;
    case 'removed':
      report.removalsFinished++;
      return;
    case 'none':
      return;
  }
}

async function recoverOne(ctx: DaemonContext, c: Container, report: RecoveryReport): Promise<Outcome> {
  const outcome = await c.lock.run(async (): Promise<Outcome> => {
    if (c.record.phase === 'creating') {
      c.logger.info('rolling back a create that a crash interrupted');
      await rollbackInterruptedCreate(ctx, c);
      return 'rolled-back';
    }
    if (c.record.phase === 'removing') {
      c.logger.info('finishing a removal that a crash interrupted');
      await finishRemoval(ctx, c);
      return 'removed';
    }
    if (c.record.taskDeleted || !c.record.shim) {
      // The task is gone but its shim may not be (a crash between Delete and Shutdown): ask it to
      // leave, in the background (it drains its outbox first).
      void shutdownShim(ctx, c).catch((err: unknown) =>
        c.logger.warn({ err }, 'a leftover shim does not leave'),
      );
      return 'none';
    }
    switch (await reconnectShim(ctx, c)) {
      case 'live':
        report.execsEnded += await cleanupLeftoverExecs(ctx, c);
        return 'reconnected';
      case 'exited':
        return 'exited-while-down'; // its execs died with it; their FIFOs go with the bundle
      case 'dead':
        return cleanupAfterDeadShim(ctx, c);
      case 'unreachable': {
        // It lives but does not answer: UNKNOWN while the background retries last (never on disk).
        const pid = c.record.shim.pid;
        c.unreachable = `the shim (pid ${pid}) lives but does not answer; retrying`;
        void recoverLostShim(ctx, c).catch((err: unknown) => c.logger.error({ err }, 'reconnecting failed'));
        return 'unreachable';
      }
    }
  });
  if (c.record.stopDeadline !== undefined && c.hasLiveTask && !c.removing && !c.unreachable) {
    report.stopsResumed++;
    resumeInterruptedStop(c);
  }
  return outcome;
}
