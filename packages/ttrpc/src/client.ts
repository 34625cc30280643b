// The ttrpc client (containerd/ttrpc client.go): one connection, calls multiplexed by stream id
// (1, 3, 5, …), replies matched to calls in whatever order they come.
import type { Socket } from 'node:net';
import { CorralError } from '@corral/api/task';
import type { ServiceDef } from '@corral/api/task';
import { Channel, MessageType, messageLengthMax } from './channel.js';
import type { Frame, FrameHeader } from './channel.js';
import { decodeResponse, encodeRequest } from './codec.js';
import { emitWarning } from './diagnostics.js';
import type { WarningListener } from './diagnostics.js';
import {
  errCanceled,
  errClosed,
  errDeadline,
  errOversizedRequest,
  errorFromStatus,
  messageOf,
  statusOversized,
  withCallSite,
} from './errors.js';
import { Metadata } from './metadata.js';
import { fullMethodName } from './service.js';
import type { CallOptions, ServiceClient } from './service.js';

export interface ClientOptions {
  /** Runs once when the connection closes, whoever closed it (containerd's WithOnClose). */
  onClose?: () => void;
  onWarning?: WarningListener;
}

/** How long close() waits for the peer to finish the orderly close before dropping the socket. */
export const clientCloseTimeoutMs = 1_000;

// setTimeout cannot wait longer than this; a longer deadline is sent but not enforced locally.
const maxTimerMs = 2 ** 31 - 1;
// Stream ids are uint32 on the wire; Go's client would wrap around, we refuse instead.
const maxStreamId = 0xffff_ffff;
// Stream ids of calls given up on (timeout, abort), so their late replies are dropped quietly.
const maxAbandoned = 4096;

interface PendingCall {
  settle(err: Error | undefined, payload?: Uint8Array): void;
}

type StackTop = (...args: never[]) => unknown;

export class Client {
  readonly #channel: Channel;
  readonly #options: ClientOptions;
  readonly #pending = new Map<number, PendingCall>();
  readonly #abandoned = new Set<number>();
  #nextStreamId = 1;
  #closed = false;

