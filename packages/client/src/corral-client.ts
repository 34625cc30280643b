// The client of corrald's API: typed stubs per service over one WebSocket, dialed again on the
// next call after the daemon went away (a restarted corrald is simply found again).
import { corral, defaultNamespace, validateIdentifier } from '@corral/api';
import type { MessageType, RequestOf } from '@corral/api';
import { formatAddress, resolveAddress } from './address.js';
import type { DaemonAddress } from './address.js';
import type { CallOptions, Caller } from './call-options.js';
import type { CallHandlers, ClientCall } from './client-call.js';
import { Connection } from './connection.js';
import { captureCallSite, errClosed } from './errors.js';
import { subscribeEvents } from './event-subscription.js';
import type { EventSubscription, SubscribeOptions } from './event-subscription.js';
import { exportImage } from './export-image.js';
import { importImage } from './import-image.js';
import type { ImportOptions, ImportSource } from './import-image.js';
import { connectTimeoutMs, envNames } from './limits.js';
import { openProcess } from './process-handle.js';
import { pullImage } from './pull-image.js';
import type { PullOptions } from './pull-image.js';
import type { ProcessHandle } from './process-handle.js';
import { iterateServerStream } from './server-stream.js';
import { ImagesService, RuntimeService } from './service-defs.js';
import type { LogEntry, EventsService } from './service-defs.js';
import { encodeRequest, unaryClient } from './unary-client.js';
import type { UnaryClient } from './unary-client.js';

export interface ConnectOptions {
  /** Socket path (default /run/corral/corral.sock, or $CORRAL_HOST). */
  socket?: string;
  /** `unix:///path` or `tcp://127.0.0.1:PORT`; wins over `socket`. */
  host?: string;
  /** Bearer token for TCP (default $CORRAL_TOKEN). */
  token?: string;
  /** Namespace of every call unless a call says otherwise (default "default"). */
  namespace?: string;
  /** How long dialing may take, each time. */
  timeoutMs?: number;
  /** Ping interval for noticing a daemon that vanished without closing (default 30 s). */
  keepaliveIntervalMs?: number;
  /** Where CORRAL_HOST / CORRAL_TOKEN are read (default process.env). */
  env?: NodeJS.ProcessEnv;
}

type Runtime = typeof RuntimeService;
type Images = typeof ImagesService;

export type RuntimeClient = UnaryClient<Runtime> & {
  /** A process in the container with its stdio streamed both ways. */
  exec(request: RequestOf<Runtime['methods']['exec']>, options?: CallOptions): ProcessHandle;
  /** The container's own process: its output from now on, and its stdin if it was created with one. */
  attach(request: RequestOf<Runtime['methods']['attach']>, options?: CallOptions): ProcessHandle;
  /** The container's log; with `follow`, new lines as they are written until `break` or abort. */
  containerLogs(
    request: RequestOf<Runtime['methods']['containerLogs']>,
    options?: CallOptions,
  ): AsyncIterable<LogEntry>;
};

export type ImagesClient = Omit<UnaryClient<Images>, 'pullImage'> & {
  /**
   * Pulls an image from its registry; resolves with `imageRef`, the image id. With `onProgress`,
   * each blob's progress arrives meanwhile (PullImageProgress).
   */
  pullImage(
    request: RequestOf<Images['methods']['pullImage']>,
    options?: PullOptions,
  ): Promise<corral.v1.PullImageResponse.$Properties>;
  /**
   * Downloads images as one archive (`format`: docker-archive, the default, or oci-archive): its
   * bytes in order. corrald checks every image before the first byte (NotFound, InvalidArgument).
   */
  exportImage(
    request: RequestOf<Images['methods']['exportImage']>,
    options?: CallOptions,
  ): AsyncIterable<Uint8Array>;
  /** Uploads an OCI or docker archive; resolves with the images it held. */
  importImage(
    request: RequestOf<Images['methods']['importImage']>,
    source: ImportSource,
    options?: ImportOptions,
  ): Promise<corral.v1.ImportImageResponse.$Properties>;
};

export interface EventsClient {
  /** Events from corrald's journal; survives daemon restarts without a gap or a duplicate. */
  subscribe(
    request: RequestOf<(typeof EventsService)['methods']['subscribe']>,
    options?: SubscribeOptions,
  ): EventSubscription;
}

/** Connects to corrald; rejects with Unavailable ("is corrald running?") when nobody answers. */
export async function connect(options: ConnectOptions = {}): Promise<CorralClient> {
  const client = new CorralClient(options);
  await client.ready();
  return client;
}

