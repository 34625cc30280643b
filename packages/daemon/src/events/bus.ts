// The event bus: the one way into the journal (shim events from the receiver, the daemon's own
// /containers/* and /images/*), and the fan-out to subscribers and internal consumers.
import { CorralError, toBigInt } from '@corral/api';
import { compileEventFilter } from './filter-match.js';
import { HandlerQueue } from './handler-queue.js';
import type { EventHandler } from './handler-queue.js';
import type { AppendRequest, AppendResult, EventJournal } from './journal.js';
import type { JournaledEvent } from './journaled-event.js';
import { silentLogger } from './logger.js';
import type { EventsLogger } from './logger.js';
import { Subscription } from './subscription.js';
import { validateNamespace, validateTopic } from './validate.js';

export interface EventBusOptions {
  journal: EventJournal;
  logger?: EventsLogger;
  /** Live events a subscriber may leave untaken before it is ended with ResourceExhausted. */
  maxBufferedEvents?: number;
}

export const defaultMaxBufferedEvents = 4096;

export interface SubscribeOptions {
  /** containerd filter strings, any of which may match; none: every event. */
  filters?: readonly string[];
  /** Replay the journal after this sequence number first (0 or absent: no replay by sequence). */
  sinceSequence?: number | bigint;
  /** Replay events journaled at or after this time, ns since the epoch (0 or absent: none). */
  sinceTime?: number | bigint;
  /** Aborting ends the stream quietly. */
  signal?: AbortSignal;
  /** Overrides the bus's maxBufferedEvents for this subscriber. */
  maxBufferedEvents?: number;
}

/**
 * Journals events and fans them out. Everything a subscriber or handler sees is durable first.
 * Delivery is driven by the journal's commit listener, so every consumer sees events once, in
 * journal (sequence) order.
 */
export class EventBus {
  readonly journal: EventJournal;
  readonly #logger: EventsLogger;
  readonly #maxBuffered: number;
  readonly #subscriptions = new Set<Subscription>();
  readonly #handlers = new Map<EventHandler, HandlerQueue>();
  readonly #stopListening: () => void;
  #closed = false;

  constructor(options: EventBusOptions) {
    this.journal = options.journal;
    this.#logger = options.logger ?? silentLogger;
    this.#maxBuffered = options.maxBufferedEvents ?? defaultMaxBufferedEvents;
    this.#stopListening = this.journal.onCommit((events) => this.#dispatch(events));
  }

  /** Subscribers now. */
  get subscriberCount(): number {
    return this.#subscriptions.size;
  }

  /**
   * Journals one of the daemon's own events (`value`: the encoded message named by `typeUrl`) and
   * resolves with it once durable. InvalidArgument for a bad namespace or topic.
   */
  async publish(
    namespace: string,
    topic: string,
    typeUrl: string,
    value: Uint8Array,
  ): Promise<JournaledEvent> {
    validateNamespace(namespace);
    validateTopic(topic);
    const r = await this.#append({ namespace, topic, event: { type_url: typeUrl, value } });
    // Only events with an origin can be duplicates.
    if (r.duplicate) throw new CorralError('Internal', `publish ${topic}: journaled as a duplicate`);
    return r.event;
  }

  /**
   * Journals an event a shim forwarded (the receiver validated it); resolves `{ duplicate: true }`
   * for one whose origin was journaled before.
   */
  forward(request: AppendRequest): Promise<AppendResult> {
    return this.#append(request);
  }

  /**
   * Forgets the last sequence number of a shim outbox that no longer exists (its container was
   * removed), so nothing is kept of it until ShimEventDedup's week or 16k-source bound.
   */
  forgetSource(source: string): void {
    this.journal.dedup.forgetSource(source);
  }

  /**
   * Starts a subscription. With a since, it replays the journal from there (from the oldest kept
   * event if that one is newer: the subscriber sees the jump in sequence numbers), then goes on
   * with live events, without a gap or a duplicate between the two. Filters are parsed here, once:
   * a malformed one throws InvalidArgument before any event flows.
   */
  subscribe(options: SubscribeOptions = {}): Subscription {
    if (this.#closed) throw new CorralError('Unavailable', 'event bus is closed');
    const filter = compileEventFilter(options.filters ?? []);
    const sinceSequence = toSafeNumber(options.sinceSequence);
    const sinceTime = options.sinceTime === undefined ? 0n : toBigInt(options.sinceTime);
    // No await between reading lastSequence and joining #subscriptions: every event at or below
    // liveFrom is in the journal for the replay, every one after reaches deliver().
    const liveFrom = this.journal.lastSequence;
    const replay =
      sinceSequence > 0 || sinceTime > 0n
        ? this.journal.read({
            sinceSequence,
            untilSequence: liveFrom,
            ...(sinceTime > 0n ? { sinceTime } : {}),
          })
        : undefined;
    const subscription = new Subscription({
      filter,
      replay,
      maxBufferedEvents: options.maxBufferedEvents ?? this.#maxBuffered,
      signal: options.signal,
      onEnd: (s) => this.#subscriptions.delete(s),
    });
    if (!subscription.ended) this.#subscriptions.add(subscription);
    this.#logger.debug(
      { filters: filter.filters, sinceSequence, sinceTime: sinceTime.toString(), liveFrom },
      'event subscription started',
    );
    return subscription;
  }

  /**
   * Calls `handler` with every event journaled from now on, in journal order, one at a time (see
   * HandlerQueue). Returns the function that removes it.
   */
  onEvent(handler: EventHandler): () => void {
    const queue = new HandlerQueue(handler, this.#logger);
    this.#handlers.set(handler, queue);
    return () => {
      queue.clear();
      this.#handlers.delete(handler);
    };
  }

  /** Resolves once every handler has handled every event journaled so far. */
  async handlersIdle(): Promise<void> {
    await Promise.all([...this.#handlers.values()].map((q) => q.idle()));
  }

  /**
   * Ends every subscription with Unavailable, stops delivering, and waits for the handlers to
   * finish what they have. The journal stays open: its owner closes it.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#stopListening();
    for (const s of [...this.#subscriptions]) s.fail(new CorralError('Unavailable', 'event bus is closed'));
    await this.handlersIdle();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  #append(request: AppendRequest): Promise<AppendResult> {
    if (this.#closed) return Promise.reject(new CorralError('Unavailable', 'event bus is closed'));
    return this.journal.append(request);
  }

  #dispatch(events: readonly JournaledEvent[]): void {
    for (const e of events) {
      for (const s of this.#subscriptions) s.deliver(e);
      for (const q of this.#handlers.values()) q.push(e);
    }
  }
}

function toSafeNumber(v: number | bigint | undefined): number {
  if (v === undefined) return 0;
  const b = toBigInt(v);
  if (b < 0n) throw new CorralError('InvalidArgument', `since_sequence ${b} must not be negative`);
  return b > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(b);
}
