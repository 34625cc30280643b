// One call in flight on a connection: its handler's abort signal, the client's stream messages
// waiting to be read, and the `ctx.stream` the handler writes through.
import { CorralError } from '@corral/api';
import { InputQueue } from './input-queue.js';
import { maxFrameBytes, streamHighWaterBytes } from './limits.js';
import type { RegisteredMethod } from './method-registry.js';
import type { ServerStream } from './service.js';
import { messageOf } from './statuses.js';

/** What a call needs of its connection to put STREAM frames on the wire. */
export interface StreamSink {
  /** Sends the STREAM frame of `call`; resolves per ServerStream.send's contract. */
  sendStream(call: ServerCall, payload: Uint8Array): Promise<void>;
  readonly bufferedAmount: number;
  /** Input of some call is over (true) or back under (false) its high-water mark. */
  inputPressure(over: boolean): void;
}

export class ServerCall {
  readonly id: bigint;
  readonly target: RegisteredMethod;
  readonly controller = new AbortController();
  readonly input: InputQueue<unknown> | undefined;
  #ended = false;

  constructor(id: bigint, target: RegisteredMethod, sink: StreamSink) {
    this.id = id;
    this.target = target;
    this.input = target.input
      ? new InputQueue<unknown>(streamHighWaterBytes, (over) => sink.inputPressure(over))
      : undefined;
  }

  /** True once the call's RESPONSE has gone out (or the connection is gone): nothing more is sent. */
  get ended(): boolean {
    return this.#ended;
  }

  /** Marks the call over: the handler's signal aborts with `reason` unless it finished by itself. */
  end(reason: Error | undefined): void {
    if (this.#ended) return;
    this.#ended = true;
    this.input?.discard(reason);
    if (reason) this.controller.abort(reason);
  }

  /** The handler's view of the call's streams. */
  stream(sink: StreamSink): ServerStream<unknown, unknown> {
    const input = this.input ?? emptyInput;
    const output = this.target.output;
    return {
      [Symbol.asyncIterator]: () => input[Symbol.asyncIterator](),
      send: (message: unknown): Promise<void> => {
        if (this.#ended) return Promise.reject(this.#endedError());
        if (!output) {
          return Promise.reject(new CorralError('Internal', `${this.target.fullName} has no server stream`));
        }
        let payload: Uint8Array;
        try {
          payload = output.encode(message).finish();
        } catch (err) {
          const e = new CorralError(
            'Internal',
            `${this.target.fullName}: encode stream message: ${messageOf(err)}`,
          );
          return Promise.reject(e);
        }
        if (payload.length > maxFrameBytes) {
          return Promise.reject(
            new CorralError(
              'ResourceExhausted',
              `${this.target.fullName}: stream message of ${payload.length} bytes exceeds the maximum frame size`,
            ),
          );
        }
        return sink.sendStream(this, payload);
      },
      get bufferedAmount() {
        return sink.bufferedAmount;
      },
    };
  }

  #endedError(): Error {
    const reason: unknown = this.controller.signal.reason;
    return reason instanceof Error
      ? reason
      : new CorralError('Canceled', `${this.target.fullName}: call ended`);
  }
}

const emptyInput: AsyncIterable<unknown> = {
  async *[Symbol.asyncIterator]() {},
};
