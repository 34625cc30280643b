import { type ChildProcess, spawn, type StdioOptions } from 'node:child_process';
import { closeSync } from 'node:fs';
import { Socket } from 'node:net';
import { constants } from 'node:os';
import { pipe, spawnWithFds, watchExit } from '@corral/sys';

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

/** How to SIGKILL each child still running (they die with this process, as execa's do). */
const running = new Set<() => void>();
let killOnExit = false;

/** Resolves once the child is gone and its pipes are closed; never rejects. */
export function runChild(command: string, args: readonly string[], o: ChildOptions): Promise<ChildResult> {
  const fds = plainStdio(o.stdio);
  return fds ? runSpawned(command, args, fds, o) : runForked(command, args, o);
}

type PlainStdio = (number | 'pipe' | 'ignore')[];

/**
 * The stdio as fds, 'pipe' (output only) and 'ignore' (what posix_spawn is given); undefined for
 * streams and a piped stdin, which child_process keeps handling.
 */
function plainStdio(stdio: StdioOptions): PlainStdio | undefined {
  const list = typeof stdio === 'string' ? [stdio, stdio, stdio] : [...stdio];
  const out: PlainStdio = [];
  for (const [i, given] of list.entries()) {
    const s = given ?? (i < 3 ? 'pipe' : 'ignore');
    if (s === 'pipe' && i === 0) return undefined;
    if (s === 'pipe' || s === 'ignore' || (typeof s === 'number' && s >= 0)) out.push(s);
    else if (s === 'inherit') out.push(i);
    else return undefined;
  }
  return out;
}

function emptyResult(): ChildResult {
  return {
    exitCode: undefined,
    signal: undefined,
    stdout: '',
    stderr: '',
    timedOut: false,
    canceled: false,
    spawnError: undefined,
  };
}

function ensureKillOnExit(): void {
  if (killOnExit) return;
  killOnExit = true;
  process.once('exit', () => {
    for (const kill of running) kill();
  });
}

/** SIGKILLs the child through `kill` on the call's timeout or abort; returns what disarms both. */
function killWhenDue(result: ChildResult, o: ChildOptions, kill: () => void): () => void {
  const timer =
    o.timeoutMs > 0
      ? setTimeout(() => {
          result.timedOut = true;
          kill();
        }, o.timeoutMs)
      : undefined;
  const onAbort = (): void => {
    result.canceled = true;
    kill();
  };
  o.signal?.addEventListener('abort', onAbort, { once: true });
  return () => {
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onAbort);
  };
}

const signalNames = new Map(
  Object.entries(constants.signals).map(([name, n]) => [n, name as NodeJS.Signals]),
);

/**
 * runc through posix_spawn (@corral/sys): child_process forks the whole shim for every runc call,
 * which blocks its event loop longer the bigger the shim is (a grouped shim serves many containers);
 * posix_spawn copies nothing. The child is reaped through its pidfd (watchExit), which also keeps
 * the shim's orphan sweep off it.
 */
function runSpawned(
  command: string,
  args: readonly string[],
  stdio: PlainStdio,
  o: ChildOptions,
): Promise<ChildResult> {
  const result = emptyResult();
  if (o.signal?.aborted) return Promise.resolve({ ...result, canceled: true });
  ensureKillOnExit();
  const readers: { index: number; fd: number }[] = [];
  const childEnds: number[] = [];
  let pid: number;
  try {
    const fds = stdio.map((s, index) => {
      if (s === 'ignore') return -1;
      if (s !== 'pipe') return s;
      const [r, w] = pipe();
      readers.push({ index, fd: r });
      childEnds.push(w);
      return w;
    });
    pid = spawnWithFds(command, args, fds);
  } catch (err) {
    for (const { fd } of readers) closeSync(fd);
    // Named by its code first, as child_process's spawn errors are ("spawn runc ENOENT").
    const code = (err as { code?: string }).code;
    const message = `${code ? `${code}: ` : ''}${err instanceof Error ? err.message : String(err)}`;
    return Promise.resolve({ ...result, spawnError: new Error(message, { cause: err }) });
  } finally {
    for (const fd of childEnds) closeSync(fd);
  }
  const kill = (): void => {
    try {
      process.kill(pid, 'SIGKILL'); // not reaped before watchExit below: still our child's pid
    } catch {
      // gone
    }
  };
  running.add(kill);
  const disarm = killWhenDue(result, o, kill);
  const outputs = readers.map(
    ({ index, fd }) =>
      new Promise<void>((resolve) => {
        const socket = new Socket({ fd, readable: true, writable: false });
        socket.setEncoding('utf8');
        socket.on('data', (text: string) => {
          if (index === 1) result.stdout += text;
          else if (index === 2) result.stderr += text;
        });
        socket.on('error', () => undefined);
        socket.once('close', () => resolve());
      }),
  );
  const exited = watchExit(pid).then(
    (st) => {
      disarm();
      running.delete(kill);
      if (st.signal !== null) result.signal = signalNames.get(st.signal);
      else result.exitCode = st.exitCode ?? undefined;
    },
    (err: unknown) => {
      disarm();
      running.delete(kill);
      result.spawnError = err instanceof Error ? err : new Error(String(err));
    },
  );
  return Promise.all([exited, ...outputs]).then(() => result);
}

/** runc through child_process: for stdio that are streams (posix_spawn takes fds). */
function runForked(command: string, args: readonly string[], o: ChildOptions): Promise<ChildResult> {
  const result = emptyResult();
  if (o.signal?.aborted) return Promise.resolve({ ...result, canceled: true });
  ensureKillOnExit();
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      child = spawn(command, args, { stdio: o.stdio });
    } catch (err) {
      // Invalid arguments (a closed fd in stdio, a NUL in an argument) throw instead of emitting.
      resolve({ ...result, spawnError: err instanceof Error ? err : new Error(String(err)) });
      return;
    }
    const kill = (): void => void child.kill('SIGKILL');
    running.add(kill);
    child.stdout?.setEncoding('utf8').on('data', (s: string) => (result.stdout += s));
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (result.stderr += s));
    const disarm = killWhenDue(result, o, kill);
    child.on('error', (err) => {
      // Also emitted when a kill fails; only a child that never started has no pid.
      if (child.pid === undefined) result.spawnError = err;
    });
    child.once('close', (code, signal) => {
      disarm();
      running.delete(kill);
      if (result.spawnError === undefined) {
        result.exitCode = code ?? undefined;
        result.signal = signal ?? undefined;
      }
      resolve(result);
    });
  });
}
