// How a corral.v1 service definition from @corral/api is implemented on the API server: unary
// handlers answer a request; streaming handlers also get `ctx.stream` and answer when the call ends.
import type { MessageType, RequestOf, ResponseOf, ServiceDef } from '@corral/api';

/** What the server logs through: pino's Logger fits, and so does a test's recorder. */
export interface ApiLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): ApiLogger;
}

/** Which listener a connection came through. */
export interface ConnectionInfo {
  /** Unique per server, for logs. */
  readonly id: number;
  readonly transport: 'unix' | 'tcp';
  /** "127.0.0.1:51234" on TCP; the socket path on unix. */
  readonly remote: string;
}

export interface ApiCallContext {
  /** The call's id, chosen by the client, unique among its calls in flight on the connection. */
  readonly id: bigint;
  /** From the request's metadata, a validated identifier; "default" when absent. */
  readonly namespace: string;
  readonly metadata: Readonly<Record<string, string>>;
  /** Aborted on CANCEL, when the connection closes, and when the server closes. */
  readonly signal: AbortSignal;
  /** "corral.v1.Runtime" */
  readonly service: string;
  /** "CreateContainer" */
  readonly method: string;
  readonly connection: ConnectionInfo;
  /** A child of the server's logger carrying connection, call id and method. */
  readonly log: ApiLogger;
}

/**
 * The streams of an open call: iterate it for the client's STREAM messages (it ends at the
 * client's STREAM_END, throws on CANCEL), `send` puts a STREAM message on the wire.
 */
export interface ServerStream<In, Out> extends AsyncIterable<In> {
  /**
   * Resolves at once while the connection's send buffer is short, else once this message has
   * reached the socket: awaiting it is the backpressure. Rejects once the call has ended.
   */
  send(message: Out): Promise<void>;
  /** Bytes queued on the connection and not yet written: a subscriber this far behind is slow. */
  readonly bufferedAmount: number;
}

export interface StreamingCallContext<In, Out> extends ApiCallContext {
  readonly stream: ServerStream<In, Out>;
}

/** A StreamingMethodDef declares `input`/`output` keys; a plain MethodDef has neither. */
export type IsStreaming<D> = 'input' extends keyof D ? true : 'output' extends keyof D ? true : false;
export type StreamInOf<D> = D extends { readonly input?: MessageType<infer In> } ? In : never;
export type StreamOutOf<D> = D extends { readonly output?: MessageType<infer Out> } ? Out : never;

export type UnaryHandler<D> = (request: RequestOf<D>, ctx: ApiCallContext) => Promise<ResponseOf<D>>;
export type StreamingHandler<D> = (
  request: RequestOf<D>,
  ctx: StreamingCallContext<StreamInOf<D>, StreamOutOf<D>>,
) => Promise<ResponseOf<D>>;
export type HandlerOf<D> = IsStreaming<D> extends true ? StreamingHandler<D> : UnaryHandler<D>;

/** One async handler per JS method name of the service definition. */
export type ApiServiceImpl<S extends ServiceDef> = {
  readonly [K in keyof S['methods']]: HandlerOf<S['methods'][K]>;
};
