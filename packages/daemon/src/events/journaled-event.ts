// One event as the journal holds it, and its corral.v1.Event form for subscribers.
import { corral, google, toInt64, toUint64 } from '@corral/api';

/** Where a forwarded event came from: a shim outbox and the event's number in it. */
export interface EventOrigin {
  /** `corral-event-source`: names one shim outbox. */
  readonly source: string;
  /** `corral-event-seq`: 1, 2, 3… within that outbox. */
  readonly seq: number;
}

/** The payload of an event, shaped like google.protobuf.Any so unpackAny() takes it as is. */
export interface EventPayload {
  readonly type_url: string;
  readonly value: Uint8Array;
}

export interface JournaledEvent {
  /** Position in the journal: strictly increasing, never reused, also across restarts. */
  readonly sequence: number;
  /** Publish time in ns since the epoch: the shim's envelope timestamp, or journaledAt for our own. */
  readonly timestamp: bigint;
  /**
   * When corrald journaled it, ns since the epoch, strictly increasing in journal order (unlike
   * `timestamp`: a shim that was cut off delivers old events late). `since_time` replays by this.
   */
  readonly journaledAt: bigint;
  readonly namespace: string;
  readonly topic: string;
  readonly event: EventPayload;
  /** Set for events forwarded by a shim that numbers them (corral-shim); the de-dup key. */
  readonly origin: EventOrigin | undefined;
}

// Subscribers share one wire object per event instead of building one each.
const wireForms = new WeakMap<JournaledEvent, corral.v1.Event>();

/** The corral.v1.Event subscribers receive. Treat it as read-only: it is shared. */
export function toWireEvent(e: JournaledEvent): corral.v1.Event {
  let wire = wireForms.get(e);
  if (wire === undefined) {
    wire = corral.v1.Event.create({
      sequence: toUint64(e.sequence),
      timestamp: toInt64(e.timestamp),
      namespace: e.namespace,
      topic: e.topic,
      event: google.protobuf.Any.create({ type_url: e.event.type_url, value: e.event.value }),
    });
    wireForms.set(e, wire);
  }
  return wire;
}
