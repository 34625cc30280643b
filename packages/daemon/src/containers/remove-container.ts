import { CorralError } from '@corral/api';
import type { DaemonContext } from '../context.js';
import type { Container } from './container.js';
import { publishContainerDelete } from './container-events.js';
import { killAndWait } from './stop-container.js';
import { endTask, removeContainerFiles } from './teardown.js';

/**
 * RemoveContainer (CRI): idempotent (an unknown id is already removed); a running or paused
 * container needs `force`, which kills it first. The record is marked `removing` before anything
 * goes (the kill included), so a crash mid-removal is finished at the next start.
 */
export async function removeContainer(
  ctx: DaemonContext,
  namespace: string,
  ref: string,
  force: boolean,
): Promise<void> {
  const c = ctx.store.find(namespace, ref);
  if (!c) return;
  await c.lock.run(async () => {
    if (ctx.store.get(namespace, c.id) !== c) return; // removed (or rolled back) while we waited
    const live = c.record.state === 'running' || c.record.state === 'paused';
    if (live && !force) {
      throw new CorralError('FailedPrecondition', `remove ${c.id}: the container is ${c.record.state}`, {
        hint: 'stop it first, or remove with force',
      });
    }
    await ctx.store.save(c, (r) => (r.phase = 'removing'));
    await ctx.failpoints?.hit('remove.after-record', { containerId: c.id });
    if (live) await killAndWait(c);
    await finishRemoval(ctx, c);
  });
  c.logger.info('container removed');
  publishContainerDelete(ctx, c);
}

/** The removal proper (also what start-up recovery runs for a `removing` record). */
export async function finishRemoval(ctx: DaemonContext, c: Container): Promise<void> {
  c.removing = true;
  if (c.record.phase !== 'removing') await ctx.store.save(c, (r) => (r.phase = 'removing'));
  await endTask(ctx, c);
  await ctx.failpoints?.hit('remove.after-task', { containerId: c.id });
  await removeContainerFiles(ctx, c);
}
