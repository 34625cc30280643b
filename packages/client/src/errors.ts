// Every error the client makes or translates, in one place. A status from corrald becomes a
// CorralError here and nowhere else, with the stack of the call that failed.
import { CorralError } from '@corral/api';

export { errorFromStatus } from '@corral/api';

/** The hint every "cannot reach corrald" error carries (the CLI prints it). */
export const daemonHint = 'is corrald running? start it with `corrald` or scripts/setup';

/** Dialing failed: nobody listens, no socket, no answer in time, or the token was refused. */
export function errDial(where: string, err: unknown): CorralError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') {
    return new CorralError('PermissionDenied', `cannot connect to corrald at ${where}: permission denied`, {
      hint: 'the socket is root-only: run as root',
      cause: err,
    });
  }
  return new CorralError('Unavailable', `cannot connect to corrald at ${where}`, {
    hint: daemonHint,
    cause: err,
  });
}

export function errDialTimeout(where: string, timeoutMs: number): CorralError {
  return new CorralError(
    'Unavailable',
    `cannot connect to corrald at ${where}: no answer within ${timeoutMs} ms`,
    {
      hint: daemonHint,
    },
  );
}

export function errHttpStatus(where: string, status: number): CorralError {
  if (status === 401) {
    return new CorralError('Unauthenticated', `corrald at ${where} refused the bearer token`, {
      hint: 'pass the token corrald listens with (--token or CORRAL_TOKEN)',
    });
  }
  return new CorralError('Unavailable', `corrald at ${where} answered HTTP ${status} instead of a WebSocket`);
}

/** close() was called: what pending calls and streams fail with. */
export function errClosed(): CorralError {
  return new CorralError('Unavailable', 'connection closed');
}

/** The connection dropped under the calls in flight (corrald stopped or died). */
export function errConnectionLost(where: string, detail: string): CorralError {
  return new CorralError('Unavailable', `connection to corrald at ${where} lost: ${detail}`, {
    hint: daemonHint,
  });
}

export function errCanceled(method: string, reason?: unknown): CorralError {
  return new CorralError('Canceled', `${method}: canceled`, reason === undefined ? {} : { cause: reason });
}

export function errDeadline(method: string, timeoutMs: number): CorralError {
  return new CorralError('DeadlineExceeded', `${method}: no answer within ${timeoutMs} ms`);
}

/** A fresh copy, so each failing call can carry its own stack. */
export function cloneError(err: CorralError): CorralError {
  return new CorralError(err.code, err.message, { hint: err.hint, reason: err.reason, cause: err.cause });
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

type StackTop = (...args: never[]) => unknown;

/** The stack of the caller of `top`, taken before any await (grpc-js's callerStack). */
export function captureCallSite(top: StackTop): Error {
  const site = new Error();
  Error.captureStackTrace(site, top);
  return site;
}

/** Replaces an error's stack (socket internals only) with the stack of the call that failed. */
export function withCallSite<E extends Error>(err: E, callSite: Error): E {
  const frames = (callSite.stack ?? '').split('\n').slice(1).join('\n');
  err.stack = `${err.name}: ${err.message}${frames ? `\n${frames}` : ''}`;
  return err;
}
