// One client's WebSocket: Frames in, calls dispatched, Frames out. Every call runs concurrently and
// is answered in completion order on the id it came with. Nothing a client sends can take down
// more than its own connection.
import { CorralError, defaultNamespace, namespaceFrameKey, validateIdentifier } from '@corral/api';
import { WebSocket } from 'ws';
import type { RawData } from 'ws';
import { FrameKind, decodeFrame, encodeFrame } from './frame-codec.js';
import type { Frame, Status } from './frame-codec.js';
import { maxFrameBytes, streamHighWaterBytes } from './limits.js';
import type { MethodRegistry } from './method-registry.js';
import { ServerCall } from './server-call.js';
import type { StreamSink } from './server-call.js';
import type { ApiCallContext, ApiLogger, ConnectionInfo } from './service.js';
import {
  statusBadNamespace,
  statusBadPayload,
  statusBadReply,
  statusCanceled,
  statusDuplicateId,
  statusFromHandlerError,
  statusMalformed,
  statusNoInputStream,
  statusOversized,
  statusOversizedReply,
  statusServerClosing,
  statusTooManyCalls,
  statusUnexpectedKind,
  statusUnknownMethod,
} from './statuses.js';

/** WebSocket close codes this server uses (RFC 6455 §7.4.1). */
export const closeCodes = {
  goingAway: 1001,
  unsupportedData: 1003,
  invalidPayload: 1007,
} as const;

export interface ConnectionDeps {
  readonly registry: MethodRegistry;
  readonly log: ApiLogger;
  readonly maxInflight: number;
  readonly onGone: (conn: ApiConnection) => void;
}

export class ApiConnection implements StreamSink {
  readonly info: ConnectionInfo;
  readonly #ws: WebSocket;
  readonly #deps: ConnectionDeps;
  readonly #log: ApiLogger;
  readonly #calls = new Map<bigint, ServerCall>();
  readonly #gone: Promise<void>;
  #running = 0;
  #pressured = 0;
  #alive = true;
  #draining = false;
  #onSettled: (() => void) | undefined;

