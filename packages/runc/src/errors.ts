import { basename } from 'node:path';

/**
 * What happened to the runc process: it exited non-zero (`exit`), died of a signal it did not
 * choose (`signal`), was killed by our timeout (`timeout`) or by the caller's AbortSignal
 * (`canceled`), could not be started at all (`spawn`), or succeeded but printed something we
 * could not parse (`output`).
 */
export type RuncErrorReason = 'exit' | 'signal' | 'timeout' | 'canceled' | 'spawn' | 'output';

export interface RuncErrorDetails {
  /** The runtime binary as configured (`/usr/sbin/runc`, `crun`, …). */
  command: string;
  /** Every argument after the binary: global flags, subcommand, its flags and operands. */
  args: readonly string[];
  subcommand: string;
  reason: RuncErrorReason;
  exitCode?: number | undefined;
  signal?: string | undefined;
  /** runc's stderr when we captured it ('' when it went to the container's stderr). */
  stderr?: string | undefined;
  /** runc's own words: the last error entry it logged during this call, else its stderr. */
  runcMessage?: string | undefined;
  timeoutMs?: number | undefined;
  /** Why, when the reason has no runc message (spawn failure, bad output, abort reason). */
  detail?: string | undefined;
  cause?: unknown;
}

/**
 * A failed runc (or crun) invocation. The message reads like containerd's
 * `runc create: exit status 1: <runc's own log line>`, so callers can prefix what they were doing
 * and the whole chain stays readable.
 */
export class RuncError extends Error {
  override name = 'RuncError';
  readonly command: string;
  readonly args: readonly string[];
  readonly subcommand: string;
  readonly reason: RuncErrorReason;
  readonly exitCode: number | undefined;
  readonly signal: string | undefined;
  readonly stderr: string;
  readonly runcMessage: string | undefined;
  readonly timedOut: boolean;
  readonly canceled: boolean;

  constructor(d: RuncErrorDetails) {
    super(formatMessage(d), d.cause === undefined ? undefined : { cause: d.cause });
    this.command = d.command;
    this.args = d.args;
    this.subcommand = d.subcommand;
    this.reason = d.reason;
    this.exitCode = d.exitCode;
    this.signal = d.signal;
    this.stderr = d.stderr ?? '';
    this.runcMessage = d.runcMessage;
    this.timedOut = d.reason === 'timeout';
    this.canceled = d.reason === 'canceled';
  }
}

function formatMessage(d: RuncErrorDetails): string {
  const what = `${basename(d.command)} ${d.subcommand}`;
  const why = ((): string => {
    switch (d.reason) {
      case 'exit':
        return `exit status ${d.exitCode ?? 'unknown'}`;
      case 'signal':
        return `signal: ${d.signal ?? 'unknown'}`;
      case 'timeout':
        return `timed out after ${d.timeoutMs ?? '?'} ms`;
      case 'canceled':
        return 'canceled';
      case 'spawn':
        return 'cannot start';
      case 'output':
        return 'cannot parse output';
    }
  })();
  const tail = d.runcMessage ?? d.detail;
  return tail ? `${what}: ${why}: ${tail}` : `${what}: ${why}`;
}

/** The first RuncError in `err`'s cause chain. */
export function findRuncError(err: unknown): RuncError | undefined {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 16; e = e.cause, depth++) {
    if (e instanceof RuncError) return e;
  }
  return undefined;
}

// runc says "container does not exist"; crun says "error opening file `<root>/<id>/status`: No
// such file or directory" for the same situation.
const notExist = [/does not exist/i, /container .*not found/i, /\/status`?: No such file or directory/];

/** True when runc failed because the container id is unknown under its root (looks through `cause`). */
export function isNotExistError(err: unknown): boolean {
  const e = findRuncError(err);
  if (e?.reason !== 'exit') return false;
  const text = e.runcMessage ?? e.stderr;
  return notExist.some((re) => re.test(text));
}

// runc (urfave/cli) answers an unknown subcommand with "No help topic for 'x'"; crun with
// "unknown command x". Older runc has no `features`; Debian's crun has no `events`/`checkpoint`.
const unsupported = [/No help topic for/, /unknown command/i];

/** True when the runtime binary does not have the subcommand at all (looks through `cause`). */
export function isUnsupportedError(err: unknown): boolean {
  const e = findRuncError(err);
  if (e?.reason !== 'exit') return false;
  const text = `${e.runcMessage ?? ''}\n${e.stderr}`;
  return unsupported.some((re) => re.test(text));
}
