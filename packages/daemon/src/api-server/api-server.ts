// corrald's client API (DESIGN.md "Protocols"): WebSocket on a unix socket, or on TCP with a bearer
// token; one corral.v1.Frame per message; the services of @corral/api registered with handlers.
import { chmodSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { CorralError } from '@corral/api';
import type { ServiceDef } from '@corral/api';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { ApiConnection } from './api-connection.js';
import { BearerToken } from './bearer-token.js';
import {
  closeTimeoutMs as defaultCloseTimeoutMs,
  hardFrameBytes,
  keepaliveIntervalMs as defaultKeepaliveIntervalMs,
  maxInflightPerConnection,
} from './limits.js';
import { MethodRegistry } from './method-registry.js';
import type { ApiLogger, ApiServiceImpl, ConnectionInfo } from './service.js';
import { prepareUnixSocketPath, withPrivateUmask } from './unix-socket.js';

export interface ApiServerOptions {
  /** Where handler failures without a kind and connection trouble are logged; silent without one. */
  logger?: ApiLogger;
  /** Handlers one connection may have running at once; more get ResourceExhausted. */
  maxInflightPerConnection?: number;
  /** Ping interval; a connection that misses one pong is dropped. */
  keepaliveIntervalMs?: number;
  /** How long close() lets unary calls finish. */
  closeTimeoutMs?: number;
}

export interface TcpListenOptions {
  /** Required: clients must send `Authorization: Bearer <token>` on the upgrade. */
  token: string;
}

interface Listener {
  readonly http: HttpServer;
  readonly transport: ConnectionInfo['transport'];
  readonly where: string;
}

export class ApiServer {
  readonly #registry = new MethodRegistry();
  readonly #wss: WebSocketServer;
  readonly #listeners = new Set<Listener>();
  readonly #connections = new Set<ApiConnection>();
  readonly #log: ApiLogger;
  readonly #maxInflight: number;
  readonly #closeTimeoutMs: number;
  readonly #keepalive: NodeJS.Timeout;
  #nextConnectionId = 1;
  #closing: Promise<void> | undefined;

  constructor(options: ApiServerOptions = {}) {
    this.#log = options.logger ?? silentLogger;
    this.#maxInflight = options.maxInflightPerConnection ?? maxInflightPerConnection;
    this.#closeTimeoutMs = options.closeTimeoutMs ?? defaultCloseTimeoutMs;
    this.#wss = new WebSocketServer({
      noServer: true,
      maxPayload: hardFrameBytes,
      perMessageDeflate: false,
      clientTracking: false,
    });
    this.#keepalive = setInterval(() => {
      for (const c of this.#connections) c.heartbeat();
    }, options.keepaliveIntervalMs ?? defaultKeepaliveIntervalMs);
    this.#keepalive.unref();
  }

  /**
   * Serves `def` with `impl`: one async handler per method. A service may be registered in parts,
   * each method once.
   */
  register<S extends ServiceDef>(def: S, impl: ApiServiceImpl<S>): this {
    this.#registry.add(def, impl);
    return this;
  }

  /** Connections open now. */
  get connections(): number {
    return this.#connections.size;
  }

  /** Listens on a unix socket, 0600; a socket file left behind is replaced only if nobody answers on it. */
  async listenUnix(path: string): Promise<void> {
    this.#assertOpen();
    await prepareUnixSocketPath(path);
    const http = this.#httpServer({ transport: 'unix', where: path, token: undefined });
    await listen(http, path, () => withPrivateUmask(() => http.listen(path)));
    // The umask made it 0600 from birth; chmod as well, for when the umask could not be set.
    chmodSync(path, 0o600);
    this.#listeners.add({ http, transport: 'unix', where: path });
  }

  /** Listens on TCP; every upgrade must carry the bearer token. Returns the bound address (port 0 picks one). */
  async listenTcp(
    host: string,
    port: number,
    options: TcpListenOptions,
  ): Promise<{ host: string; port: number }> {
    this.#assertOpen();
    const token = new BearerToken(options.token);
    const where = `${host}:${port}`;
    const http = this.#httpServer({ transport: 'tcp', where, token });
    await listen(http, where, () => http.listen(port, host));
    const bound = http.address() as AddressInfo;
    this.#listeners.add({ http, transport: 'tcp', where: `${bound.address}:${bound.port}` });
    return { host: bound.address, port: bound.port };
  }

  /**
   * Stops listening (a unix socket file is removed), ends streams with Unavailable, gives unary
   * calls `closeTimeoutMs` to answer, then closes every connection. Idempotent.
   */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  async #close(): Promise<void> {
    clearInterval(this.#keepalive);
    const stopped = [...this.#listeners].map(
      (l) => new Promise<void>((resolve) => l.http.close(() => resolve())),
    );
    this.#listeners.clear();
    await Promise.all([...this.#connections].map((c) => c.shutdown(this.#closeTimeoutMs)));
    await Promise.all(stopped);
    this.#wss.close();
  }

  #assertOpen(): void {
    if (this.#closing) throw new CorralError('FailedPrecondition', 'the API server is closed');
  }

  #httpServer(listener: {
    transport: ConnectionInfo['transport'];
    where: string;
    token: BearerToken | undefined;
  }): HttpServer {
    const { token } = listener;
    const http = createServer((req: IncomingMessage, res: ServerResponse) => {
      // Plain HTTP gets nothing here: 401 without the token, else a pointer to the protocol.
      if (token && !token.matches(req.headers.authorization)) {
        res.writeHead(401, { 'WWW-Authenticate': 'Bearer', Connection: 'close' }).end();
        return;
      }
      res.writeHead(426, { Upgrade: 'websocket', Connection: 'close' }).end();
    });
    http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      socket.on('error', () => socket.destroy());
      if (this.#closing) {
        socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      if (token && !token.matches(req.headers.authorization)) {
        socket.end(
          'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
        );
        return;
      }
      this.#wss.handleUpgrade(req, socket, head, (ws) => this.#accept(ws, req, listener));
    });
    http.on('clientError', (_err, socket) => socket.destroy());
    http.on('error', (err) => this.#log.warn({ err }, 'api: listener error'));
    return http;
  }

  #accept(
    ws: WebSocket,
    req: IncomingMessage,
    listener: { transport: ConnectionInfo['transport']; where: string },
  ): void {
    if (this.#closing) {
      ws.terminate();
      return;
    }
    const s = req.socket;
    const info: ConnectionInfo = {
      id: this.#nextConnectionId++,
      transport: listener.transport,
      remote:
        listener.transport === 'tcp' ? `${s.remoteAddress ?? '?'}:${s.remotePort ?? '?'}` : listener.where,
    };
    const conn = new ApiConnection(ws, info, {
      registry: this.#registry,
      log: this.#log,
      maxInflight: this.#maxInflight,
      onGone: (c) => this.#connections.delete(c),
    });
    this.#connections.add(conn);
  }
}

/** Binds `http` (by `bind`) and resolves once listening; a bind error rejects with the place named. */
async function listen(http: HttpServer, where: string, bind: () => void): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      const kind =
        err.code === 'EADDRINUSE'
          ? 'AlreadyExists'
          : err.code === 'EACCES'
            ? 'PermissionDenied'
            : 'Unavailable';
      reject(new CorralError(kind, `listen on ${where}: ${err.message}`, { cause: err }));
    };
    http.once('error', onError);
    http.once('listening', () => {
      http.off('error', onError);
      resolve();
    });
    bind();
  });
}

const silentLogger: ApiLogger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => silentLogger,
};
