// The ttrpc envelope codec (containerd/ttrpc codec.go, types.go): Request and Response protobufs,
// and the method messages carried inside them.
import { ttrpc, toInt64, toBigInt } from '@corral/api/task';
import type { Status } from './errors.js';

export interface RequestEnvelope {
  service: string;
  method: string;
  payload: Uint8Array;
  /** Remaining deadline in nanoseconds; 0n means none. */
  timeoutNano: bigint;
  metadata: ttrpc.KeyValue.$Properties[];
}

export interface ResponseEnvelope {
  /** Absent on success: Go's server sends a nil status. */
  status?: Status;
  payload: Uint8Array;
}

const empty = new Uint8Array(0);

export function encodeRequest(r: Partial<RequestEnvelope> & { service: string; method: string }): Uint8Array {
  return ttrpc.Request.encode({
    service: r.service,
    method: r.method,
    payload: r.payload ?? empty,
    ...(r.timeoutNano ? { timeoutNano: toInt64(r.timeoutNano) } : {}),
    metadata: r.metadata ?? [],
  }).finish();
}

/** Throws protobufjs's own error for bytes that are not a Request. */
export function decodeRequest(bytes: Uint8Array): RequestEnvelope {
  const r = ttrpc.Request.decode(bytes);
  return {
    service: r.service,
    method: r.method,
    payload: r.payload,
    timeoutNano: toBigInt(r.timeoutNano),
    metadata: r.metadata,
  };
}

export function encodeResponse(r: ResponseEnvelope): Uint8Array {
  // proto3 leaves code 0 and "" out of the Status, as gogo does.
  return ttrpc.Response.encode({
    ...(r.status ? { status: { code: r.status.code, message: r.status.message } } : {}),
    payload: r.payload,
  }).finish();
}

export function decodeResponse(bytes: Uint8Array): ResponseEnvelope {
  const r = ttrpc.Response.decode(bytes);
  return r.status
    ? { status: { code: r.status.code ?? 0, message: r.status.message ?? '' }, payload: r.payload }
    : { payload: r.payload };
}
