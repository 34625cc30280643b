import {
  CorralError,
  EventsService,
  eventSequenceMetadataKey,
  eventSourceMetadataKey,
  type ExitRecordJson,
  type MessageType,
  namespaceMetadataKey,
  nowNanos,
  toTimestamp,
} from '@corral/api/task';
import { type Client, dial } from '@corral/ttrpc';
import type { Logger } from 'pino';
import { Outbox, type OutboxEvent } from './outbox.js';
import { timeouts } from './timeouts.js';

export interface PublisherOptions {
  /** TTRPC_ADDRESS: the receiver's ttrpc socket (containerd or corrald). */
  address: string | undefined;
  namespace: string;
  outboxPath: string;
  logger: Logger;
}

/**
 * Publishes task events through the durable outbox to `Events/Forward`. Each Forward carries the
 * event's sequence number and this outbox's source id as ttrpc metadata, so a receiver can drop the
 * duplicates that retries after a lost reply produce; containerd ignores metadata it does not know.
 */
export class EventPublisher {
  private readonly outbox: Outbox;
  private client: Client | undefined;
  private dialing: Promise<Client> | undefined;
  constructor(private readonly o: PublisherOptions) {
    this.outbox = Outbox.open(o.outboxPath, {
      send: (e) => this.forward(e),
      onError: (err, e, attempt) => {
        // Log the first failure and then every tenth: a receiver down for an hour must not flood the log.
        if (attempt === 1 || attempt % 10 === 0) {
          o.logger.warn({ err, topic: e.topic, seq: e.seq, attempt }, 'forwarding event failed; will retry');
        }
      },
      onDrop: (err, e) =>
        o.logger.error({ err, topic: e.topic, seq: e.seq }, 'receiver rejected event; dropped'),
    });
  }

  /** Queues an event durably; `exit` rides on the init's /tasks/exit line (Outbox.publish). */
  publish<T>(topic: string, typeUrl: string, type: MessageType<T>, message: T, exit?: ExitRecordJson): void {
    const e = this.outbox.publish(topic, typeUrl, type.encode(message).finish(), nowNanos(), exit);
    this.o.logger.debug({ topic, seq: e.seq }, 'event queued');
  }

  /** Container `id`'s task is deleted: its exit record need not outlive the next compaction. */
  forgetExit(id: string): void {
    this.outbox.forgetExit(id);
  }

  /** A receiver has called us (Connect): send what the outbox holds now, not after its backoff. */
  retryNow(): void {
    this.outbox.retryNow();
  }

  /** Waits up to `timeoutMs` for every event to be acknowledged, then stops. */
  async close(timeoutMs: number): Promise<boolean> {
    const drained = await this.outbox.drain(timeoutMs);
    this.outbox.close();
    await this.client?.close().catch(() => undefined);
    return drained;
  }

  private async forward(e: OutboxEvent): Promise<void> {
    const client = await this.connect();
    try {
      await client.service(EventsService).forward(
        {
          envelope: {
            timestamp: toTimestamp(e.timestamp),
            namespace: this.o.namespace,
            topic: e.topic,
            event: { type_url: e.typeUrl, value: e.value },
          },
        },
        {
          timeoutMs: timeouts.forwardMs,
          metadata: {
            [namespaceMetadataKey]: this.o.namespace,
            [eventSequenceMetadataKey]: String(e.seq),
            [eventSourceMetadataKey]: this.outbox.source,
          },
        },
      );
    } catch (err) {
      // A broken connection (containerd restarted) is re-dialed on the next attempt.
      if (
        client.closed ||
        !(err instanceof CorralError) ||
        err.code === 'Unavailable' ||
        err.code === 'DeadlineExceeded'
      ) {
        this.dropClient(client);
      }
      throw err;
    }
  }

  private connect(): Promise<Client> {
    if (this.client && !this.client.closed) return Promise.resolve(this.client);
    if (!this.o.address)
      return Promise.reject(new CorralError('Unavailable', 'no events receiver: TTRPC_ADDRESS is not set'));
    this.dialing ??= dial(this.o.address, {
      timeoutMs: timeouts.dialEventsMs,
      onClose: () => (this.client = undefined),
    })
      .then((c) => (this.client = c))
      .finally(() => (this.dialing = undefined));
    return this.dialing;
  }

  private dropClient(client: Client): void {
    if (this.client === client) this.client = undefined;
    void client.close().catch(() => undefined);
  }
}
