// One WebSocket to corrald: calls multiplexed by id (1, 2, 3, …), frames matched to calls in
// whatever order they come, pings to notice a daemon that vanished without closing.
import type { CorralError } from '@corral/api';
import { createConnection } from 'node:net';
import type { RawData, WebSocket } from 'ws';
import { formatAddress } from './address.js';
import type { DaemonAddress } from './address.js';
import { ClientCall } from './client-call.js';
import type { CallHandlers, CallLimits, CallWire } from './client-call.js';
import {
  cloneError,
  errClosed,
  errConnectionLost,
  errDial,
  errDialTimeout,
  errHttpStatus,
} from './errors.js';
import { FrameKind, decodeFrame, encodeFrame } from './frame-codec.js';
import { closeTimeoutMs, keepaliveIntervalMs, maxFrameBytes, sendHighWaterBytes } from './limits.js';

export interface DialOptions {
  token?: string | undefined;
  timeoutMs: number;
  keepaliveIntervalMs?: number | undefined;
  /** Runs once when the connection is gone, whoever closed it. */
  onClose?: () => void;
}

/** A close code ws uses when the peer vanished without a close frame. */
const abnormalClosure = 1006;

export class Connection implements CallWire {
  readonly where: string;
  readonly #ws: WebSocket;
  readonly #calls = new Map<number, ClientCall>();
  readonly #keepalive: NodeJS.Timeout;
  readonly #onClose: (() => void) | undefined;
  readonly #gone: Promise<void>;
  #nextId = 1;
  #closedBy: CorralError | undefined;
  #alive = true;
  #pressured = 0;

