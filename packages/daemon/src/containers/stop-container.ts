import { CorralError, nowNanos } from '@corral/api';
import type { DaemonContext } from '../context.js';
import { signalTask } from '../tasks/live-task.js';
import { timeouts } from '../timeouts.js';
import { parseSignal, SIGKILL } from '../util/signals.js';
import type { Container } from './container.js';
import { publishContainerUpdate } from './container-events.js';

/**
 * StopContainer (CRI): the stop signal (request, image StopSignal, SIGTERM), SIGKILL at the
 * deadline. Idempotent: a container that is not running is already stopped. A created container
 * that never started stays created (containerd CRI does the same). The deadline is on record
 * before the signal leaves, so a stop a crash cut short is finished after the restart
 * (resumeInterruptedStop).
 */
export async function stopContainer(
  ctx: DaemonContext,
  namespace: string,
  ref: string,
  timeoutSeconds: number,
): Promise<void> {
  const c = ctx.store.require(namespace, ref);
  await c.lock.run(async () => {
    if (c.record.state !== 'running' && c.record.state !== 'paused') return;
    publishContainerUpdate(
      ctx,
      c,
      'Killing',
      `stopping with ${c.record.stopSignal}, SIGKILL after ${timeoutSeconds}s`,
    );
    const deadline = nowNanos() + BigInt(Math.max(0, timeoutSeconds)) * 1_000_000_000n;
    await ctx.store.save(c, (r) => (r.stopDeadline = deadline.toString()));
    if (timeoutSeconds > 0) {
      await sendSignal(c, parseSignal(c.record.stopSignal), false);
      await ctx.failpoints?.hit('stop.after-signal', { containerId: c.id });
      if (await c.until(() => c.exited, timeoutSeconds * 1000)) return;
      c.logger.info({ timeoutSeconds }, 'the stop signal did not end the container; SIGKILL');
    } else {
      await ctx.failpoints?.hit('stop.after-signal', { containerId: c.id });
    }
    await killAndWait(c);
  });
}

/**
 * Start-up recovery found a stop on record for a task that still runs: the stop signal again (the
 * crash may have come before it left; a second one is harmless), what is left of the deadline,
 * then SIGKILL, as the interrupted Stop would have — in the background, in order with the
 * container's other operations.
 */
export function resumeInterruptedStop(c: Container): void {
  const due = c.record.stopDeadline;
  if (due === undefined || !c.hasLiveTask || c.record.state === 'created') return;
  c.logger.info('finishing a stop that a crash interrupted');
  void c.lock
    .run(async () => {
      if (c.exited || c.removing) return;
      const leftMs = Number((BigInt(due) - nowNanos()) / 1_000_000n);
      if (leftMs > 0) {
        await sendSignal(c, parseSignal(c.record.stopSignal), false);
        if (await c.until(() => c.exited, leftMs)) return;
      }
      await killAndWait(c);
    })
    .catch((err: unknown) => c.logger.error({ err }, 'finishing the interrupted stop failed'));
}

/** SIGKILL to every process of the container, then wait for the exit to be recorded. */
export async function killAndWait(c: Container): Promise<void> {
  await sendSignal(c, SIGKILL, true);
  if (!(await c.until(() => c.exited, timeouts.killWaitMs))) {
    throw new CorralError(
      'DeadlineExceeded',
      `stop ${c.id}: no exit ${timeouts.killWaitMs} ms after SIGKILL`,
    );
  }
}

/** A paused container gets the signal, then is thawed so the signal can act (docker does the same). */
async function sendSignal(c: Container, signal: number, all: boolean): Promise<void> {
  if (c.exited) return;
  await signalTask(c, signal, all);
  if (c.record.state === 'paused' && c.shim && !c.shim.closed) {
    await c.shim.task.resume({ id: c.id }, c.shim.opts()).catch(() => undefined);
  }
}
