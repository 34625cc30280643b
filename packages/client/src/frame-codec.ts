// corral.v1.Frame, the client's side (wire.proto): one Frame per WebSocket binary message.
import { corral, toBigInt, toUint64, type google } from '@corral/api';

export const FrameKind = corral.v1.FrameKind;
export type FrameKind = corral.v1.FrameKind;

export interface Frame {
  id: number;
  kind: FrameKind;
  payload: Uint8Array;
  /** Set only for a non-OK status. */
  status: { code: number; message: string; details: google.protobuf.Any.$Properties[] } | undefined;
}

export function encodeFrame(
  id: number,
  kind: FrameKind,
  fields: { method?: string; payload?: Uint8Array; metadata?: Record<string, string> } = {},
): Uint8Array {
  return corral.v1.Frame.encode({ id: toUint64(id), kind, ...fields }).finish();
}

/** Throws when `bytes` is not a Frame. */
export function decodeFrame(bytes: Uint8Array): Frame {
  const f = corral.v1.Frame.decode(bytes);
  const status =
    f.status && (f.status.code ?? 0) !== 0
      ? { code: f.status.code ?? 0, message: f.status.message ?? '', details: f.status.details ?? [] }
      : undefined;
  // Our ids are small counters; one past 2^53 is not ours and matches no call.
  const id = toBigInt(f.id);
  return {
    id: id > BigInt(Number.MAX_SAFE_INTEGER) ? -1 : Number(id),
    kind: f.kind,
    payload: f.payload,
    status,
  };
}
