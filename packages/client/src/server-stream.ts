// A call whose replies come as STREAM messages (ContainerLogs, one Subscribe attempt) seen as an
// async iterable. Breaking out of the loop CANCELs the call on corrald.
import { CorralError } from '@corral/api';
import type { MessageType } from '@corral/api';
import type { CallOptions, Caller } from './call-options.js';
import type { ClientCall } from './client-call.js';
import type { Connection } from './connection.js';
import { cloneError, messageOf, withCallSite } from './errors.js';
import { receiveHighWaterBytes } from './limits.js';
import { MessageQueue } from './message-queue.js';

export interface StreamSource<Out> {
  caller: Caller;
  method: string;
  payload: Uint8Array;
  output: MessageType<Out>;
  options: CallOptions;
  site: Error;
}

/**
 * Yields the messages of one call until its RESPONSE; throws the call's error (with the caller's
 * stack) when it fails, and ends quietly when `options.signal` aborts.
 */
export async function* iterateServerStream<Out>(
  src: StreamSource<Out>,
): AsyncGenerator<Out, void, undefined> {
  const { signal } = src.options;
  if (signal?.aborted) return;
  let connection: Connection | undefined;
  const queue = new MessageQueue<Out>(receiveHighWaterBytes, (over) => connection?.pressure(over));
  const onAbort = (): void => queue.end();
  signal?.addEventListener('abort', onAbort, { once: true });
  let call: ClientCall | undefined;
  try {
    // The signal ends the iteration here, not the call: CANCEL goes out in `finally`.
    const { signal: _ignored, ...callOptions } = src.options;
    ({ call, connection } = await src.caller.start(
      src.method,
      src.payload,
      {
        onStream: (payload) => {
          let message: Out;
          try {
            message = src.output.decode(payload);
          } catch (err) {
            call?.cancel(
              new CorralError('Internal', `${src.method}: decode stream message: ${messageOf(err)}`),
            );
            return;
          }
          queue.push(message, payload.length);
        },
        onStreamEnd: (err) => {
          if (err) queue.end(err);
        },
      },
      callOptions,
    ));
    const started = call;
    started.response.then(
      () => queue.end(),
      (err: Error) => queue.end(err),
    );
    for (;;) {
      const next = await queue.next();
      if (!next) return;
      yield next.value;
    }
  } catch (err) {
    throw withCallSite(err instanceof CorralError ? cloneError(err) : (err as Error), src.site);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    call?.cancel();
    queue.discard();
  }
}
