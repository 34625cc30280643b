// One subscriber's stream: a replay of the journal, then live events, with a bounded buffer.
import { CorralError } from '@corral/api';
import type { corral } from '@corral/api';
import type { EventFilter } from './filter-match.js';
import { toWireEvent } from './journaled-event.js';
import type { JournaledEvent } from './journaled-event.js';

export interface SubscriptionInit {
  filter: EventFilter;
  /** The journal up to where live delivery starts; undefined for live events only. */
  replay: AsyncGenerator<JournaledEvent, void, undefined> | undefined;
  maxBufferedEvents: number;
  signal: AbortSignal | undefined;
  /** Detaches it from the bus once it ended, whichever way. */
  onEnd: (s: Subscription) => void;
}

/**
 * Events for one subscriber, as an async iterator of corral.v1.Event (shared objects: read-only).
 * The bus registers it for live events in the same tick it fixes where the replay stops, so the
 * replay and the live part meet without a gap or an overlap; live events wait in a buffer while
 * the replay runs. A subscriber that lets more than maxBufferedEvents pile up is ended with
 * ResourceExhausted instead of growing the daemon's memory; it may resubscribe with
 * since_sequence = the last sequence it saw and lose nothing the journal still holds.
 */
export class Subscription implements AsyncIterableIterator<corral.v1.Event> {
  readonly filter: EventFilter;
  readonly #maxBuffered: number;
  readonly #onEnd: (s: Subscription) => void;
  readonly #signal: AbortSignal | undefined;
  readonly #onAbort = (): void => this.close();
  #replay: AsyncGenerator<JournaledEvent, void, undefined> | undefined;
  #buffer: JournaledEvent[] = [];
  #head = 0;
  #lastSequence = 0;
  #ended = false;
  #error: CorralError | undefined;
  #wake: (() => void) | undefined;
  // next() calls run one at a time even if a caller does not wait for the previous one.
  #chain: Promise<unknown> = Promise.resolve();

  constructor(init: SubscriptionInit) {
    this.filter = init.filter;
    this.#replay = init.replay;
    this.#maxBuffered = Math.max(1, init.maxBufferedEvents);
    this.#onEnd = init.onEnd;
    this.#signal = init.signal;
    if (this.#signal?.aborted) this.#end(undefined);
    else this.#signal?.addEventListener('abort', this.#onAbort, { once: true });
  }

  /** The sequence number of the last event handed to the subscriber (0: none yet). */
  get lastSequence(): number {
    return this.#lastSequence;
  }

  get ended(): boolean {
    return this.#ended;
  }

  /** Events waiting for the subscriber to take them. */
  get buffered(): number {
    return this.#buffer.length - this.#head;
  }

  /** Offers a newly journaled event (the bus calls this synchronously, in journal order). */
  deliver(e: JournaledEvent): void {
    if (this.#ended || !this.filter.matches(e)) return;
    if (this.buffered >= this.#maxBuffered) {
      this.#end(
        new CorralError(
          'ResourceExhausted',
          `subscriber too slow: more than ${this.#maxBuffered} events waiting; ` +
            `resubscribe with since_sequence=${this.#lastSequence}`,
        ),
      );
      return;
    }
    this.#buffer.push(e);
    this.#wake?.();
  }

  /** Ends the stream quietly: the next next() reports done. */
  close(): void {
    this.#end(undefined);
  }

  /** Ends the stream with an error that the next next() throws (once). */
  fail(err: CorralError): void {
    this.#end(err);
  }

  next(): Promise<IteratorResult<corral.v1.Event, undefined>> {
    const result = this.#chain.then(() => this.#next());
    this.#chain = result.catch(() => undefined);
    return result;
  }

  return(): Promise<IteratorResult<corral.v1.Event, undefined>> {
    this.close();
    return Promise.resolve({ done: true, value: undefined });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  [Symbol.asyncDispose](): Promise<void> {
    this.close();
    return Promise.resolve();
  }

  async #next(): Promise<IteratorResult<corral.v1.Event, undefined>> {
    for (;;) {
      if (this.#ended) {
        const err = this.#error;
        this.#error = undefined;
        if (err) throw err;
        return { done: true, value: undefined };
      }
      const replay = this.#replay;
      if (replay !== undefined) {
        let r: IteratorResult<JournaledEvent, void>;
        try {
          r = await replay.next();
        } catch (err) {
          this.#end(new CorralError('Internal', 'replay events from the journal', { cause: err }));
          continue;
        }
        if (r.done) this.#replay = undefined;
        else if (!this.#ended && this.filter.matches(r.value)) {
          const out = this.#take(r.value);
          if (out) return out;
        }
        continue;
      }
      const e = this.#buffer[this.#head];
      if (e !== undefined) {
        this.#shift();
        const out = this.#take(e);
        if (out) return out;
        continue;
      }
      await new Promise<void>((resolve) => (this.#wake = resolve));
      this.#wake = undefined;
    }
  }

  /** Hands out an event, skipping any at or below what was handed out already (belt and braces). */
  #take(e: JournaledEvent): IteratorResult<corral.v1.Event, undefined> | undefined {
    if (e.sequence <= this.#lastSequence) return undefined;
    this.#lastSequence = e.sequence;
    return { done: false, value: toWireEvent(e) };
  }

  #shift(): void {
    this.#head++;
    // Drop the consumed prefix now and then, so shifting stays O(1) on average.
    if (this.#head >= 1024 && this.#head * 2 >= this.#buffer.length) {
      this.#buffer = this.#buffer.slice(this.#head);
      this.#head = 0;
    }
  }

  #end(err: CorralError | undefined): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#error = err;
    this.#buffer = [];
    this.#head = 0;
    this.#signal?.removeEventListener('abort', this.#onAbort);
    // Closes the replay's file; a next() in flight on it finishes first (generators queue calls).
    void this.#replay?.return(undefined).catch(() => undefined);
    this.#replay = undefined;
    this.#wake?.();
    this.#onEnd(this);
  }
}
