import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorralError, packJsonAny, toInt64, typeUrls, type corral } from '@corral/api';
import { openProcess } from '@corral/sys';
import { publishContainerUpdate } from '../containers/container-events.js';
import type { Container } from '../containers/container.js';
import type { DaemonContext } from '../context.js';
import { criLoggerPidFile } from '../logs/cri-logger.js';
import { corralAnnotations } from '../spec/oci-spec.js';
import { normalizeResources, ociLinuxResources } from '../spec/resources.js';
import { nsOf } from '../util/time.js';
import { parseSignal } from '../util/signals.js';
import { criStats } from './container-stats.js';
import { liveShim, requireState, signalTask } from './live-task.js';

export async function pauseContainer(ctx: DaemonContext, ns: string, ref: string): Promise<void> {
  const c = ctx.store.require(ns, ref);
  await c.lock.run(async () => {
    requireState(c, 'pause', 'running');
    const conn = liveShim(c, 'pause');
    await conn.task.pause({ id: c.id }, conn.opts());
    if (c.record.state === 'running') await ctx.store.save(c, (r) => (r.state = 'paused'));
  });
  publishContainerUpdate(ctx, c, 'Paused');
}

export async function resumeContainer(ctx: DaemonContext, ns: string, ref: string): Promise<void> {
  const c = ctx.store.require(ns, ref);
  await c.lock.run(async () => {
    requireState(c, 'resume', 'paused');
    const conn = liveShim(c, 'resume');
    await conn.task.resume({ id: c.id }, conn.opts());
    if (c.record.state === 'paused') await ctx.store.save(c, (r) => (r.state = 'running'));
  });
  publishContainerUpdate(ctx, c, 'Resumed');
}

/** KillContainer: any signal to the init (default SIGKILL); the container must be running or paused. */
export async function killContainer(
  ctx: DaemonContext,
  ns: string,
  ref: string,
  signal: string,
): Promise<void> {
  const c = ctx.store.require(ns, ref);
  const sig = parseSignal(signal, 'SIGKILL');
  requireState(c, 'kill', 'running', 'paused');
  await signalTask(c, sig, false);
}

/** WaitContainer: until the container has exited (or the caller gives up). */
export async function waitContainer(
  ctx: DaemonContext,
  ns: string,
  ref: string,
  signal?: AbortSignal,
): Promise<corral.v1.WaitContainerResponse.$Properties> {
  const c = ctx.store.require(ns, ref);
  await c.until(() => c.exited, undefined, signal);
  if (!c.exited) {
    if (c.gone.signal.aborted)
      throw new CorralError('NotFound', `container ${c.id} was removed while waited for`);
    throw new CorralError('Canceled', `wait for ${c.id}: canceled`);
  }
  return {
    exitCode: c.record.exitCode ?? 0,
    finishedAt: toInt64(nsOf(c.record.finishedAt)),
    reason: c.record.reason ?? '',
  };
}

export async function listContainerPids(ctx: DaemonContext, ns: string, ref: string): Promise<number[]> {
  const c = ctx.store.require(ns, ref);
  const conn = liveShim(c, 'list the processes of');
  const r = await conn.task.pids({ id: c.id }, conn.opts());
  return (r.processes ?? []).map((p) => p.pid ?? 0).filter((p) => p > 0);
}

export async function containerStats(c: Container): Promise<corral.v1.ContainerStats.$Properties> {
  const conn = liveShim(c, 'stats of');
  const r = await conn.task.stats({ id: c.id }, conn.opts());
  return criStats(c, r.stats);
}

/** UpdateContainerResources: `runc update` through the shim, then the record (the new truth). */
export async function updateContainerResources(
  ctx: DaemonContext,
  ns: string,
  ref: string,
  resources: corral.v1.LinuxContainerResources.$Properties | null | undefined,
): Promise<void> {
  const c = ctx.store.require(ns, ref);
  const next = normalizeResources(resources);
  await c.lock.run(async () => {
    const conn = liveShim(c, 'update');
    await conn.task.update(
      { id: c.id, resources: packJsonAny(typeUrls.OciLinuxResources, ociLinuxResources(next)) },
      conn.opts(),
    );
    await ctx.store.save(c, (r) => (r.config.resources = { ...r.config.resources, ...next }));
  });
  publishContainerUpdate(ctx, c, 'Updated', 'resources');
}

/**
 * ReopenContainerLog (after the kubelet or logrotate moved the file): corral-shim reopens on an
 * Update carrying corral's annotation; containerd's shim gives the log to corral-cri-logger,
 * which reopens on SIGUSR1 (pidfd + start time from its pid file in the bundle).
 */
export async function reopenContainerLog(ctx: DaemonContext, ns: string, ref: string): Promise<void> {
  const c = ctx.store.require(ns, ref);
  requireState(c, 'reopen the log of', 'running', 'paused', 'created');
  const handler = ctx.handlers.find(c.record.runtimeHandler);
  if (handler?.shim === 'containerd-shim') {
    let owner: { pid: number; startTime: string };
    try {
      owner = JSON.parse(
        readFileSync(join(ctx.layout.bundle(c.namespace, c.id), criLoggerPidFile), 'utf8'),
      ) as typeof owner;
      const h = openProcess(owner.pid, BigInt(owner.startTime));
      try {
        h.signal('SIGUSR1');
      } finally {
        h.close();
      }
    } catch (cause) {
      throw new CorralError('FailedPrecondition', `reopen the log of ${c.id}: its logger is not running`, {
        cause,
      });
    }
    return;
  }
  const conn = liveShim(c, 'reopen the log of');
  await conn.task.update({ id: c.id, annotations: { [corralAnnotations.reopenLog]: '1' } }, conn.opts());
}
