import {
  EventsService,
  eventSequenceMetadataKey,
  eventSourceMetadataKey,
  namespaceMetadataKey,
  timestampToNanos,
  unpackAnyByUrl,
} from '@corral/api';
import { Server } from '@corral/ttrpc';

/** One Forward call as received: the envelope, its decoded event, and the call's metadata. */
export interface RecordedEvent {
  topic: string;
  namespace: string;
  timestampNs: bigint | undefined;
  typeUrl: string;
  event: unknown;
  /** The namespace from the call's `containerd-namespace-ttrpc` metadata. */
  metadataNamespace: string | undefined;
  /** What was left of the call's timeout_nano when it arrived, in ms. */
  remainingMs: number | undefined;
  /** corral-shim's outbox sequence number (`corral-event-seq` metadata); undefined from other shims. */
  seq: number | undefined;
  /** Which outbox the sequence number belongs to (`corral-event-source` metadata). */
  source: string | undefined;
}

/**
 * corrald's side of TTRPC_ADDRESS: containerd.services.events.ttrpc.v1.Events/Forward on a ttrpc
 * server of ours, recording every envelope in arrival order and replying Empty. Pass the `events`
 * of an earlier recorder to go on recording into it (a receiver that comes back on the same path).
 */
export async function startEventsRecorder(
  path: string,
  events: RecordedEvent[] = [],
): Promise<{ server: Server; events: RecordedEvent[] }> {
  const server = new Server().register(EventsService, {
    forward(req, ctx) {
      const env = req.envelope ?? {};
      const { typeUrl, message } = unpackAnyByUrl(env.event ?? {});
      events.push({
        topic: env.topic ?? '',
        namespace: env.namespace ?? '',
        timestampNs: timestampToNanos(env.timestamp),
        typeUrl,
        event: message,
        metadataNamespace: ctx.metadata.get(namespaceMetadataKey),
        remainingMs: ctx.deadline === undefined ? undefined : ctx.deadline - Date.now(),
        seq: seqOf(ctx.metadata.get(eventSequenceMetadataKey)),
        source: ctx.metadata.get(eventSourceMetadataKey),
      });
      return Promise.resolve({});
    },
  });
  await server.listen(path);
  return { server, events };
}

function seqOf(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}
