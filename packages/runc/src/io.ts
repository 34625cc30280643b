import type { Readable, Writable } from 'node:stream';

/*
 * Why the container's stdio is explicit.
 *
 * `runc create`, `runc run -d`, `runc exec -d` and `runc restore -d` hand their own stdin/stdout/
 * stderr down to the container process, which keeps them after runc exits. If this wrapper captured
 * runc's stdout or stderr through a pipe (a child process's default), it would wait for EOF on that pipe,
 * and EOF only comes when the *container* closes it: the call would hang for the container's whole
 * life. So those calls take the container's stdio from the caller, as something the child can
 * inherit directly (a file descriptor, a stream with a descriptor such as a FIFO or socket the
 * caller opened, 'inherit', or 'ignore'), and never capture it. Only a foreground `run`/`exec`
 * (one that waits for the process to exit anyway) may ask for 'pipe' to get the output back.
 *
 * The cost: with stderr handed to the container, runc's own error text goes there too. runc's
 * `--log` file is where errors are read from (see log-file.ts).
 */

/** Where the container's stdin comes from. A stream must have a descriptor (fs stream, socket, FIFO). */
export type StdinTarget = 'ignore' | 'inherit' | number | Readable;

/** Where the container's stdout or stderr goes. A stream must have a descriptor. */
export type OutputTarget = 'ignore' | 'inherit' | number | Writable;

/** The container process's stdio for calls that leave it running (create, detached run/exec). */
export interface ProcessIo {
  stdin?: StdinTarget;
  stdout?: OutputTarget;
  stderr?: OutputTarget;
}

/** Stdio for a foreground run/exec, which waits for the process anyway and so may capture output. */
export interface ForegroundIo {
  stdin?: StdinTarget;
  stdout?: OutputTarget | 'pipe';
  stderr?: OutputTarget | 'pipe';
}

export type ChildStdio = [StdinTarget | 'pipe', OutputTarget | 'pipe', OutputTarget | 'pipe', ...number[]];

/**
 * The `stdio` array for a call whose child the container inherits. Absent streams become
 * 'ignore' (never the default 'pipe', see above). `extraFiles` become fds 3, 4, … and are
 * announced to runc with `--preserve-fds`.
 */
export function containerStdio(
  io: ProcessIo | ForegroundIo | undefined,
  extraFiles: readonly number[] = [],
  { allowPipe }: { allowPipe: boolean },
): ChildStdio {
  const stdout = io?.stdout ?? 'ignore';
  const stderr = io?.stderr ?? 'ignore';
  if (!allowPipe && (stdout === 'pipe' || stderr === 'pipe')) {
    throw new TypeError(
      "stdio 'pipe' would hang until the container closes it: pass an fd, a stream with an fd, 'inherit' or 'ignore'",
    );
  }
  return [io?.stdin ?? 'ignore', stdout, stderr, ...extraFiles];
}
