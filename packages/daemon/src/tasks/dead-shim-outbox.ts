import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFiles, containerd, topics, toTimestamp, typeUrls } from '@corral/api';
import type { Container } from '../containers/container.js';
import type { DaemonContext } from '../context.js';

/** A corral-shim's outbox: in the bundle, or in its own directory when it came from the pool. */
export function shimOutboxPath(ctx: DaemonContext, c: Container): string {
  return join(c.record.shim?.dir ?? ctx.layout.bundle(c.namespace, c.id), bundleFiles.outbox);
}

/** One event a shim's outbox still holds: published, never acknowledged. */
interface HeldEvent {
  seq: number;
  topic: string;
  timestamp: bigint;
  typeUrl: string;
  value: Uint8Array;
}

// corral-shim's outbox (packages/shim README "The event outbox"): NDJSON of {source}, events
// {seq, topic, ts, type, value(base64)} and acknowledgements {ack}; a torn last line is skipped.
const sourceRe = /^[A-Za-z0-9._-]{1,128}$/;

/** The unacknowledged events of the outbox at `path`, oldest first, and the outbox's name. */
export function readHeldEvents(path: string): { source: string | undefined; events: HeldEvent[] } {
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { source: undefined, events: [] };
  }
  let source: string | undefined;
  const held = new Map<number, HeldEvent>();
  for (const line of text.split('\n')) {
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(line) as Record<string, unknown>;
    } catch {
      continue;
    }
    if (typeof r['source'] === 'string') source = r['source'];
    else if (typeof r['ack'] === 'number') held.delete(r['ack']);
    else if (
      typeof r['seq'] === 'number' &&
      typeof r['topic'] === 'string' &&
      typeof r['type'] === 'string'
    ) {
      held.set(r['seq'], {
        seq: r['seq'],
        topic: r['topic'],
        timestamp: /^\d+$/.test(String(r['ts'])) ? BigInt(String(r['ts'])) : 0n,
        typeUrl: r['type'],
        value: Buffer.from(typeof r['value'] === 'string' ? r['value'] : '', 'base64'),
      });
    }
  }
  return { source, events: [...held.values()].sort((a, b) => a.seq - b.seq) };
}

/**
 * DESIGN rule 3 for a shim that died before it could deliver everything: corrald sends on what its
 * outbox still holds, under the shim's own (source, seq) so that an event whose acknowledgement
 * was the only thing lost is recognised as a duplicate. Then the outbox is removed (nothing will
 * read it again), unless a shim group shares it: its last member removes it with the directory
 * (each member sends it all on; the journal keeps one of each). Returns how many events were new
 * to the journal, and whether the init's /tasks/exit was among those held.
 */
export async function deliverHeldEvents(
  ctx: DaemonContext,
  c: Container,
): Promise<{ delivered: number; initExitHeld: boolean }> {
  const path = shimOutboxPath(ctx, c);
  const { source, events } = readHeldEvents(path);
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
  if (c.record.shim?.group === undefined) rmSync(path, { force: true });
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
