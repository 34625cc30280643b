// Shared by the API server tests: a real ApiServer on a temp unix socket, the real client, fake
// services, and a raw WebSocket peer for writing hostile frames by hand. Every helper registers
// its own teardown.
import { createConnection } from 'node:net';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { CorralError, corral, toUint64 } from '@corral/api';
import type { ServiceDef } from '@corral/api';
import { CorralClient, EventsService, ImagesService, RuntimeService } from '@corral/client';
import type { ConnectOptions } from '@corral/client';
import { tempDir } from '@corral/test-utils';
import { WebSocket } from 'ws';
import { ApiServer } from '../../src/api-server/index.js';
import type { ApiLogger, ApiServerOptions, ApiServiceImpl } from '../../src/api-server/index.js';

type TestContextLike = Pick<TestContext, 'after'>;

export type RuntimeImpl = ApiServiceImpl<typeof RuntimeService>;
export type ImagesImpl = ApiServiceImpl<typeof ImagesService>;
export type EventsImpl = ApiServiceImpl<typeof EventsService>;

/** A full implementation of `def` whose methods answer Unimplemented unless `overrides` has them. */
export function fakeService<S extends ServiceDef>(
  def: S,
  overrides: Partial<ApiServiceImpl<S>> = {},
): ApiServiceImpl<S> {
  const impl: Record<string, unknown> = {};
  for (const name of Object.keys(def.methods)) {
    impl[name] =
      (overrides as Record<string, unknown>)[name] ??
      (() => Promise.reject(new CorralError('Unimplemented', `fake ${def.name} has no ${name}`)));
  }
  return impl as ApiServiceImpl<S>;
}

export interface Services {
  runtime?: Partial<RuntimeImpl>;
  images?: Partial<ImagesImpl>;
  events?: Partial<EventsImpl>;
}

export function registerFakes(server: ApiServer, services: Services): ApiServer {
  if (services.runtime) server.register(RuntimeService, fakeService(RuntimeService, services.runtime));
  if (services.images) server.register(ImagesService, fakeService(ImagesService, services.images));
  if (services.events) server.register(EventsService, fakeService(EventsService, services.events));
  return server;
}

export async function startServer(
  t: TestContextLike,
  services: Services,
  options: ApiServerOptions & { path?: string } = {},
): Promise<{ server: ApiServer; path: string }> {
  const path = options.path ?? join(tempDir(t), 'corral.sock');
  const server = registerFakes(new ApiServer({ closeTimeoutMs: 200, ...options }), services);
  await server.listenUnix(path);
  t.after(() => server.close());
  return { server, path };
}

export async function connectClient(
  t: TestContextLike,
  path: string,
  options: ConnectOptions = {},
): Promise<CorralClient> {
  const client = new CorralClient({ socket: path, env: {}, ...options });
  t.after(() => client.close());
  await client.ready();
  return client;
}

/** A logger that keeps what it is given, for asserting what reached the log (and what did not). */
export function recordingLogger(): ApiLogger & { entries: { level: string; obj: object; msg?: string }[] } {
  const entries: { level: string; obj: object; msg?: string }[] = [];
  const make = (bindings: object): ApiLogger => {
    const at =
      (level: string) =>
      (obj: object, msg?: string): void => {
        entries.push({ level, obj: { ...bindings, ...obj }, ...(msg === undefined ? {} : { msg }) });
      };
    return {
      debug: at('debug'),
      info: at('info'),
      warn: at('warn'),
      error: at('error'),
      child: (more) => make({ ...bindings, ...more }),
    };
  };
  return Object.assign(make({}), { entries });
}

export interface RawFrame {
  id: bigint;
  kind: corral.v1.FrameKind;
  payload: Uint8Array;
  status: { code: number; message: string } | undefined;
}

/** A WebSocket that speaks raw bytes: for frames no well-behaved client would send. */
export class RawPeer {
  readonly ws: WebSocket;
  readonly closed: Promise<{ code: number; reason: string }>;
  readonly #frames: RawFrame[] = [];
  #wake: (() => void) | undefined;

  constructor(ws: WebSocket) {
    this.ws = ws;
    ws.on('message', (data: Buffer) => {
      const f = corral.v1.Frame.decode(data);
      this.#frames.push({
        id: BigInt(f.id.toString()),
        kind: f.kind,
        payload: f.payload,
        status:
          f.status && f.status.code ? { code: f.status.code, message: f.status.message ?? '' } : undefined,
      });
      this.#wake?.();
    });
    ws.on('error', () => {});
    this.closed = new Promise((resolve) =>
      ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  sendBytes(bytes: Uint8Array | string, binary = true): void {
    this.ws.send(bytes, { binary });
  }

  send(frame: corral.v1.Frame.$Properties & { idNum?: number }): void {
    const { idNum, ...rest } = frame;
    this.sendBytes(
      corral.v1.Frame.encode({ ...rest, ...(idNum === undefined ? {} : { id: toUint64(idNum) }) }).finish(),
    );
  }

  async next(timeoutMs = 5_000): Promise<RawFrame> {
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
}

export async function connectRaw(
  t: TestContextLike,
  path: string,
  options: { autoPong?: boolean } = {},
): Promise<RawPeer> {
  const ws = new WebSocket('ws://localhost/', {
    createConnection: () => createConnection({ path }),
    autoPong: options.autoPong ?? true,
  });
  t.after(() => ws.terminate());
  await new Promise<void>((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return new RawPeer(ws);
}

/** A REQUEST frame for `method` of the fake runtime. */
export function requestFrame(
  id: number,
  method: string,
  payload: Uint8Array = new Uint8Array(0),
  metadata: Record<string, string> = {},
): corral.v1.Frame.$Properties & { idNum: number } {
  return { idNum: id, kind: corral.v1.FrameKind.REQUEST, method, payload, metadata };
}
