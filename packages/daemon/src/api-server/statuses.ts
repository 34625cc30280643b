// Every status the API server puts on the wire, in one place. Handler errors become a status here
// and nowhere else: a CorralError keeps its kind and message, anything else goes out as Unknown
// with a generic message while its details go to the logger.
import { Code, CorralError, statusDetails } from '@corral/api';
import type { Status } from './frame-codec.js';
import { maxFrameBytes } from './limits.js';

/** The status of a failed handler, and whether its details were withheld (and belong in the log). */
export function statusFromHandlerError(err: unknown, method: string): { status: Status; withheld: boolean } {
  if (err instanceof CorralError) {
    const details = statusDetails(err);
    const status: Status = { code: err.grpcCode, message: err.wireMessage() };
    return { status: details.length > 0 ? { ...status, details } : status, withheld: false };
  }
  return {
    status: { code: Code.Unknown, message: `${method}: internal error (details are in corrald's log)` },
    withheld: true,
  };
}

export const statusUnknownMethod = (method: string): Status => ({
  code: Code.Unimplemented,
  message: method === '' ? 'request names no method' : `unknown method ${JSON.stringify(method)}`,
});

export const statusDuplicateId = (id: bigint): Status => ({
  code: Code.InvalidArgument,
  message: `call id ${id} is already in flight on this connection`,
});

export const statusTooManyCalls = (limit: number): Status => ({
  code: Code.ResourceExhausted,
  message: `too many calls in flight on this connection (limit ${limit})`,
});

export const statusOversized = (length: number): Status => ({
  code: Code.ResourceExhausted,
  message: `frame of ${length} bytes exceeds the maximum of ${maxFrameBytes}`,
});

export const statusOversizedReply = (method: string, length: number): Status => ({
  code: Code.ResourceExhausted,
  message: `${method}: reply of ${length} bytes exceeds the maximum frame size of ${maxFrameBytes}`,
});

export const statusMalformed = (reason: string): Status => ({
  code: Code.InvalidArgument,
  message: `malformed frame: ${reason}`,
});

export const statusBadPayload = (what: string, err: unknown): Status => ({
  code: Code.InvalidArgument,
  message: `decode ${what}: ${messageOf(err)}`,
});

export const statusBadReply = (method: string, err: unknown): Status => ({
  code: Code.Internal,
  message: `${method}: encode reply: ${messageOf(err)}`,
});

export const statusNoInputStream = (method: string): Status => ({
  code: Code.InvalidArgument,
  message: `${method} takes no stream from the client`,
});

export const statusUnexpectedKind = (kind: string): Status => ({
  code: Code.InvalidArgument,
  message: `a client may not send ${kind} frames`,
});

export const statusCanceled = (method: string): Status => ({
  code: Code.Canceled,
  message: `${method}: canceled by the client`,
});

export const statusServerClosing: Status = { code: Code.Unavailable, message: 'corrald is shutting down' };

export const statusBadNamespace = (err: unknown): Status => ({
  code: Code.InvalidArgument,
  message: `namespace: ${messageOf(err)}`,
});

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
