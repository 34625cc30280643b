import { SysError, hasErrno, sysError, withContext } from './errors.js';

/**
 * The kernel has no pidfds (pidfd_open needs Linux 5.3, waitid(P_PIDFD) 5.4): the shim cannot
 * wait for or signal a process safely here, and says so instead of falling back to raw pids.
 */
export class PidfdUnsupportedError extends SysError {
  override name = 'PidfdUnsupportedError';

  constructor(what: string, cause: SysError) {
    const e = sysError(
      'ENOSYS',
      cause.syscall,
      `${what}: pidfds are not supported by this kernel (Linux >= 5.4 needed)`,
    );
    super(e.message, e.code, e.errno, e.syscall, { cause });
  }
}

/**
 * The pid no longer names the process the caller meant: its start time differs, so the pid was
 * reused (or the process is gone). Code ESRCH, so "already gone" handling covers it too.
 */
export class ProcessChangedError extends SysError {
  override name = 'ProcessChangedError';
  readonly pid: number;
  readonly expectedStartTime: bigint | undefined;
  /** undefined when the process had already exited and been reaped. */
  readonly actualStartTime: bigint | undefined;

  constructor(pid: number, expectedStartTime: bigint | undefined, actualStartTime: bigint | undefined) {
    const why =
      actualStartTime === undefined
        ? 'it has exited'
        : `its start time is ${actualStartTime}, not ${expectedStartTime}: the pid was reused`;
    const e = sysError('ESRCH', 'pidfd_open', `open process ${pid}: ${why}`);
    super(e.message, e.code, e.errno, e.syscall);
    this.pid = pid;
    this.expectedStartTime = expectedStartTime;
    this.actualStartTime = actualStartTime;
  }
}

/**
 * Adds context, and turns "no such system call" (ENOSYS; EINVAL from waitid on 5.3, which has
 * pidfd_open but not P_PIDFD) into PidfdUnsupportedError.
 */
export function pidfdError(err: unknown, what: string): Error {
  if (
    err instanceof SysError &&
    (err.code === 'ENOSYS' || (err.syscall === 'waitid' && hasErrno(err, 'EINVAL')))
  ) {
    return new PidfdUnsupportedError(what, err);
  }
  return withContext(err, what);
}
