// How a ServiceDef from @corral/api is implemented (server side) and called (client side).
import type { RequestOf, ResponseOf, ServiceDef } from '@corral/api/task';
import type { Metadata, MetadataInit } from './metadata.js';

/** What a handler knows about the call besides its request. */
export interface CallContext {
  /** The request's metadata; may be empty (containerd 1.6 often sends none). */
  readonly metadata: Metadata;
  /** Aborted when the caller's timeout_nano runs out, the connection closes or the server stops. */
  readonly signal: AbortSignal;
  /** When the caller's timeout_nano runs out, in Date.now() milliseconds; undefined without one. */
  readonly deadline: number | undefined;
  readonly service: string;
  readonly method: string;
}

export type Handler<D> = (request: RequestOf<D>, ctx: CallContext) => Promise<ResponseOf<D>>;

/** One async method per JS method name of the service definition. */
export type ServiceImpl<S extends ServiceDef> = {
  readonly [K in keyof S['methods']]: Handler<S['methods'][K]>;
};

export interface CallOptions {
  /** Sent as timeout_nano; the call also rejects locally with DeadlineExceeded when it runs out. */
  timeoutMs?: number;
  /** Aborting rejects the call with Canceled (ttrpc v1.1.1 cannot tell the server). */
  signal?: AbortSignal;
  metadata?: MetadataInit;
}

export type ServiceClient<S extends ServiceDef> = {
  readonly [K in keyof S['methods']]: (
    request: RequestOf<S['methods'][K]>,
    options?: CallOptions,
  ) => Promise<ResponseOf<S['methods'][K]>>;
};

/** "containerd.task.v2.Task/Create": how errors name a call. */
export function fullMethodName(service: string, method: string): string {
  return `${service}/${method}`;
}
