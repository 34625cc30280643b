import { existsSync, rmSync } from 'node:fs';
import { readOutbox } from '@corral/api';
import type { DaemonContext } from '../context.js';
import { killShim } from '../shims/kill-shim.js';
import { findBundleShims } from '../shims/find-bundle-shim.js';
import { runShimDeleteCommand } from '../shims/shim-delete-command.js';
import { isProcessAlive } from '../util/process-alive.js';
import { shimOutboxPath } from '../tasks/dead-shim-outbox.js';
import { inShimGroup, leaveShimGroup } from '../tasks/group-member.js';
import { retireTask, retirement, shutdownShim } from '../tasks/retire-task.js';
import { removeBundle } from './bundle.js';
import type { Container } from './container.js';

/**
 * Ends the task of a container that is going away whatever its state: Delete in a live shim (runc
 * deletes a created or stopped container, unmounts, closes the log), Shutdown; a shim that does
 * not answer is killed (pidfd + start time) and its binary's `delete` cleans up after it.
 */
export async function endTask(ctx: DaemonContext, c: Container): Promise<void> {
  await retirement(c)?.catch(() => undefined);
  // An exit just recorded whose retirement has not begun yet (it follows the exit's save): join it
  // rather than race it with a second Delete.
  if (c.exited && !c.record.taskDeleted) await retireTask(ctx, c).catch(() => undefined);
  if (c.record.taskDeleted) {
    await shutdownShim(ctx, c);
    return;
  }
  const conn = c.shim;
  let deleted = false;
  if (conn && !conn.closed) {
    try {
      await conn.task.delete({ id: c.id }, conn.opts());
      deleted = true;
    } catch (err) {
      deleted = (err as { code?: string }).code === 'NotFound';
      if (!deleted) c.logger.warn({ err }, 'deleting the task in its shim failed');
    }
  }
  if (deleted) {
    await shutdownShim(ctx, c);
  } else {
    await conn?.close();
    c.shim = undefined;
    const s = c.record.shim;
    // A group's shim serves others too: this container leaves it (`delete` below ends its task).
    if (inShimGroup(c)) await leaveShimGroup(ctx, c);
    else if (s && isProcessAlive(s.pid, s.startTime)) killShim(s.pid, BigInt(s.startTime));
    if (!s) {
      // Spawned, but corrald died before recording it (Create was never sent): find it by its bundle.
      for (const orphan of findBundleShims(ctx.layout.bundle(c.namespace, c.id), c.id)) {
        c.logger.info({ shimPid: orphan.pid }, 'killing a shim the record never named');
        killShim(orphan.pid, orphan.startTime);
      }
    }
    if (s) {
      await runShimDeleteCommand({
        binary: s.binary,
        namespace: c.namespace,
        id: c.id,
        bundle: ctx.layout.bundle(c.namespace, c.id),
        apiSocket: ctx.layout.apiSocket,
        eventsSocket: ctx.layout.eventsSocket,
      }).catch((err: unknown) => c.logger.warn({ err }, 'cleaning up after the shim failed'));
    }
  }
  c.logFifo?.close();
  c.logFifo = undefined;
  c.record.taskDeleted = true;
}

/**
 * Everything of a container besides its task, in reverse order of making: the bundle (unmounted,
 * renamed aside, deleted), the rootfs snapshot, a log file that is ours, the shim socket, and
 * last the record. Each step tolerates what an earlier, interrupted removal already did.
 */
export async function removeContainerFiles(ctx: DaemonContext, c: Container): Promise<void> {
  const errors: unknown[] = [];
  const step = async (what: string, fn: () => unknown) => {
    try {
      await fn();
    } catch (err) {
      c.logger.warn({ err }, `remove: ${what} failed`);
      errors.push(err);
    }
  };
  // The shim is gone (endTask); once its outbox is too, no event of its source can come again. A
  // group's shim, socket and outbox belong to the group: its last member removed them (endTask).
  const grouped = inShimGroup(c);
  const outbox = shimOutboxPath(ctx, c);
  const source = grouped ? undefined : readOutbox(outbox).source;
  await step('bundle', () => removeBundle(ctx.layout.bundle(c.namespace, c.id)));
  await step('rootfs snapshot', () => ctx.images.removeRootfs(c.record.rootfsKey));
  if (c.record.ownLogPath) await step('log', () => rmSync(c.record.logPath, { force: true }));
  // The socket corrald chose (a shim killed before the record named it may have bound it too).
  await step('shim socket', () => rmSync(ctx.layout.shimSocket(c.namespace, c.id), { force: true }));
  if (c.record.shim && !grouped)
    await step('shim socket', () => rmSync(c.record.shim!.socket, { force: true }));
  const shimDir = grouped ? undefined : c.record.shim?.dir;
  if (shimDir) await step('shim dir', () => rmSync(shimDir, { recursive: true, force: true }));
  if (source !== undefined && !existsSync(outbox)) ctx.events.forgetSource?.(source);
  if (errors.length > 0) throw errors[0];
  await ctx.store.delete(c);
}
