import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFiles, containerd, topics, toTimestamp, typeUrls, type OutboxContents } from '@corral/api';
import type { Container } from '../containers/container.js';
import type { DaemonContext } from '../context.js';
import { inShimGroup } from './group-member.js';

/** A corral-shim's outbox: in the bundle, or in its own directory when it came from the pool. */
export function shimOutboxPath(ctx: DaemonContext, c: Container): string {
  return join(c.record.shim?.dir ?? ctx.layout.bundle(c.namespace, c.id), bundleFiles.outbox);
}

// corral-shim names its outbox with 16 hex digits; a source that is not a safe name is not used.
const sourceRe = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * DESIGN rule 3 for a shim that died before it could deliver everything: corrald sends on what its
 * outbox (`outbox`, as the caller read it) still holds, under the shim's own (source, seq) so that
 * an event whose acknowledgement was the only thing lost is recognised as a duplicate. Then the
 * outbox is removed (nothing will read it again), unless a shim group shares it: its last member
 * removes it with the directory (each member sends it all on; the journal keeps one of each).
 * Returns how many events were new to the journal, and whether the init's /tasks/exit was among
 * those held.
 */
export async function deliverHeldEvents(
  ctx: DaemonContext,
  c: Container,
  outbox: OutboxContents,
): Promise<{ delivered: number; initExitHeld: boolean }> {
  const { source, pending: events } = outbox;
  let delivered = 0;
  let initExitHeld = false;
  for (const e of events) {
    const origin = source !== undefined && sourceRe.test(source) ? { source, seq: e.seq } : undefined;
    try {
      const r = await ctx.events.forward({
        namespace: c.namespace,
        topic: e.topic,
        event: { type_url: e.typeUrl, value: e.value },
        ...(e.timestamp > 0n ? { timestamp: e.timestamp } : {}),
        ...(origin ? { origin } : {}),
      });
      if (!r.duplicate) delivered++;
      if (isInitExit(c, e.typeUrl, e.value)) initExitHeld = true;
    } catch (err) {
      c.logger.warn({ err, topic: e.topic, seq: e.seq }, 'an event a dead shim held could not be journaled');
    }
  }
  if (events.length > 0)
    c.logger.info({ events: events.length, delivered }, 'delivered what a dead shim held');
  if (!inShimGroup(c)) rmSync(shimOutboxPath(ctx, c), { force: true });
  return { delivered, initExitHeld };
}

/**
 * Whether corrald's journal holds a /tasks/exit of `c`'s init journaled at or after `sinceNs`. A
 * shim writes its exit record, then queues the exit event: one killed in between leaves a record
 * whose event never went out, one killed later an event that did; only the journal tells which.
 */
export async function initExitJournaled(ctx: DaemonContext, c: Container, sinceNs: bigint): Promise<boolean> {
  const journal = ctx.events.journal;
  if (!journal) return false;
  for await (const e of journal.read({ sinceTime: sinceNs })) {
    if (
      e.namespace === c.namespace &&
      e.topic === topics.taskExit &&
      isInitExit(c, e.event.type_url, e.event.value)
    )
      return true;
  }
  return false;
}

function isInitExit(c: Container, typeUrl: string | undefined, value: Uint8Array | undefined): boolean {
  if (typeUrl !== typeUrls.TaskExit || !value) return false;
  try {
    const x = containerd.events.TaskExit.decode(value);
    return x.containerId === c.id && (!x.id || x.id === c.id);
  } catch {
    return false;
  }
}

/**
 * The /tasks/exit a dead shim never published: corrald publishes it from what it learned (the exit
 * record, or the cleanup), as containerd does after a dead shim, so subscribers hear of every exit
 * exactly once.
 */
export function publishShimDiedExit(ctx: DaemonContext, c: Container): void {
  const value = containerd.events.TaskExit.encode({
    containerId: c.id,
    id: c.id,
    pid: c.record.pid ?? 0,
    exitStatus: c.record.exitCode ?? 0,
    exitedAt: toTimestamp(BigInt(c.record.finishedAt ?? '0')),
  }).finish();
  void Promise.resolve(ctx.events.publish(c.namespace, topics.taskExit, typeUrls.TaskExit, value)).catch(
    (err: unknown) => c.logger.warn({ err }, 'publishing the exit of a dead shim failed'),
  );
}
