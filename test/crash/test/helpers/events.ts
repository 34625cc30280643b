// Subscribers as the crash tests use them: a background collector of one subscription (it
// reconnects across corrald restarts with since), and the init exits among what it got.
import { existsSync, readFileSync } from 'node:fs';
import { containerd, toUint64, typeUrls, unpackAny } from '@corral/api';
import type { Event } from '@corral/client';
import type { Corrald } from './corrald.js';

/** Collects the events of one subscription in the background. */
export function collect(
  d: Corrald,
  sinceSequence: bigint,
  filters = ['topic=="/tasks/exit"'],
): { events: Event[]; stop: AbortController } {
  const stop = new AbortController();
  const events: Event[] = [];
  const sub = d.client.events.subscribe(
    { filters, sinceSequence: toUint64(sinceSequence) },
    { signal: stop.signal },
  );
  void (async () => {
    try {
      for await (const e of sub) events.push(e);
    } catch {
      // aborted at the end of the test
    }
  })();
  return { events, stop };
}

/** The exit statuses of `id`'s init in `events`, in order. */
export function exitsOf(events: Event[], id: string): number[] {
  return events
    .flatMap((e) => (e.event?.type_url === typeUrls.TaskExit ? [e.event] : []))
    .map((any) => unpackAny(any, typeUrls.TaskExit, containerd.events.TaskExit))
    .filter((x) => x.containerId === id && (!x.id || x.id === id))
    .map((x) => x.exitStatus ?? -1);
}

/** The topics of the events in an outbox file (acknowledged or not). */
export function heldTopics(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((l) => {
      try {
        const r = JSON.parse(l) as { topic?: unknown };
        return typeof r.topic === 'string' ? [r.topic] : [];
      } catch {
        return [];
      }
    });
}
