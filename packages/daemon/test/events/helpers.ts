// Shared set-up for the events tests: real journals on temp roots, real sockets, real clients.
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import {
  EventsService,
  containerd,
  corral,
  namespaceMetadataKey,
  nowNanos,
  toBigInt,
  toTimestamp,
} from '@corral/api';
import { dial } from '@corral/ttrpc';
import type { ServiceClient } from '@corral/ttrpc';
import { defer, tempDir } from '@corral/test-utils';
import { EventBus, EventJournal, EventsReceiver } from '../../src/events/index.js';
import type {
  EventBusOptions,
  EventJournalOptions,
  EventPayload,
  EventsLogger,
  Subscription,
} from '../../src/events/index.js';

type Ctx = Pick<TestContext, 'after'>;

export function root(t: Ctx): string {
  return tempDir(t, 'cr-ev-');
}

export async function openJournal(
  t: Ctx,
  dir: string,
  options: EventJournalOptions = {},
): Promise<EventJournal> {
  const journal = await EventJournal.open(dir, options);
  defer(t, () => journal.close());
  return journal;
}

export async function openBus(
  t: Ctx,
  dir: string,
  options: EventJournalOptions & Omit<EventBusOptions, 'journal'> = {},
): Promise<{ journal: EventJournal; bus: EventBus }> {
  const journal = await openJournal(t, dir, options);
  const bus = new EventBus({ ...options, journal });
  defer(t, () => bus.close());
  return { journal, bus };
}

/** Journal + bus + receiver on `dir`, closed in reverse order after the test (or by close()). */
export async function startEvents(
  t: Ctx,
  dir: string,
  options: EventJournalOptions & Omit<EventBusOptions, 'journal'> = {},
): Promise<{ journal: EventJournal; bus: EventBus; receiver: EventsReceiver; close(): Promise<void> }> {
  const { journal, bus } = await openBus(t, dir, options);
  const receiver = await EventsReceiver.listen({
    socketPath: join(dir, 'ev.sock'),
    bus,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  defer(t, () => receiver.close());
  return {
    journal,
    bus,
    receiver,
    async close() {
      await receiver.close();
      await bus.close();
      await journal.close();
    },
  };
}

export async function eventsClient(t: Ctx, socketPath: string): Promise<ServiceClient<typeof EventsService>> {
  const client = await dial(socketPath);
  defer(t, () => client.close());
  return client.service(EventsService);
}

export function taskExit(containerId: string, exitStatus = 0): EventPayload {
  const value = containerd.events.TaskExit.encode({
    containerId,
    id: containerId,
    pid: 4242,
    exitStatus,
    exitedAt: toTimestamp(nowNanos()),
  }).finish();
  return { type_url: 'containerd.events.TaskExit', value };
}

export function taskStart(containerId: string): EventPayload {
  const value = containerd.events.TaskStart.encode({ containerId, pid: 4242 }).finish();
  return { type_url: 'containerd.events.TaskStart', value };
}

export function containerUpdate(id: string, reason = 'Updated'): Uint8Array {
  return corral.v1.ContainerUpdate.encode({ id, name: id, reason }).finish();
}

/** A Forward request as a shim sends it. */
export function envelope(
  topic: string,
  event: EventPayload,
  extra: { namespace?: string; timestampNs?: bigint | undefined } = {},
): { envelope: containerd.services.events.ttrpc.v1.Envelope.$Properties } {
  const ts = 'timestampNs' in extra ? extra.timestampNs : nowNanos();
  return {
    envelope: {
      ...(ts === undefined ? {} : { timestamp: toTimestamp(ts) }),
      namespace: extra.namespace ?? 'default',
      topic,
      event: { type_url: event.type_url, value: event.value },
    },
  };
}

/** The metadata corral-shim sends with a Forward. */
export function shimMetadata(source: string, seq: number, namespace = 'default'): Record<string, string> {
  return {
    [namespaceMetadataKey]: namespace,
    'corral-event-source': source,
    'corral-event-seq': String(seq),
  };
}

export function seqOf(e: corral.v1.Event): number {
  return Number(toBigInt(e.sequence));
}

/** Takes the next `n` events from a subscription, leaving it open. */
export async function take(sub: Subscription, n: number): Promise<corral.v1.Event[]> {
  const out: corral.v1.Event[] = [];
  while (out.length < n) {
    const r = await sub.next();
    if (r.done) throw new Error(`subscription ended after ${out.length} of ${n} events`);
    out.push(r.value);
  }
  return out;
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: object;
  msg: string;
}

/** A logger that keeps what it is told, for asserting on. */
export function recordingLogger(): { logger: EventsLogger; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at =
    (level: LogEntry['level']) =>
    (obj: object, msg: string): void => {
      entries.push({ level, obj, msg });
    };
  return { logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }, entries };
}