  constructor(ws: WebSocket, info: ConnectionInfo, deps: ConnectionDeps) {
    this.#ws = ws;
    this.info = info;
    this.#deps = deps;
    this.#log = deps.log.child({ conn: info.id });
    this.#gone = new Promise<void>((resolve) => ws.once('close', () => resolve()));
    ws.on('message', (data, isBinary) => this.#onMessage(data, isBinary));
    ws.on('pong', () => (this.#alive = true));
    // ws reports protocol violations (bad opcodes, frames over maxPayload) here, then closes.
    ws.on('error', (err) => this.#log.debug({ err }, 'api: websocket error'));
    ws.once('close', (code, reason) => this.#onClose(code, reason.toString()));
  }

  /** Handlers running now, canceled ones included until they return. */
  get active(): number {
    return this.#running;
  }

  /** Resolves when the socket has closed. */
  get gone(): Promise<void> {
    return this.#gone;
  }

  get bufferedAmount(): number {
    return this.#ws.bufferedAmount;
  }

  /** Keepalive tick: drops a connection that did not answer the previous ping, then pings again. */
  heartbeat(): void {
    if (!this.#alive) {
      this.#log.info({}, 'api: no pong since the last ping, dropping the connection');
      this.#ws.terminate();
      return;
    }
    this.#alive = false;
    if (this.#ws.readyState === WebSocket.OPEN) this.#ws.ping();
  }

  /**
   * Stops taking calls and ends streams with Unavailable at once; unary calls get until
   * `graceMs` to answer, then Unavailable too; then closes with 1001 (going away).
   */
  async shutdown(graceMs: number): Promise<void> {
    this.#draining = true;
    for (const call of this.#calls.values()) {
      if (call.target.streaming) this.#endCall(call, statusServerClosing);
    }
    if (this.#calls.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        timer = setTimeout(resolve, graceMs);
        this.#onSettled = () => this.#calls.size === 0 && resolve();
      });
      clearTimeout(timer);
      this.#onSettled = undefined;
      for (const call of this.#calls.values()) this.#endCall(call, statusServerClosing);
    }
    if (this.#ws.readyState === WebSocket.OPEN)
      this.#ws.close(closeCodes.goingAway, 'corrald is shutting down');
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([this.#gone, expired]);
    clearTimeout(timer);
    this.#ws.terminate();
    await this.#gone;
  }

  sendStream(call: ServerCall, payload: Uint8Array): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.#ws.readyState !== WebSocket.OPEN) {
        reject(new CorralError('Canceled', `${call.target.fullName}: connection closed`));
        return;
      }
      let waiting = true;
      this.#ws.send(encodeFrame(call.id, FrameKind.STREAM, { payload }), { binary: true }, (err) => {
        if (!waiting) return;
        if (err)
          reject(new CorralError('Canceled', `${call.target.fullName}: connection closed`, { cause: err }));
        else resolve();
      });
      if (this.#ws.bufferedAmount <= streamHighWaterBytes) {
        waiting = false;
        resolve();
      }
    });
  }

  inputPressure(over: boolean): void {
    this.#pressured += over ? 1 : -1;
    if (over && this.#pressured === 1) this.#ws.pause();
    if (!over && this.#pressured === 0) this.#ws.resume();
  }

  #onMessage(data: RawData, isBinary: boolean): void {
    if (!isBinary) {
      this.#ws.close(closeCodes.unsupportedData, 'corral frames are binary protobuf messages');
      return;
    }
    // ws hands over a Buffer (binaryType "nodebuffer"); the other shapes are for completeness.
    const bytes = Buffer.isBuffer(data)
      ? data
      : Array.isArray(data)
        ? Buffer.concat(data)
        : Buffer.from(data);
    const decoded = decodeFrame(bytes);
    if (!decoded.ok) {
      if (decoded.id === undefined) {
        this.#log.debug({ reason: decoded.reason }, 'api: malformed frame with no id, closing');
        this.#ws.close(closeCodes.invalidPayload, 'malformed frame: not a corral.v1.Frame');
        return;
      }
      this.#fail(decoded.id, statusMalformed(decoded.reason));
      return;
    }
    const f = decoded.frame;
    if (bytes.length > maxFrameBytes) {
      this.#fail(f.id, statusOversized(bytes.length));
      return;
    }
    switch (f.kind) {
      case FrameKind.REQUEST:
        this.#onRequest(f);
        return;
      case FrameKind.STREAM:
        this.#onStream(f);
        return;
      case FrameKind.STREAM_END:
        this.#onStreamEnd(f);
        return;
      case FrameKind.CANCEL: {
        const call = this.#calls.get(f.id);
        // A CANCEL that crossed the call's RESPONSE on the wire finds nothing: fine.
        if (call) this.#endCall(call, statusCanceled(call.target.fullName));
        return;
      }
      default:
        this.#fail(f.id, statusUnexpectedKind(FrameKind[f.kind] ?? String(f.kind)));
    }
  }

  #onRequest(f: Frame): void {
    if (this.#calls.has(f.id)) return this.#respond(f.id, { status: statusDuplicateId(f.id) });
    if (this.#draining) return this.#respond(f.id, { status: statusServerClosing });
    if (this.#running >= this.#deps.maxInflight) {
      return this.#respond(f.id, { status: statusTooManyCalls(this.#deps.maxInflight) });
    }
    const target = this.#deps.registry.resolve(f.method);
    if (!target) return this.#respond(f.id, { status: statusUnknownMethod(f.method) });
    let namespace: string;
    try {
      namespace = validateIdentifier(f.metadata[namespaceFrameKey] ?? defaultNamespace, 'namespace');
    } catch (err) {
      return this.#respond(f.id, { status: statusBadNamespace(err) });
    }
    let request: unknown;
    try {
      request = target.requestType.decode(f.payload);
    } catch (err) {
      return this.#respond(f.id, { status: statusBadPayload(`${target.fullName} request`, err) });
    }
    const call = new ServerCall(f.id, target, this);
    this.#calls.set(f.id, call);
    const ctx: ApiCallContext = {
      id: f.id,
      namespace,
      metadata: f.metadata,
      signal: call.controller.signal,
      service: target.service,
      method: target.method,
      connection: this.info,
      log: this.#log.child({ reqId: f.id.toString(), method: target.fullName }),
    };
    const fullCtx = target.streaming ? { ...ctx, stream: call.stream(this) } : ctx;
    this.#running++;
    const run = async (): Promise<unknown> => target.handler(request, fullCtx);
    void run()
      .then(
        (result) => this.#finish(call, result, undefined, ctx.log),
        (err: unknown) => this.#finish(call, undefined, err, ctx.log),
      )
      .finally(() => {
        this.#running--;
        this.#onSettled?.();
      });
  }

  #onStream(f: Frame): void {
    const call = this.#calls.get(f.id);
    // Input racing the call's end (stdin typed as the exec exits) is dropped.
    if (!call) return;
    const codec = call.target.input;
    if (!call.input || !codec) return this.#endCall(call, statusNoInputStream(call.target.fullName));
    let message: unknown;
    try {
      message = codec.decode(f.payload);
    } catch (err) {
      return this.#endCall(call, statusBadPayload(`${call.target.fullName} stream message`, err));
    }
    call.input.push(message, f.payload.length);
  }

  #onStreamEnd(f: Frame): void {
    const call = this.#calls.get(f.id);
    if (!call) return;
    if (!call.input) return this.#endCall(call, statusNoInputStream(call.target.fullName));
    call.input.end(f.status ? CorralError.fromStatus(f.status.code, f.status.message) : undefined);
  }

  #finish(call: ServerCall, result: unknown, err: unknown, log: ApiLogger): void {
    if (call.ended) {
      // Canceled or cut off: the answer has nowhere to go.
      if (err !== undefined) log.debug({ err }, 'api: call ended before its handler failed');
      return;
    }
    if (err !== undefined) {
      const { status, withheld } = statusFromHandlerError(err, call.target.fullName);
      if (withheld) log.error({ err }, 'api: handler failed with an error that has no kind');
      this.#endCall(call, status);
      return;
    }
    let payload: Uint8Array;
    try {
      payload = call.target.responseType.encode(result ?? {}).finish();
    } catch (e) {
      log.error({ err: e }, 'api: encoding the reply failed');
      this.#endCall(call, statusBadReply(call.target.fullName, e));
      return;
    }
    if (payload.length > maxFrameBytes) {
      this.#endCall(call, statusOversizedReply(call.target.fullName, payload.length));
      return;
    }
    this.#calls.delete(call.id);
    call.end(undefined);
    this.#respond(call.id, { payload });
  }

  /** Answers `status` on `id`, ending its call if one is in flight. */
  #fail(id: bigint, status: Status): void {
    const call = this.#calls.get(id);
    if (call) this.#endCall(call, status);
    else this.#respond(id, { status });
  }

  /** Sends the call's final RESPONSE with `status` and aborts its handler. */
  #endCall(call: ServerCall, status: Status): void {
    this.#calls.delete(call.id);
    call.end(CorralError.fromStatus(status.code, status.message));
    this.#respond(call.id, { status });
    this.#onSettled?.();
  }

  #respond(id: bigint, fields: { payload?: Uint8Array; status?: Status }): void {
    if (this.#ws.readyState !== WebSocket.OPEN) return;
    this.#ws.send(encodeFrame(id, FrameKind.RESPONSE, fields), { binary: true }, (err) => {
      if (err) this.#log.debug({ err, reqId: id.toString() }, 'api: reply not delivered');
    });
  }

  #onClose(code: number, reason: string): void {
    this.#log.debug({ code, reason }, 'api: connection closed');
    const gone = new CorralError('Canceled', 'connection closed');
    for (const call of this.#calls.values()) call.end(gone);
    this.#calls.clear();
    this.#onSettled?.();
    this.#deps.onGone(this);
  }
}
