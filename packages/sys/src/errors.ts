import { constants } from 'node:os';
import { getSystemErrorMap } from 'node:util';

export interface SysErrorOptions {
  path?: string | undefined;
  cause?: unknown;
}

/**
 * A failed system call, shaped like Node's own system errors (`code` 'ESRCH', negative `errno`,
 * `syscall`, `path`), so `err.code === 'ENOENT'` checks work the same on fs errors and ours. The
 * native addon constructs it directly: keep the parameters' order.
 */
export class SysError extends Error {
  override name = 'SysError';
  readonly code: string;
  /** Negative, as libuv and Node report it (-3 for ESRCH). */
  readonly errno: number;
  readonly syscall: string;
  readonly path: string | undefined;

  constructor(message: string, code: string, errno: number, syscall: string, options: SysErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.errno = errno;
    this.syscall = syscall;
    this.path = options.path;
  }
}

export type ErrnoName = keyof typeof constants.errno;

/** A SysError for a condition detected in TypeScript (a timeout, a closed socket, …). */
export function sysError(
  code: ErrnoName,
  syscall: string,
  message: string,
  options: SysErrorOptions = {},
): SysError {
  return new SysError(message, code, -constants.errno[code], syscall, options);
}

/**
 * The same error with what was being done in front of its message ("watch exit of pid 42:
 * waitid …"); the original stays as `cause`. Node's fs errors become SysErrors on the way.
 */
export function withContext(err: unknown, what: string): Error {
  if (err instanceof SysError) {
    return new SysError(`${what}: ${err.message}`, err.code, err.errno, err.syscall, {
      path: err.path,
      cause: err,
    });
  }
  if (isErrnoException(err)) {
    return new SysError(`${what}: ${err.message}`, err.code, err.errno ?? 0, err.syscall ?? 'unknown', {
      path: err.path,
      cause: err,
    });
  }
  return new Error(`${what}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
}

/** libuv's negative status from a poll callback as a SysError. */
export function uvError(status: number, syscall: string, what: string): SysError {
  const [code, text] = getSystemErrorMap().get(status) ?? ['EUNKNOWN', `unknown error ${status}`];
  return new SysError(`${what}: ${syscall}: ${text}`, code, status, syscall);
}

export function isErrnoException(err: unknown): err is NodeJS.ErrnoException & { code: string } {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string';
}

/** True for errors (SysError or Node's fs errors) carrying this errno name. */
export function hasErrno(err: unknown, code: ErrnoName): boolean {
  return isErrnoException(err) && err.code === code;
}
