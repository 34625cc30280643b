import { runChild, type ChildResult } from './child.js';
import { runcCommandChannel, type RuncCommandMessage } from './diagnostics.js';
import { RuncError, type RuncErrorDetails } from './errors.js';
import type { ChildStdio } from './io.js';
import { lastErrorMessage, logFileSize, readLogSince, type LogFormat } from './log-file.js';

/** Per-call controls every method takes. */
export interface CallOptions {
  /** Aborting kills runc (SIGKILL) and the call rejects with a RuncError whose reason is 'canceled'. */
  signal?: AbortSignal;
  /** Kill runc (SIGKILL) after this long; overrides the Runc instance's `timeoutMs`. 0 = none. */
  timeoutMs?: number;
}

/** What the runner needs to know about the Runc instance. */
export interface RunnerConfig {
  command: string;
  globalArgs: readonly string[];
  log: string | undefined;
  logFormat: LogFormat;
  timeoutMs: number | undefined;
}

export interface Invocation {
  subcommand: string;
  /** The subcommand, its flags and operands (global flags are added in front). */
  args: readonly string[];
  /** Defaults to stdin ignored, stdout and stderr captured. */
  stdio?: ChildStdio;
  /**
   * A foreground run/exec/restore: runc exits with the container process's status, so a non-zero
   * exit is a result, not an error, unless runc logged an error during the call.
   */
  foreground?: boolean;
}

export interface Completed {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Run one runc command. Rejects with a RuncError for anything but success (or, for a foreground
 * process, the process's own exit status). Remembers the log's size first so that only lines this
 * call wrote explain its failure; concurrent calls sharing one log file can still see each other's
 * lines, which is why a shim keeps one log per bundle.
 */
export async function invoke(
  config: RunnerConfig,
  inv: Invocation,
  call: CallOptions = {},
): Promise<Completed> {
  const args = [...config.globalArgs, ...inv.args];
  const started = performance.now();
  const publish = (exitCode: number | undefined, error: Error | undefined): void => {
    if (!runcCommandChannel.hasSubscribers) return;
    const message: RuncCommandMessage = {
      command: config.command,
      args,
      durationMs: performance.now() - started,
      exitCode,
      error,
    };
    runcCommandChannel.publish(message);
  };
  const offset = config.log === undefined ? 0 : await logFileSize(config.log);
  const timeoutMs = call.timeoutMs ?? config.timeoutMs ?? 0;
  const stdio = inv.stdio ?? ['ignore', 'pipe', 'pipe'];
  const r = await runChild(config.command, args, { stdio, timeoutMs, signal: call.signal });
  const { stdout, stderr } = r;
  const failure = await describeFailure(r, { config, inv, call, offset, timeoutMs, stderr });
  if (failure !== undefined) {
    const err = new RuncError({
      command: config.command,
      args,
      subcommand: inv.subcommand,
      stderr,
      ...failure,
    });
    publish(r.exitCode, err);
    throw err;
  }
  const exitCode = r.exitCode ?? 0;
  publish(exitCode, undefined);
  return { exitCode, stdout, stderr };
}

type Failure = Omit<RuncErrorDetails, 'command' | 'args' | 'subcommand' | 'stderr'>;

/** Why the call failed, or undefined when it did not (a foreground process's status included). */
async function describeFailure(
  r: ChildResult,
  ctx: {
    config: RunnerConfig;
    inv: Invocation;
    call: CallOptions;
    offset: number;
    timeoutMs: number;
    stderr: string;
  },
): Promise<Failure | undefined> {
  if (r.timedOut) return { reason: 'timeout', timeoutMs: ctx.timeoutMs, signal: r.signal };
  if (r.canceled) {
    const why: unknown = ctx.call.signal?.reason;
    return { reason: 'canceled', detail: why instanceof Error ? why.message : undefined, cause: why };
  }
  if (r.spawnError !== undefined)
    return { reason: 'spawn', detail: r.spawnError.message, cause: r.spawnError };
  if (r.signal !== undefined) return { reason: 'signal', signal: r.signal };
  if (r.exitCode === undefined) return { reason: 'spawn', detail: 'no exit status' };
  if (r.exitCode === 0) return undefined;
  const { log, logFormat } = ctx.config;
  const logged =
    log === undefined ? undefined : lastErrorMessage(await readLogSince(log, ctx.offset, logFormat));
  if (ctx.inv.foreground && logged === undefined) return undefined;
  return { reason: 'exit', exitCode: r.exitCode, runcMessage: logged ?? (ctx.stderr.trim() || undefined) };
}

/** Turn a parse failure of runc's output into a RuncError naming the call. */
export function outputError(config: RunnerConfig, inv: Invocation, done: Completed, err: unknown): RuncError {
  return new RuncError({
    command: config.command,
    args: [...config.globalArgs, ...inv.args],
    subcommand: inv.subcommand,
    reason: 'output',
    exitCode: done.exitCode,
    stderr: done.stderr,
    detail: err instanceof Error ? err.message : String(err),
    cause: err,
  });
}
