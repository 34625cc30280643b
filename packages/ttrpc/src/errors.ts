// Every error ttrpc produces or translates, in one place (containerd/ttrpc errors.go). Statuses are
// built from errors exactly once at the server edge and turned back into errors once in the client.
import { Code, CorralError } from '@corral/api/task';
import { messageLengthMax } from './channel.js';

/** A status as it travels in `ttrpc.Response.status`. */
export interface Status {
  code: number;
  message: string;
}

/** ttrpc's ErrClosed: the connection is gone and the call's outcome is unknown. */
export function errClosed(cause?: unknown): CorralError {
  return new CorralError('Unavailable', 'ttrpc: closed', cause === undefined ? {} : { cause });
}

// The receive-side text is ttrpc v1.1.1's, word for word ("exceed"): clients may match on it.
export function statusOversized(length: number): Status {
  return {
    code: Code.ResourceExhausted,
    message: `message length ${length} exceed maximum message size of ${messageLengthMax}`,
  };
}

export function errOversizedRequest(what: string, length: number): CorralError {
  return new CorralError(
    'ResourceExhausted',
    `${what}: message length ${length} exceeds maximum message size of ${messageLengthMax}`,
  );
}

export function errDeadline(what: string, timeoutMs: number): CorralError {
  return new CorralError('DeadlineExceeded', `${what}: deadline of ${timeoutMs} ms exceeded`);
}

export function errCanceled(what: string, reason: unknown): CorralError {
  return new CorralError('Canceled', `${what}: canceled`, reason === undefined ? {} : { cause: reason });
}

// Framework statuses, with ttrpc v1.1.1's texts (services.go, server.go).
export const statusOddStreamId: Status = {
  code: Code.InvalidArgument,
  message: 'StreamID must be odd for client initiated streams',
};
export const statusUnknownService = (name: string): Status => ({
  code: Code.Unimplemented,
  message: `service ${name}`,
});
export const statusUnknownMethod = (name: string): Status => ({
  code: Code.Unimplemented,
  message: `method ${name}`,
});
export const statusBadRequest = (err: unknown): Status => ({
  code: Code.InvalidArgument,
  message: `unmarshal request error: ${messageOf(err)}`,
});
export const statusBadPayload = (err: unknown): Status => ({
  code: Code.Internal,
  message: `ttrpc: error unmarshalling payload: ${messageOf(err)}`,
});
export const statusBadReply = (err: unknown): Status => ({
  code: Code.Internal,
  message: `ttrpc: error marshaling payload: ${messageOf(err)}`,
});

/**
 * The wire status of a handler's error: a CorralError keeps its kind and gets containerd's class
 * suffix ("…: not found"); anything else is Unknown with its message, as Go's ttrpc sends it.
 */
export function statusFromError(err: unknown): Status {
  if (err instanceof CorralError) return { code: err.grpcCode, message: err.wireMessage() };
  return { code: Code.Unknown, message: messageOf(err) };
}

/** The client's error for a non-OK status: containerd's class suffix comes off the message. */
export function errorFromStatus(status: Status): CorralError {
  return CorralError.fromStatus(status.code, status.message);
}

/**
 * Replaces an asynchronously created error's stack (which shows only socket internals) with the
 * stack of the call that is failing, the way grpc-js does.
 */
export function withCallSite<E extends Error>(err: E, callSite: Error): E {
  const frames = (callSite.stack ?? '').split('\n').slice(1).join('\n');
  err.stack = `${err.name}: ${err.message}${frames ? `\n${frames}` : ''}`;
  return err;
}

/** Dial failures: the socket is missing or nobody listens, with the path and errno in the message. */
export function errDial(path: string, err: unknown): CorralError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const why =
    code === 'ENOENT'
      ? 'no such socket (ENOENT)'
      : code === 'ECONNREFUSED'
        ? 'connection refused, nothing listens on it (ECONNREFUSED)'
        : messageOf(err);
  const kind = code === 'EACCES' || code === 'EPERM' ? 'PermissionDenied' : 'Unavailable';
  return new CorralError(kind, `dial ttrpc ${path}: ${why}`, { cause: err });
}

export function errDialTimeout(path: string, timeoutMs: number): CorralError {
  return new CorralError('DeadlineExceeded', `dial ttrpc ${path}: no connection after ${timeoutMs} ms`);
}

export function errListen(path: string, err: unknown): CorralError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const kind = code === 'EADDRINUSE' ? 'AlreadyExists' : 'Unavailable';
  return new CorralError(kind, `listen on ${path}: ${messageOf(err)}`, { cause: err });
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