export class CorralClient {
  readonly address: DaemonAddress;
  readonly namespace: string;
  readonly runtime: RuntimeClient;
  readonly images: ImagesClient;
  readonly events: EventsClient;
  readonly #token: string | undefined;
  readonly #timeoutMs: number;
  readonly #keepaliveIntervalMs: number | undefined;
  readonly #closed = new AbortController();
  #connection: Connection | undefined;
  #dialing: Promise<Connection> | undefined;

  /** Does not dial: the first call (or ready()) does. */
  constructor(options: ConnectOptions = {}) {
    const env = options.env ?? process.env;
    this.address = resolveAddress({ socket: options.socket, host: options.host, env });
    this.namespace = validateIdentifier(options.namespace ?? defaultNamespace, 'namespace');
    this.#token = options.token ?? env[envNames.token];
    this.#timeoutMs = options.timeoutMs ?? connectTimeoutMs;
    this.#keepaliveIntervalMs = options.keepaliveIntervalMs;
    const caller: Caller = {
      namespace: this.namespace,
      closed: this.#closed.signal,
      start: (method, payload, handlers, callOptions) => this.#start(method, payload, handlers, callOptions),
    };
    this.runtime = runtimeClient(caller);
    this.images = imagesClient(caller);
    const subscribe: EventsClient['subscribe'] = (request, subscribeOptions) =>
      subscribeEvents(caller, request, subscribeOptions, captureCallSite(subscribe));
    this.events = { subscribe };
  }

  /** "/run/corral/corral.sock" or "tcp://127.0.0.1:7777": how messages name the daemon. */
  get where(): string {
    return formatAddress(this.address);
  }

  /** Dials now if not connected; rejects like connect(). */
  async ready(): Promise<void> {
    await this.#connect();
  }

  /** Pending calls and streams fail with Unavailable "connection closed"; nothing reconnects. */
  async close(): Promise<void> {
    this.#closed.abort(errClosed());
    const conn = this.#connection ?? (await this.#dialing?.catch(() => undefined));
    await conn?.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  async #connect(): Promise<Connection> {
    if (this.#closed.signal.aborted) throw errClosed();
    if (this.#connection && !this.#connection.closed) return this.#connection;
    this.#dialing ??= Connection.dial(this.address, {
      token: this.#token,
      timeoutMs: this.#timeoutMs,
      keepaliveIntervalMs: this.#keepaliveIntervalMs,
    }).finally(() => (this.#dialing = undefined));
    const conn = await this.#dialing;
    if (this.#closed.signal.aborted) {
      await conn.close();
      throw errClosed();
    }
    this.#connection = conn;
    return conn;
  }

  async #start(
    method: string,
    payload: Uint8Array,
    handlers: CallHandlers,
    options: CallOptions,
  ): Promise<{ call: ClientCall; connection: Connection }> {
    const namespace = options.namespace ?? this.namespace;
    const connection = await this.#connect();
    const call = connection.start(method, payload, { namespace }, handlers, {
      timeoutMs: options.timeoutMs,
      signal: options.signal,
    });
    return { call, connection };
  }
}

function runtimeClient(caller: Caller): RuntimeClient {
  const m = RuntimeService.methods;
  const exec: RuntimeClient['exec'] = (request, options = {}) =>
    openProcess(caller, ...encodeRequest(RuntimeService, m.exec, request, captureCallSite(exec)), options);
  const attach: RuntimeClient['attach'] = (request, options = {}) =>
    openProcess(
      caller,
      ...encodeRequest(RuntimeService, m.attach, request, captureCallSite(attach)),
      options,
    );
  const containerLogs: RuntimeClient['containerLogs'] = (request, options = {}) => {
    const [method, payload, site] = encodeRequest(
      RuntimeService,
      m.containerLogs,
      request,
      captureCallSite(containerLogs),
    );
    return {
      [Symbol.asyncIterator]: () =>
        iterateServerStream({ caller, method, payload, output: logEntryCodec, options, site }),
    };
  };
  return { ...unaryClient(caller, RuntimeService), exec, attach, containerLogs };
}

function imagesClient(caller: Caller): ImagesClient {
  const exportImageStub: ImagesClient['exportImage'] = (request, options = {}) =>
    exportImage(caller, request, options, captureCallSite(exportImageStub));
  const importImageStub: ImagesClient['importImage'] = (request, source, options = {}) =>
    importImage(caller, request, source, options, captureCallSite(importImageStub));
  const pullImageStub: ImagesClient['pullImage'] = (request, options = {}) =>
    pullImage(caller, request, options, captureCallSite(pullImageStub));
  return {
    ...unaryClient(caller, ImagesService),
    importImage: importImageStub,
    pullImage: pullImageStub,
    exportImage: exportImageStub,
  };
}

const logEntryCodec: MessageType<LogEntry> = corral.v1.LogEntry;
