// How the CLI fails: a message for stderr (one line, prefixed "corral: ") and an exit code.
import { CorralError } from '@corral/api';

/** docker's exit codes: its own failures, and a command that could not run. */
export const exitCodes = {
  ok: 0,
  /** The daemon or the API failed, or the command line was wrong. */
  daemonError: 125,
  /** The command exists but cannot be invoked (permission denied, not executable). */
  cannotInvoke: 126,
  /** The command was not found. */
  notFound: 127,
  /** Whoever read stdout went away (`corral logs -f web | head`): docker dies of SIGPIPE, 128 + 13. */
  brokenPipe: 141,
} as const;

export class CliError extends Error {
  override name = 'CliError';
  readonly exitCode: number;
  /** The command whose --help to point at (usage errors). */
  readonly usageOf: string | undefined;

  constructor(message: string, exitCode: number = exitCodes.daemonError, usageOf?: string) {
    super(message);
    this.exitCode = exitCode;
    this.usageOf = usageOf;
  }
}

export function usageError(command: string, message: string): CliError {
  return new CliError(message, exitCodes.daemonError, command);
}

// What runc and crun say when the process cannot be started (docker maps them the same way).
const notFoundRe = /executable file .*not found|not found in \$PATH|no such file or directory/i;
const cannotInvokeRe = /permission denied|is a directory|exec format error|not executable/i;

/**
 * The exit code for a process that failed to start (ExecSync, Exec, StartContainer), from the
 * runtime's words; undefined when the failure is something else.
 */
export function startFailureExitCode(err: unknown): number | undefined {
  if (!(err instanceof CorralError)) return undefined;
  if (notFoundRe.test(err.message)) return exitCodes.notFound;
  if (cannotInvokeRe.test(err.message)) return exitCodes.cannotInvoke;
  return undefined;
}

/** The one line a failure prints: "corral: <message>[: <hint>]". */
export function errorLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const hint = err instanceof CorralError ? err.hint : undefined;
  return `corral: ${message}${hint ? `: ${hint}` : ''}`;
}