  private constructor(ws: WebSocket, where: string, options: DialOptions) {
    this.#ws = ws;
    this.where = where;
    this.#onClose = options.onClose;
    this.#gone = new Promise<void>((resolve) => ws.once('close', () => resolve()));
    ws.on('message', (data, isBinary) => this.#onMessage(data, isBinary));
    ws.on('pong', () => (this.#alive = true));
    ws.on('error', () => {
      // The close that follows fails the calls; the error itself has no one to go to.
    });
    ws.once('close', (code, reason) => this.#onClosed(code, reason.toString()));
    this.#keepalive = setInterval(
      () => this.#heartbeat(),
      options.keepaliveIntervalMs ?? keepaliveIntervalMs,
    );
    this.#keepalive.unref();
  }

  /** Connects; a daemon that is not there rejects with Unavailable and the "is corrald running?" hint. */
  static async dial(address: DaemonAddress, options: DialOptions): Promise<Connection> {
    const where = formatAddress(address);
    // ws, and the http, https, tls and zlib modules it loads, only once something dials: `corral
    // --help` and a usage error never do (docs/decisions.md, "CLI start time").
    const { WebSocket } = await import('ws');
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const url =
      address.kind === 'tcp' ? `ws://${hostForUrl(address.host)}:${address.port}/` : 'ws://localhost/';
    const ws = new WebSocket(url, {
      // ws's own `ws+unix:` URLs cannot hold a path with ':' in it; a socket factory can.
      ...(address.kind === 'unix'
        ? { createConnection: () => createConnection({ path: address.path }) }
        : {}),
      headers,
      perMessageDeflate: false,
      maxPayload: maxFrameBytes + 64 * 1024,
      handshakeTimeout: options.timeoutMs,
      followRedirects: false,
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        ws.terminate();
        reject(errDialTimeout(where, options.timeoutMs));
      }, options.timeoutMs);
      const fail = (err: CorralError): void => {
        clearTimeout(timer);
        ws.removeAllListeners();
        ws.on('error', () => {});
        ws.terminate();
        reject(err);
      };
      ws.once('open', () => {
        clearTimeout(timer);
        ws.removeAllListeners();
        resolve();
      });
      ws.once('unexpected-response', (_req, res) => fail(errHttpStatus(where, res.statusCode ?? 0)));
      ws.once('error', (err) => fail(errDial(where, err)));
    });
    return new Connection(ws, where, options);
  }

  /** True once the socket is closing or closed; later calls fail with Unavailable. */
  get closed(): boolean {
    return this.#closedBy !== undefined || this.#ws.readyState !== this.#ws.OPEN;
  }

  /** Starts a call: its REQUEST goes out now. */
  start(
    method: string,
    payload: Uint8Array,
    metadata: Record<string, string>,
    handlers: CallHandlers,
    limits: CallLimits,
  ): ClientCall {
    const call = new ClientCall(this.#nextId++, method, this, handlers, limits);
    if (this.closed) {
      call.fail(cloneError(this.#closedBy ?? errConnectionLost(this.where, 'socket closed')));
      return call;
    }
    this.#calls.set(call.id, call);
    void this.sendFrame(call.id, FrameKind.REQUEST, payload, false, { method, metadata });
    return call;
  }

  sendFrame(
    id: number,
    kind: FrameKind,
    payload: Uint8Array | undefined,
    wait: boolean,
    request?: { method: string; metadata: Record<string, string> },
  ): Promise<void> {
    return new Promise<void>((resolve) => {
      if (this.#ws.readyState !== this.#ws.OPEN) return resolve();
      const bytes = encodeFrame(id, kind, { ...request, ...(payload ? { payload } : {}) });
      let waiting = wait;
      // A failed write closes the socket, and the close fails the call: resolving is enough here.
      this.#ws.send(bytes, { binary: true }, () => {
        if (waiting) resolve();
      });
      if (!waiting || this.#ws.bufferedAmount <= sendHighWaterBytes) {
        waiting = false;
        resolve();
      }
    });
  }

  release(id: number): void {
    this.#calls.delete(id);
  }

  /** Some stream's reader is behind (true) or caught up (false); the socket pauses while any is behind. */
  pressure(over: boolean): void {
    this.#pressured += over ? 1 : -1;
    if (over && this.#pressured === 1) this.#ws.pause();
    if (!over && this.#pressured === 0) this.#ws.resume();
  }

  /** Orderly close: pending calls fail with Unavailable "connection closed", then the close handshake. */
  async close(): Promise<void> {
    this.#closedBy ??= errClosed();
    this.#failAll(this.#closedBy);
    if (this.#ws.readyState === this.#ws.OPEN) this.#ws.close(1000, 'client closed');
    const timer = setTimeout(() => this.#ws.terminate(), closeTimeoutMs);
    await this.#gone;
    clearTimeout(timer);
  }

  #onMessage(data: RawData, isBinary: boolean): void {
    if (!isBinary) return;
    // ws hands over a Buffer (binaryType "nodebuffer"); the other shapes are for completeness.
    const bytes = Buffer.isBuffer(data)
      ? data
      : Array.isArray(data)
        ? Buffer.concat(data)
        : Buffer.from(data);
    let frame;
    try {
      frame = decodeFrame(bytes);
    } catch {
      this.#closedBy ??= errConnectionLost(this.where, 'corrald sent a malformed frame');
      this.#ws.close(1007, 'malformed frame');
      return;
    }
    this.#calls.get(frame.id)?.deliver(frame);
  }

  #heartbeat(): void {
    if (!this.#alive) {
      this.#closedBy ??= errConnectionLost(this.where, 'no answer to keepalive ping');
      this.#ws.terminate();
      return;
    }
    this.#alive = false;
    if (this.#ws.readyState === this.#ws.OPEN) this.#ws.ping();
  }

  #onClosed(code: number, reason: string): void {
    clearInterval(this.#keepalive);
    const detail =
      code === abnormalClosure ? 'socket closed' : `closed by corrald (${code}${reason ? ` ${reason}` : ''})`;
    this.#closedBy ??= errConnectionLost(this.where, detail);
    this.#failAll(this.#closedBy);
    this.#onClose?.();
  }

  #failAll(err: CorralError): void {
    const calls = [...this.#calls.values()];
    this.#calls.clear();
    for (const c of calls) c.fail(cloneError(err));
  }
}

function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