  constructor(socket: Socket, options: ClientOptions = {}) {
    this.#options = options;
    this.#channel = new Channel(socket, {
      frame: (f) => this.#onFrame(f),
      oversized: (h) => this.#onOversized(h),
      closed: (err) => this.#onClosed(err),
    });
  }

  /** True once the connection is gone; every later call rejects with Unavailable. */
  get closed(): boolean {
    return this.#closed;
  }

  /** A typed stub: one method per JS method name of `def`. */
  service<S extends ServiceDef>(def: S): ServiceClient<S> {
    const stub: Record<string, unknown> = {};
    for (const [jsName, m] of Object.entries(def.methods)) {
      const invoke = (request: unknown, options: CallOptions = {}): Promise<unknown> => {
        const callSite = captureCallSite(invoke);
        const what = fullMethodName(def.name, m.name);
        let payload: Uint8Array;
        try {
          payload = m.requestType.encode(request).finish();
        } catch (err) {
          const e = new CorralError('InvalidArgument', `${what}: marshal request: ${messageOf(err)}`);
          return Promise.reject(withCallSite(e, callSite));
        }
        return this.#invoke(def.name, m.name, payload, options, callSite).then((reply) => {
          try {
            return m.responseType.decode(reply);
          } catch (err) {
            const e = new CorralError('Internal', `${what}: unmarshal reply: ${messageOf(err)}`);
            throw withCallSite(e, callSite);
          }
        });
      };
      stub[jsName] = invoke;
    }
    return stub as ServiceClient<S>;
  }

  /** An untyped call: the method's request bytes in, its reply bytes out. */
  call(service: string, method: string, payload: Uint8Array, options: CallOptions = {}): Promise<Uint8Array> {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- only its identity is used, to cut the stack
    return this.#invoke(service, method, payload, options, captureCallSite(this.call));
  }

  /** Orderly close: pending calls reject with Unavailable, then FIN; resolves once the socket is gone. */
  async close(): Promise<void> {
    this.#failAll(errClosed());
    this.#closed = true;
    this.#channel.end();
    const timer = setTimeout(() => this.#channel.destroy(), clientCloseTimeoutMs);
    try {
      await this.#channel.waitClosed();
    } finally {
      clearTimeout(timer);
    }
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  #invoke(
    service: string,
    method: string,
    payload: Uint8Array,
    options: CallOptions,
    callSite: Error,
  ): Promise<Uint8Array> {
    const what = fullMethodName(service, method);
    return new Promise<Uint8Array>((resolve, reject) => {
      const fail = (err: Error): void => reject(withCallSite(err, callSite));
      const { timeoutMs, signal } = options;
      if (this.#closed) return fail(errClosed());
      if (signal?.aborted) return fail(errCanceled(what, signal.reason));
      if (timeoutMs !== undefined && Number.isNaN(timeoutMs)) {
        return fail(new CorralError('InvalidArgument', `${what}: timeoutMs is NaN`));
      }
      // Go's client checks the deadline before sending, too.
      if (timeoutMs !== undefined && timeoutMs <= 0) return fail(errDeadline(what, timeoutMs));
      if (this.#nextStreamId > maxStreamId) {
        return fail(new CorralError('ResourceExhausted', `${what}: stream ids used up, dial again`));
      }

      const request = encodeRequest({
        service,
        method,
        payload,
        // Past int64 nanoseconds (~292 years) a deadline means none.
        timeoutNano: timeoutMs === undefined || !(timeoutMs < 9e12) ? 0n : BigInt(Math.ceil(timeoutMs * 1e6)),
        metadata: options.metadata === undefined ? [] : new Metadata(options.metadata).toKeyValues(),
      });
      if (request.length > messageLengthMax) return fail(errOversizedRequest(what, request.length));

      const id = this.#nextStreamId;
      this.#nextStreamId += 2;
      let timer: NodeJS.Timeout | undefined;
      const onAbort = (): void => giveUp(errCanceled(what, signal?.reason));
      const call: PendingCall = {
        settle: (err, reply) => {
          if (timer) clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          if (err) fail(err);
          else resolve(reply ?? new Uint8Array(0));
        },
      };
      const giveUp = (err: Error): void => {
        if (this.#pending.get(id) !== call) return;
        this.#pending.delete(id);
        this.#abandon(id);
        call.settle(err);
      };
      if (timeoutMs !== undefined && timeoutMs <= maxTimerMs) {
        timer = setTimeout(() => giveUp(errDeadline(what, timeoutMs)), timeoutMs);
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#pending.set(id, call);
      if (!this.#channel.send(id, MessageType.Request, request)) {
        this.#pending.delete(id);
        call.settle(errClosed());
      }
    });
  }

  #onFrame(f: Frame): void {
    if (this.#closed) return;
    const call = this.#pending.get(f.streamId);
    if (!call) {
      if (!this.#abandoned.delete(f.streamId)) {
        this.#warn(`ttrpc: received message for unknown stream ${f.streamId}`, f.streamId);
      }
      return;
    }
    this.#pending.delete(f.streamId);
    if (f.type !== MessageType.Response) {
      call.settle(new CorralError('Internal', `ttrpc: unknown message type ${f.type} received`));
      return;
    }
    let reply;
    try {
      reply = decodeResponse(f.payload);
    } catch (err) {
      call.settle(new CorralError('Internal', `ttrpc: unmarshal response: ${messageOf(err)}`));
      return;
    }
    // Go treats a present status with code 0 as success, too.
    if (reply.status && reply.status.code !== 0) call.settle(errorFromStatus(reply.status));
    else call.settle(undefined, reply.payload);
  }

  #onOversized(h: FrameHeader): void {
    if (this.#closed) return;
    const call = this.#pending.get(h.streamId);
    if (!call) {
      this.#warn(`ttrpc: dropped oversized message for unknown stream ${h.streamId}`, h.streamId);
      return;
    }
    this.#pending.delete(h.streamId);
    call.settle(new CorralError('ResourceExhausted', statusOversized(h.length).message));
  }

  #onClosed(err: Error | undefined): void {
    this.#closed = true;
    this.#failAll(errClosed(err));
    try {
      this.#options.onClose?.();
    } catch (hookErr) {
      this.#warn('ttrpc: onClose hook threw', undefined, hookErr);
    }
  }

  #failAll(err: CorralError): void {
    const calls = [...this.#pending.values()];
    this.#pending.clear();
    for (const c of calls) c.settle(err);
  }

  #abandon(id: number): void {
    this.#abandoned.add(id);
    if (this.#abandoned.size > maxAbandoned) {
      const oldest = this.#abandoned.values().next();
      if (!oldest.done) this.#abandoned.delete(oldest.value);
    }
  }

  #warn(message: string, streamId?: number, error?: unknown): void {
    emitWarning(this.#options.onWarning, {
      message,
      ...(streamId === undefined ? {} : { streamId }),
      ...(error === undefined ? {} : { error }),
    });
  }
}

/** The stack of the caller of `top`, captured before any await (grpc-js's callerStack). */
function captureCallSite(top: StackTop): Error {
  const site = new Error();
  Error.captureStackTrace(site, top);
  return site;
}
