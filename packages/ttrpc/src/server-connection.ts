// One accepted connection of the server (containerd/ttrpc server.go serverConn): every request
// runs concurrently and is answered in completion order, on the stream id it came with.
import type { Socket } from 'node:net';
import { Code, CorralError } from '@corral/api/task';
import type { MethodDef } from '@corral/api/task';
import { Channel, MessageType, messageLengthMax } from './channel.js';
import type { Frame, FrameHeader } from './channel.js';
import { decodeRequest, encodeResponse } from './codec.js';
import type { RequestEnvelope, ResponseEnvelope } from './codec.js';
import { emitWarning } from './diagnostics.js';
import type { WarningListener } from './diagnostics.js';
import {
  statusBadPayload,
  statusBadReply,
  statusBadRequest,
  statusFromError,
  statusOddStreamId,
  statusOversized,
} from './errors.js';
import type { Status } from './errors.js';
import { Metadata } from './metadata.js';
import { fullMethodName } from './service.js';
import type { CallContext } from './service.js';

export interface RegisteredMethod {
  readonly def: MethodDef<unknown, unknown>;
  readonly handler: (request: unknown, ctx: CallContext) => Promise<unknown>;
}

export interface MethodResolver {
  /** The method, or the Unimplemented status naming what is missing. */
  resolve(service: string, method: string): RegisteredMethod | Status;
}

const statusServerClosing: Status = { code: Code.Unavailable, message: 'ttrpc: server closed' };

export class ServerConnection {
  readonly #channel: Channel;
  readonly #resolver: MethodResolver;
  readonly #onWarning: WarningListener | undefined;
  readonly #inflight = new Set<AbortController>();
  readonly #gone: Promise<void>;
  #draining = false;

  constructor(
    socket: Socket,
    resolver: MethodResolver,
    onWarning: WarningListener | undefined,
    onGone: (conn: ServerConnection) => void,
  ) {
    this.#resolver = resolver;
    this.#onWarning = onWarning;
    let gone!: () => void;
    this.#gone = new Promise<void>((resolve) => (gone = resolve));
    this.#channel = new Channel(socket, {
      frame: (f) => this.#onFrame(f),
      oversized: (h) => this.#onOversized(h),
      closed: () => {
        // Go cancels every handler's context when its connection ends; the replies have nowhere to go.
        for (const c of this.#inflight) c.abort(new CorralError('Canceled', 'ttrpc: connection closed'));
        onGone(this);
        gone();
      },
    });
  }

  /** Requests being handled now. */
  get active(): number {
    return this.#inflight.size;
  }

  /** Resolves when the socket has closed. */
  get gone(): Promise<void> {
    return this.#gone;
  }

  /**
   * Stops taking requests and closes once those in flight have replied; an idle connection closes
   * at once (Go's Shutdown closes idle connections and waits for active ones).
   */
  drain(): void {
    this.#draining = true;
    this.#channel.pause();
    if (this.#inflight.size === 0) this.#channel.end();
  }

  /** Drops the connection now; handlers still running see their signal aborted. */
  destroy(): void {
    this.#channel.destroy();
  }

  #onFrame(f: Frame): void {
    // ttrpc v1.1.1 ignores every other type (for future compatibility), data frames included.
    if (f.type !== MessageType.Request) return;
    let req: RequestEnvelope;
    try {
      req = decodeRequest(f.payload);
    } catch (err) {
      this.#reply(f.streamId, { status: statusBadRequest(err), payload: new Uint8Array(0) });
      return;
    }
    if (f.streamId % 2 !== 1) {
      this.#reply(f.streamId, { status: statusOddStreamId, payload: new Uint8Array(0) });
      return;
    }
    if (this.#draining) {
      this.#reply(f.streamId, { status: statusServerClosing, payload: new Uint8Array(0) });
      return;
    }
    const target = this.#resolver.resolve(req.service, req.method);
    if ('code' in target) {
      this.#reply(f.streamId, { status: target, payload: new Uint8Array(0) });
      return;
    }
    this.#handle(f.streamId, req, target).catch((err: unknown) =>
      this.#warn(`ttrpc: replying to stream ${f.streamId} failed`, f.streamId, err),
    );
  }

  #onOversized(h: FrameHeader): void {
    // The payload has been read and dropped; the connection stays usable (ttrpc v1.1.1).
    this.#reply(h.streamId, { status: statusOversized(h.length), payload: new Uint8Array(0) });
  }

  async #handle(streamId: number, req: RequestEnvelope, target: RegisteredMethod): Promise<void> {
    const controller = new AbortController();
    this.#inflight.add(controller);
    const what = fullMethodName(req.service, req.method);
    const timer = armDeadline(controller, req.timeoutNano, what);
    const ctx: CallContext = {
      metadata: Metadata.fromKeyValues(req.metadata),
      signal: controller.signal,
      deadline: req.timeoutNano === 0n ? undefined : Date.now() + Number(req.timeoutNano) / 1e6,
      service: req.service,
      method: req.method,
    };
    let response: ResponseEnvelope;
    try {
      response = await this.#run(target, req.payload, ctx);
    } catch (err) {
      response = { status: statusFromError(err), payload: new Uint8Array(0) };
      if (!(err instanceof CorralError)) {
        this.#warn(`ttrpc: ${what} failed with an error that has no kind`, streamId, err);
      }
    } finally {
      if (timer) clearTimeout(timer);
      this.#inflight.delete(controller);
    }
    this.#reply(streamId, response);
    if (this.#draining && this.#inflight.size === 0) this.#channel.end();
  }

  async #run(target: RegisteredMethod, payload: Uint8Array, ctx: CallContext): Promise<ResponseEnvelope> {
    let request: unknown;
    try {
      request = target.def.requestType.decode(payload);
    } catch (err) {
      return { status: statusBadPayload(err), payload: new Uint8Array(0) };
    }
    const result = await target.handler(request, ctx);
    try {
      // An Empty reply encodes to 0 bytes, and the Response then carries no payload field.
      return { payload: target.def.responseType.encode(result ?? {}).finish() };
    } catch (err) {
      return { status: statusBadReply(err), payload: new Uint8Array(0) };
    }
  }

  #reply(streamId: number, response: ResponseEnvelope): void {
    let bytes = encodeResponse(response);
    if (bytes.length > messageLengthMax) {
      const status = statusFromError(
        new CorralError(
          'ResourceExhausted',
          `reply of ${bytes.length} bytes exceeds maximum message size of ${messageLengthMax}`,
        ),
      );
      bytes = encodeResponse({ status, payload: new Uint8Array(0) });
    }
    this.#channel.send(streamId, MessageType.Response, bytes);
  }

  #warn(message: string, streamId: number, error: unknown): void {
    emitWarning(this.#onWarning, { message, streamId, error });
  }
}

/** Aborts the handler's signal when the caller's timeout_nano runs out (Go's context.WithTimeout). */
function armDeadline(
  controller: AbortController,
  timeoutNano: bigint,
  what: string,
): NodeJS.Timeout | undefined {
  if (timeoutNano === 0n) return undefined;
  const reason = new CorralError('DeadlineExceeded', `${what}: deadline exceeded`);
  const ms = Math.ceil(Number(timeoutNano) / 1e6);
  if (ms <= 0) {
    controller.abort(reason);
    return undefined;
  }
  // Past setTimeout's range the deadline is too far away to matter.
  if (ms > 2 ** 31 - 1) return undefined;
  const timer = setTimeout(() => controller.abort(reason), ms);
  timer.unref();
  return timer;
}
