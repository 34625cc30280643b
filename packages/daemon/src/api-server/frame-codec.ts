// corral.v1.Frame on and off the wire (wire.proto): one Frame per WebSocket binary message.
import { corral, toBigInt, toUint64, type google } from '@corral/api';

export const FrameKind = corral.v1.FrameKind;
export type FrameKind = corral.v1.FrameKind;

/** A status as it travels in Frame.status (google.rpc.Status). */
export interface Status {
  code: number;
  message: string;
  /** Sent: a CorralError's hint and reason (@corral/api statusDetails); not read from clients. */
  details?: google.protobuf.Any[];
}

export interface Frame {
  id: bigint;
  kind: FrameKind;
  method: string;
  payload: Uint8Array;
  /** Set only when the frame carried a non-OK status. */
  status: Status | undefined;
  metadata: Readonly<Record<string, string>>;
}

export type DecodeResult = { ok: true; frame: Frame } | { ok: false; reason: string; id: bigint | undefined };

const kinds = new Set<number>(Object.values(FrameKind).filter((v): v is number => typeof v === 'number'));

/**
 * Decodes one message. When it is not a Frame, says why and, if the leading field still reads as
 * an id, which call it was for, so that call can be answered instead of the connection dropped.
 */
export function decodeFrame(bytes: Uint8Array): DecodeResult {
  let f: corral.v1.Frame;
  try {
    f = corral.v1.Frame.decode(bytes);
  } catch (err) {
    return { ok: false, reason: `not a corral.v1.Frame: ${(err as Error).message}`, id: peekFrameId(bytes) };
  }
  const id = toBigInt(f.id);
  if (!kinds.has(f.kind)) return { ok: false, reason: `unknown frame kind ${f.kind}`, id };
  const status = f.status && (f.status.code ?? 0) !== 0 ? toStatus(f.status) : undefined;
  return {
    ok: true,
    frame: { id, kind: f.kind, method: f.method, payload: f.payload, status, metadata: f.metadata },
  };
}

export function encodeFrame(
  id: bigint,
  kind: FrameKind,
  fields: { payload?: Uint8Array; status?: Status } = {},
): Uint8Array {
  return corral.v1.Frame.encode({
    id: toUint64(id),
    kind,
    ...(fields.payload === undefined ? {} : { payload: fields.payload }),
    ...(fields.status === undefined ? {} : { status: fields.status }),
  }).finish();
}

/**
 * The id of a message that does not decode as a whole: protobufjs writes field 1 (a varint, tag
 * 0x08) first, so a truncated or corrupted frame usually still starts with it.
 */
export function peekFrameId(bytes: Uint8Array): bigint | undefined {
  if (bytes[0] !== 0x08) return undefined;
  let value = 0n;
  for (let i = 1; i < Math.min(bytes.length, 11); i++) {
    const b = bytes[i] ?? 0;
    value |= BigInt(b & 0x7f) << BigInt(7 * (i - 1));
    if ((b & 0x80) === 0) return value < 1n << 64n ? value : undefined;
  }
  return undefined;
}

function toStatus(s: { code?: number | null; message?: string | null }): Status {
  return { code: s.code ?? 0, message: s.message ?? '' };
}
