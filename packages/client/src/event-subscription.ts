// corral.v1.Events/Subscribe as an async iterable that outlives corrald restarts: when the
// connection drops it dials again and resubscribes from after the last sequence it delivered, so
// the reader sees every event once, in order (corrald's journal replays what it missed).
import { CorralError, corral, corralMethodName, nowNanos, toBigInt, toInt64, toUint64 } from '@corral/api';
import type { MessageType } from '@corral/api';
import type { Caller, CallOptions } from './call-options.js';
import { captureCallSite } from './errors.js';
import { reconnectMaxDelayMs, reconnectMinDelayMs } from './limits.js';
import { iterateServerStream } from './server-stream.js';
import { EventsService } from './service-defs.js';
import type { Event } from './service-defs.js';

export interface SubscribeOptions extends Omit<CallOptions, 'timeoutMs'> {
  /** Resubscribe after a dropped connection (default true); false: the iteration throws Unavailable. */
  reconnect?: boolean;
  /** Told each time the subscription lost its connection and is about to try again. */
  onReconnect?: (info: { attempt: number; error: CorralError }) => void;
}

export interface EventSubscription extends AsyncIterable<Event> {
  /** Sequence number of the last event delivered (0 before the first). */
  readonly lastSequence: bigint;
}

type SubscribeRequest = corral.v1.SubscribeRequest.$Properties;

const subscribeMethod = corralMethodName(EventsService, EventsService.methods.subscribe);
const eventCodec: MessageType<Event> = corral.v1.Event;

export function subscribeEvents(
  caller: Caller,
  request: SubscribeRequest,
  options: SubscribeOptions = {},
  site: Error = captureCallSite(subscribeEvents),
): EventSubscription {
  const filters = request.filters ?? [];
  let last = toBigInt(request.sinceSequence);
  const sinceTime = toBigInt(request.sinceTime);
  const { signal } = options;

  async function* run(): AsyncGenerator<Event, void, undefined> {
    // A live-only subscription that drops before its first event resumes from when it began.
    let resumeTime = sinceTime;
    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted) return;
      const req: SubscribeRequest =
        last > 0n
          ? { filters, sinceSequence: toUint64(last) }
          : { filters, ...(resumeTime > 0n ? { sinceTime: toInt64(resumeTime) } : {}) };
      if (resumeTime === 0n) resumeTime = nowNanos();
      const stream = iterateServerStream({
        caller,
        method: subscribeMethod,
        payload: EventsService.methods.subscribe.requestType.encode(req).finish(),
        output: eventCodec,
        options,
        site,
      });
      try {
        for await (const event of stream) {
          const seq = toBigInt(event.sequence);
          // corrald replays from after `last`; anything at or before it was delivered already.
          if (seq !== 0n && seq <= last) continue;
          if (seq > last) last = seq;
          attempt = 0;
          yield event;
        }
        return;
      } catch (err) {
        if (!shouldReconnect(err, options, caller)) throw err;
        options.onReconnect?.({ attempt: attempt + 1, error: err as CorralError });
        await pause(backoffMs(attempt), signal, caller.closed);
      }
    }
  }

  const iterable = {
    get lastSequence(): bigint {
      return last;
    },
    [Symbol.asyncIterator]: () => run(),
  };
  return iterable;
}

function shouldReconnect(err: unknown, options: SubscribeOptions, caller: Caller): boolean {
  if (options.reconnect === false || caller.closed.aborted || options.signal?.aborted) return false;
  return err instanceof CorralError && err.code === 'Unavailable';
}

function backoffMs(attempt: number): number {
  return Math.min(reconnectMaxDelayMs, reconnectMinDelayMs * 2 ** Math.min(attempt, 16));
}

/** Waits `ms`, cut short when either signal aborts (the loop then sees why and stops). */
function pause(ms: number, ...signals: (AbortSignal | undefined)[]): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      for (const s of signals) s?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    for (const s of signals) s?.addEventListener('abort', done, { once: true });
  });
}
