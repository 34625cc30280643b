// What a CorralError says beyond its code and message (the hint for a person, the reason for a
// program) as google.rpc.Status details, the way gRPC servers do: one google.rpc.ErrorInfo under
// its googleapis type URL, domain "corral", the hint in its metadata. Servers and clients in other
// languages read it with their usual status-details helpers.
import { CorralError } from './errors.js';
import { google } from './gen/proto.js';

export const errorInfoTypeUrl = 'type.googleapis.com/google.rpc.ErrorInfo';
export const errorDomain = 'corral';

/** Reasons corrald gives (ErrorInfo.reason), for programs that act on one cause. */
export const errorReasons = {
  /** CreateContainer names an image corrald does not have (`corral run` pulls it then). */
  imageNotFound: 'IMAGE_NOT_FOUND',
} as const;

type AnyLike = { type_url?: string | null; value?: Uint8Array | null };

/** The details of `err`'s status: none when it has neither hint nor reason. */
export function statusDetails(err: CorralError): google.protobuf.Any[] {
  if (err.hint === undefined && err.reason === undefined) return [];
  const info = google.rpc.ErrorInfo.create({
    reason: err.reason ?? '',
    domain: errorDomain,
    metadata: err.hint === undefined ? {} : { hint: err.hint },
  });
  return [
    google.protobuf.Any.create({
      type_url: errorInfoTypeUrl,
      value: google.rpc.ErrorInfo.encode(info).finish(),
    }),
  ];
}

/** A status off the wire as a CorralError, with the hint and reason its corral ErrorInfo carries. */
export function errorFromStatus(status: {
  code: number;
  message: string;
  details?: readonly AnyLike[] | null;
}): CorralError {
  let hint: string | undefined;
  let reason: string | undefined;
  for (const d of status.details ?? []) {
    if (d.type_url !== errorInfoTypeUrl || !d.value) continue;
    let info: google.rpc.ErrorInfo;
    try {
      info = google.rpc.ErrorInfo.decode(d.value);
    } catch {
      continue; // details are advice; a malformed one is ignored, the status still stands
    }
    if (info.domain !== errorDomain) continue;
    reason = info.reason || reason;
    hint = info.metadata['hint'] || hint;
  }
  return CorralError.fromStatus(status.code, status.message, {
    ...(hint === undefined ? {} : { hint }),
    ...(reason === undefined ? {} : { reason }),
  });
}
