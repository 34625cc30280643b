import { type ChildProcess, spawn, type StdioOptions } from 'node:child_process';

/*
 * One runc process, straight through node:child_process rather than execa (STYLE.md's default).
 * This package runs inside every shim, and execa's module graph costs a shim ~3 MB of memory and
 * ~15 ms of start (measured, docs/decisions.md "Shim start time and memory") for what runc needs:
 * spawn with a given stdio, capture stdout/stderr as text, a timeout and an AbortSignal that
 * SIGKILL it, and the same cleanup execa does by default: a child still running when this process
 * exits is killed with it.
 */

export interface ChildOptions {
  stdio: StdioOptions;
  /** SIGKILL after this long; 0 = never. */
  timeoutMs: number;
  /** SIGKILL on abort; an aborted signal spawns nothing. */
  signal?: AbortSignal | undefined;
}

/** How the child ended. */
export interface ChildResult {
  /** Its exit status, when it exited by itself. */
  exitCode: number | undefined;
  /** The signal that ended it (SIGKILL when our timeout or the caller's abort did). */
  signal: NodeJS.Signals | undefined;
  /** What it wrote to a 'pipe' stdout / stderr, as UTF-8 text ('' for any other stdio). */
  stdout: string;
  stderr: string;
  timedOut: boolean;
  canceled: boolean;
  /** Why it could not be started at all (spawn's own error: ENOENT, EACCES, …). */
  spawnError: Error | undefined;
}

const running = new Set<ChildProcess>();
let killOnExit = false;

/** Resolves once the child is gone and its pipes are closed; never rejects. */
export function runChild(command: string, args: readonly string[], o: ChildOptions): Promise<ChildResult> {
  const result: ChildResult = {
    exitCode: undefined,
    signal: undefined,
    stdout: '',
    stderr: '',
    timedOut: false,
    canceled: false,
    spawnError: undefined,
  };
  if (o.signal?.aborted) return Promise.resolve({ ...result, canceled: true });
  if (!killOnExit) {
    killOnExit = true;
    process.once('exit', () => {
      for (const c of running) c.kill('SIGKILL');
    });
  }
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      child = spawn(command, args, { stdio: o.stdio });
    } catch (err) {
      // Invalid arguments (a closed fd in stdio, a NUL in an argument) throw instead of emitting.
      resolve({ ...result, spawnError: err instanceof Error ? err : new Error(String(err)) });
      return;
    }
    running.add(child);
    child.stdout?.setEncoding('utf8').on('data', (s: string) => (result.stdout += s));
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (result.stderr += s));
    const timer =
      o.timeoutMs > 0
        ? setTimeout(() => {
            result.timedOut = true;
            child.kill('SIGKILL');
          }, o.timeoutMs)
        : undefined;
    const onAbort = (): void => {
      result.canceled = true;
      child.kill('SIGKILL');
    };
    o.signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (err) => {
      // Also emitted when a kill fails; only a child that never started has no pid.
      if (child.pid === undefined) result.spawnError = err;
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      o.signal?.removeEventListener('abort', onAbort);
      running.delete(child);
      if (result.spawnError === undefined) {
        result.exitCode = code ?? undefined;
        result.signal = signal ?? undefined;
      }
      resolve(result);
    });
  });
}
