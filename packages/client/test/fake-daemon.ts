// A corrald stand-in that the test drives frame by frame: a real WebSocket server on a temp unix
// socket, its frames decoded, its replies written by hand. (The real ApiServer lives in the daemon
// package, which depends on this one; its tests run this client against it.)
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { corral, toBigInt, toUint64 } from '@corral/api';
import { tempDir } from '@corral/test-utils';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';

export const Kind = corral.v1.FrameKind;

export interface SeenFrame {
  id: number;
  kind: corral.v1.FrameKind;
  method: string;
  payload: Uint8Array;
  metadata: Record<string, string>;
}

/** One accepted client connection. */
export class Peer {
  readonly ws: WebSocket;
  readonly #frames: SeenFrame[] = [];
  #wake: (() => void) | undefined;

  constructor(ws: WebSocket) {
    this.ws = ws;
    ws.on('message', (data: Buffer) => {
      const f = corral.v1.Frame.decode(data);
      this.#frames.push({
        id: Number(toBigInt(f.id)),
        kind: f.kind,
        method: f.method,
        payload: f.payload,
        metadata: { ...f.metadata },
      });
      this.#wake?.();
    });
    ws.on('error', () => {});
  }

  async next(timeoutMs = 5_000): Promise<SeenFrame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const f = this.#frames.shift();
      if (f) return f;
      if (Date.now() > deadline) throw new Error(`no frame within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, deadline - Date.now()));
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#wake = undefined;
    }
  }

  /** Frames received and not yet read. */
  get queued(): number {
    return this.#frames.length;
  }

  reply(id: number, payload: Uint8Array = new Uint8Array(0)): void {
    this.#send({ id: toUint64(id), kind: Kind.RESPONSE, payload });
  }

  fail(id: number, code: number, message: string): void {
    this.#send({ id: toUint64(id), kind: Kind.RESPONSE, status: { code, message } });
  }

  stream(id: number, payload: Uint8Array): void {
    this.#send({ id: toUint64(id), kind: Kind.STREAM, payload });
  }

  #send(f: corral.v1.Frame.$Properties): void {
    this.ws.send(corral.v1.Frame.encode(f).finish(), { binary: true });
  }
}

export class FakeDaemon {
  readonly path: string;
  readonly #http: Server;
  readonly #wss: WebSocketServer;
  readonly #peers: Peer[] = [];
  #taken = 0;
  #wake: (() => void) | undefined;

  private constructor(path: string, http: Server, wss: WebSocketServer) {
    this.path = path;
    this.#http = http;
    this.#wss = wss;
    wss.on('connection', (ws) => {
      this.#peers.push(new Peer(ws));
      this.#wake?.();
    });
  }

  static async start(
    t: Pick<TestContext, 'after'>,
    path = join(tempDir(t), 'corral.sock'),
  ): Promise<FakeDaemon> {
    const http = createServer();
    const wss = new WebSocketServer({ server: http });
    await new Promise<void>((resolve) => http.listen(path, resolve));
    const daemon = new FakeDaemon(path, http, wss);
    t.after(() => daemon.stop());
    return daemon;
  }

  /** The next client connection, in the order they came. */
  async nextPeer(): Promise<Peer> {
    while (this.#peers.length <= this.#taken) await new Promise<void>((resolve) => (this.#wake = resolve));
    const peer = this.#peers[this.#taken++];
    if (!peer) throw new Error('unreachable');
    return peer;
  }

  /** Drops every connection without a close frame, and stops listening (a crash). */
  async stop(): Promise<void> {
    for (const p of this.#peers) p.ws.terminate();
    this.#wss.close();
    await new Promise<void>((resolve) => this.#http.close(() => resolve()));
  }
}
