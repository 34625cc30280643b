// One call in flight on a connection: its REQUEST went out, its RESPONSE settles it; in between,
// STREAM messages may flow both ways, and CANCEL abandons it.
import type { CorralError } from '@corral/api';
import { errCanceled, errDeadline, errorFromStatus } from './errors.js';
import { FrameKind } from './frame-codec.js';
import type { Frame } from './frame-codec.js';

/** What the call needs of its connection. */
export interface CallWire {
  /** Sends a frame of this call; with `wait`, resolves once the socket buffer has room again. */
  sendFrame(id: number, kind: FrameKind, payload: Uint8Array | undefined, wait: boolean): Promise<void>;
  /** The call is over: forget its id. */
  release(id: number): void;
}

export interface CallHandlers {
  /** A STREAM message from corrald. */
  onStream?(payload: Uint8Array): void;
  /** corrald's STREAM_END: its stream is over (`err` when it said why). */
  onStreamEnd?(err: CorralError | undefined): void;
}

export interface CallLimits {
  timeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
}

// setTimeout cannot wait longer; a longer timeout is no timeout.
const maxTimerMs = 2 ** 31 - 1;

export class ClientCall {
  readonly id: number;
  readonly method: string;
  /** The RESPONSE payload; rejects with a CorralError (the caller adds its stack). */
  readonly response: Promise<Uint8Array>;
  readonly #wire: CallWire;
  readonly #handlers: CallHandlers;
  readonly #signal: AbortSignal | undefined;
  readonly #onAbort: () => void;
  #timer: NodeJS.Timeout | undefined;
  #resolve!: (payload: Uint8Array) => void;
  #reject!: (err: Error) => void;
  #done = false;

  constructor(id: number, method: string, wire: CallWire, handlers: CallHandlers, limits: CallLimits) {
    this.id = id;
    this.method = method;
    this.#wire = wire;
    this.#handlers = handlers;
    this.response = new Promise<Uint8Array>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    // Whoever holds the call may only watch its streams; a failure must not go unhandled.
    this.response.catch(() => {});
    this.#signal = limits.signal;
    this.#onAbort = () => this.cancel(errCanceled(method, limits.signal?.reason));
    limits.signal?.addEventListener('abort', this.#onAbort, { once: true });
    const { timeoutMs } = limits;
    if (timeoutMs !== undefined && timeoutMs <= maxTimerMs) {
      this.#timer = setTimeout(() => this.cancel(errDeadline(method, timeoutMs)), Math.max(0, timeoutMs));
    }
  }

  /** True once the call has settled; sends after that are dropped. */
  get done(): boolean {
    return this.#done;
  }

  /** A STREAM message to corrald; resolves when the socket can take more (backpressure). */
  send(payload: Uint8Array): Promise<void> {
    if (this.#done) return Promise.resolve();
    return this.#wire.sendFrame(this.id, FrameKind.STREAM, payload, true);
  }

  /** STREAM_END: this side's stream is over. */
  end(): void {
    if (this.#done) return;
    void this.#wire.sendFrame(this.id, FrameKind.STREAM_END, undefined, false);
  }

  /** Sends CANCEL and fails the call locally with `err` (Canceled by default). */
  cancel(err: CorralError = errCanceled(this.method)): void {
    if (this.#done) return;
    void this.#wire.sendFrame(this.id, FrameKind.CANCEL, undefined, false);
    this.fail(err);
  }

  /** A frame corrald sent for this call. */
  deliver(f: Frame): void {
    if (this.#done) return;
    switch (f.kind) {
      case FrameKind.RESPONSE:
        if (f.status) this.fail(errorFromStatus(f.status));
        else this.#settle(() => this.#resolve(f.payload));
        return;
      case FrameKind.STREAM:
        this.#handlers.onStream?.(f.payload);
        return;
      case FrameKind.STREAM_END:
        this.#handlers.onStreamEnd?.(f.status ? errorFromStatus(f.status) : undefined);
        return;
      default:
        // REQUEST or CANCEL from a server: nothing a client can act on.
        return;
    }
  }

  /** Settles the call with `err` (connection lost, closed, canceled, or corrald's status). */
  fail(err: Error): void {
    this.#settle(() => this.#reject(err));
  }

  #settle(how: () => void): void {
    if (this.#done) return;
    this.#done = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#signal?.removeEventListener('abort', this.#onAbort);
    this.#wire.release(this.id);
    how();
  }
}
