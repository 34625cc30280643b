// The ttrpc server (containerd/ttrpc server.go, services.go): services registered by full proto
// name, methods by bare rpc name, served on unix sockets.
//
// Left out: the SO_PEERCRED check containerd installs on accept (it needs the native addon in
// packages/sys); protection comes from the 0600 socket in a 0700 directory.
import { chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Server as NetServer, Socket } from 'node:net';
import { CorralError } from '@corral/api/task';
import type { ServiceDef } from '@corral/api/task';
import type { WarningListener } from './diagnostics.js';
import { emitWarning } from './diagnostics.js';
import { errListen, statusUnknownMethod, statusUnknownService } from './errors.js';
import type { Status } from './errors.js';
import { ServerConnection } from './server-connection.js';
import type { MethodResolver, RegisteredMethod } from './server-connection.js';
import type { CallContext, ServiceImpl } from './service.js';

export interface ServerOptions {
  onWarning?: WarningListener;
  /** How long close() lets in-flight handlers finish before dropping their connections. */
  closeTimeoutMs?: number;
}

export const serverCloseTimeoutMs = 2_000;

/** Where to listen: a socket path (created 0600), or an inherited listening fd (the shim's fd 3). */
export type ListenTarget = string | { fd: number };

export class Server implements MethodResolver {
  readonly #services = new Map<string, Map<string, RegisteredMethod>>();
  readonly #listeners = new Set<NetServer>();
  readonly #connections = new Set<ServerConnection>();
  readonly #options: ServerOptions;
  #closing: Promise<void> | undefined;

  constructor(options: ServerOptions = {}) {
    this.#options = options;
  }

  /** Serves `def` with `impl`, one async method per method of the definition. */
  register<S extends ServiceDef>(def: S, impl: ServiceImpl<S>): this {
    if (this.#services.has(def.name)) {
      throw new CorralError('AlreadyExists', `service ${def.name} is already registered`);
    }
    const methods = new Map<string, RegisteredMethod>();
    const handlers = impl as unknown as Record<string, unknown>;
    for (const [jsName, m] of Object.entries(def.methods)) {
      const fn = handlers[jsName];
      if (typeof fn !== 'function') {
        throw new CorralError('InvalidArgument', `service ${def.name}: no handler for ${jsName} (${m.name})`);
      }
      const handler = (request: unknown, ctx: CallContext): Promise<unknown> =>
        (fn as (r: unknown, c: CallContext) => Promise<unknown>).call(impl, request, ctx);
      methods.set(m.name, { def: m, handler });
    }
    this.#services.set(def.name, methods);
    return this;
  }

  resolve(service: string, method: string): RegisteredMethod | Status {
    const methods = this.#services.get(service);
    if (!methods) return statusUnknownService(service);
    return methods.get(method) ?? statusUnknownMethod(method);
  }

  /** Connections open now. */
  get connections(): number {
    return this.#connections.size;
  }

  async listen(target: ListenTarget): Promise<void> {
    if (this.#closing) throw new CorralError('FailedPrecondition', 'ttrpc server is closed');
    const name = typeof target === 'string' ? target : `fd ${target.fd}`;
    const listener = createServer({ allowHalfOpen: false }, (socket) => this.accept(socket));
    await new Promise<void>((resolve, reject) => {
      listener.once('error', (err) => reject(errListen(name, err)));
      if (typeof target === 'string') withUmask(0o177, () => listener.listen(target, resolve));
      else listener.listen(target, resolve);
    });
    listener.removeAllListeners('error');
    listener.on('error', (err) =>
      emitWarning(this.#options.onWarning, { message: 'ttrpc: accept', error: err }),
    );
    this.#listeners.add(listener);
    // The umask made the socket 0600 from birth; chmod too, as containerd does, in case the umask could not.
    if (typeof target === 'string') chmodSync(target, 0o600);
  }

  /** Serves one connected socket (from listen(), a socketpair, or an fd handed over). */
  accept(socket: Socket): void {
    if (this.#closing) {
      socket.destroy();
      return;
    }
    const conn = new ServerConnection(socket, this, this.#options.onWarning, (c) =>
      this.#connections.delete(c),
    );
    this.#connections.add(conn);
  }

  /**
   * Stops accepting, lets in-flight handlers reply (closing idle connections at once), and after
   * `timeoutMs` drops whatever is left. Do not await it from inside a handler: it waits for that
   * handler.
   */
  close(options: { timeoutMs?: number } = {}): Promise<void> {
    this.#closing ??= this.#close(options.timeoutMs ?? this.#options.closeTimeoutMs ?? serverCloseTimeoutMs);
    return this.#closing;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  async #close(timeoutMs: number): Promise<void> {
    // A unix-path listener unlinks its socket file on close (libuv does it).
    const listenersClosed = [...this.#listeners].map(
      (l) => new Promise<void>((resolve) => l.close(() => resolve())),
    );
    this.#listeners.clear();
    const conns = [...this.#connections];
    for (const c of conns) c.drain();
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs)));
    const drained = Promise.all(conns.map((c) => c.gone)).then(() => false);
    if (await Promise.race([drained, expired])) for (const c of this.#connections) c.destroy();
    clearTimeout(timer);
    await Promise.all([...conns.map((c) => c.gone), ...listenersClosed]);
  }
}

/**
 * Runs `fn` (a synchronous bind) under `mask`, so the socket file is never briefly reachable by
 * others. Worker threads cannot change the umask; they rely on the chmod that follows.
 */
function withUmask(mask: number, fn: () => void): void {
  let previous: number | undefined;
  try {
    previous = process.umask(mask);
  } catch {
    previous = undefined;
  }
  try {
    fn();
  } finally {
    if (previous !== undefined) process.umask(previous);
  }
}
