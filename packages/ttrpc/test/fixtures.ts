// Shared by the ttrpc tests: a small test service over real unix sockets, and a raw frame-level
// peer for writing hostile bytes by hand. Every helper registers its own teardown.
import { createConnection, createServer } from 'node:net';
import type { Server as NetServer, Socket } from 'node:net';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { TaskService, errNotFound } from '@corral/api';
import { tempDir } from '@corral/test-utils';
import { FrameDecoder, Server, dial, encodeFrame } from '../src/index.js';
import type { Client, DialOptions, Frame, ServerOptions, ServiceImpl } from '../src/index.js';

type TestContextLike = Pick<TestContext, 'after'>;

/** A test service reusing task messages under a name of its own. */
export const TestService = {
  name: 'corral.test.v1.Test',
  methods: {
    state: TaskService.methods.state,
    wait: TaskService.methods.wait,
    kill: TaskService.methods.kill,
    connect: TaskService.methods.connect,
  },
} as const;

/**
 * state: echoes `id`, fails for `missing` (NotFound) and `plain` (an Error without a kind);
 * wait: sleeps `id` ms and answers `execId` as the exit status;
 * kill: Empty reply; connect: waits for its signal to abort, then throws its reason.
 */
export const testImpl: ServiceImpl<typeof TestService> = {
  state(req) {
    if (req.id === 'missing') return Promise.reject(errNotFound('container missing'));
    if (req.id === 'plain') return Promise.reject(new Error('plain failure'));
    return Promise.resolve({ id: req.id ?? '', pid: 42 });
  },
  async wait(req) {
    await sleep(Number(req.id ?? 0));
    return { exitStatus: Number(req.execId ?? 0) };
  },
  kill() {
    return Promise.resolve({});
  },
  async connect(_req, ctx) {
    await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve, { once: true }));
    throw ctx.signal.reason;
  },
};

export async function startServer(
  t: TestContextLike,
  impl: ServiceImpl<typeof TestService> = testImpl,
  options: ServerOptions = {},
): Promise<{ server: Server; path: string }> {
  const path = join(tempDir(t), 's.sock');
  const server = new Server(options).register(TestService, impl);
  await server.listen(path);
  t.after(() => server.close({ timeoutMs: 200 }));
  return { server, path };
}

export async function dialClient(
  t: TestContextLike,
  path: string,
  options: DialOptions = {},
): Promise<Client> {
  const client = await dial(path, options);
  t.after(() => client.close());
  return client;
}

/** A socket seen frame by frame: for writing raw bytes and reading exactly what comes back. */
export class FramePeer {
  readonly socket: Socket;
  readonly closed: Promise<void>;
  readonly #frames: Frame[] = [];
  #wake: (() => void) | undefined;

  constructor(socket: Socket) {
    this.socket = socket;
    const decoder = new FrameDecoder({
      frame: (f) => {
        this.#frames.push({ ...f, payload: Buffer.from(f.payload) });
        this.#wake?.();
      },
      oversized: () => socket.destroy(new Error('oversized frame in a test')),
    });
    socket.on('data', (c: Buffer) => decoder.push(c));
    socket.on('error', () => {});
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
  }

  write(bytes: Uint8Array): void {
    this.socket.write(bytes);
  }

  send(streamId: number, type: number, payload: Uint8Array): void {
    this.socket.write(encodeFrame(streamId, type, payload));
  }

  /** The next frame, or a rejection after `timeoutMs`. */
  async next(timeoutMs = 5_000): Promise<Frame> {
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
}

export async function connectRaw(t: TestContextLike, path: string): Promise<FramePeer> {
  const socket = createConnection({ path });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  t.after(() => void socket.destroy());
  return new FramePeer(socket);
}

/** A listener whose connections the test drives by hand (a fake server for client tests). */
export async function startRawServer(
  t: TestContextLike,
): Promise<{ path: string; nextPeer: () => Promise<FramePeer>; server: NetServer }> {
  const path = join(tempDir(t), 'raw.sock');
  const peers: FramePeer[] = [];
  let wake: (() => void) | undefined;
  const server = createServer((socket) => {
    peers.push(new FramePeer(socket));
    wake?.();
  });
  await new Promise<void>((resolve) => server.listen(path, resolve));
  t.after(async () => {
    for (const p of peers) p.socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  let taken = 0;
  const nextPeer = async (): Promise<FramePeer> => {
    while (peers.length <= taken) await new Promise<void>((resolve) => (wake = resolve));
    const peer = peers[taken++];
    if (!peer) throw new Error('unreachable');
    return peer;
  };
  return { path, nextPeer, server };
}
