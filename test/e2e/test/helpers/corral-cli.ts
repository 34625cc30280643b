// The real `corral` binary as a child process, the way a user runs it: CORRAL_HOST names the test's
// corrald, output is captured, and every child is killed by its pid after the test that started it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'node:test';
import { defer, isAlive, killPid, waitFor } from '@corral/test-utils';
import { timeouts } from './timeouts.js';

/** The bundled `corral` users run (packages/cli/dist/corral.cjs), found through the workspace package. */
export const corralBin = fileURLToPath(import.meta.resolve('@corral/cli/bin'));

export interface CorralResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CorralChild {
  readonly pid: number;
  stdout(): string;
  stderr(): string;
  /** Resolves once the child exited and its output is complete. */
  readonly exited: Promise<CorralResult>;
  /** Waits until `stdout` satisfies `pred` (its result is returned), failing early if the child exits. */
  waitForStdout<T>(pred: (stdout: string) => T | undefined | false, what: string): Promise<T>;
  /** SIGTERM (or `signal`), SIGKILL at the deadline; resolves with the result. */
  stop(signal?: NodeJS.Signals): Promise<CorralResult>;
  /** Closes our end of its stdout, as `| head` does once it has read enough. */
  closeStdout(): void;
  /** Waits (without signalling it) for the child to end by itself. */
  waitForExit(what: string): Promise<CorralResult>;
}

/** Our environment without any CORRAL_* setting: a child sees only what the test gives it. */
export function envWithoutCorral(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('CORRAL_')) env[k] = v;
  return env;
}

/** A CLI child's environment: CORRAL_HOST names the test's corrald. */
export function cliEnv(host: string): NodeJS.ProcessEnv {
  return { ...envWithoutCorral(), CORRAL_HOST: host };
}

export interface CorralCliOptions {
  /** More environment for every child (CORRAL_AUTH_FILE: never the auth file of whoever runs the tests). */
  env?: NodeJS.ProcessEnv;
}

export class CorralCli {
  /** `host`: CORRAL_HOST for every child, e.g. `unix:///tmp/cd-x/state/corral.sock`. */
  constructor(
    readonly host: string,
    private readonly opts: CorralCliOptions = {},
  ) {}

  /**
   * Starts `corral ARGS…` in the background; killed by pid after `t` whatever happens. Its stdin is
   * `input`, then end of file.
   */
  start(t: Pick<TestContext, 'after'>, args: readonly string[], input?: string): CorralChild {
    const child = spawn(process.execPath, [corralBin, ...args], {
      env: { ...cliEnv(this.host), ...this.opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const pid = child.pid;
    if (pid === undefined) throw new Error(`spawn corral ${args.join(' ')} failed`);
    // A child that exits without reading its stdin must not fail the test with EPIPE.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    let done = false;
    const exited = new Promise<CorralResult>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code, signal) => {
        done = true;
        resolve({ code, signal, stdout, stderr });
      });
    });
    const stop = async (signal: NodeJS.Signals = 'SIGTERM'): Promise<CorralResult> => {
      if (!done) killPid(pid, signal);
      const ended = await waitFor(() => done || !isAlive(pid), {
        timeoutMs: timeouts.cliStop,
        what: `corral ${args.join(' ')} (pid ${pid}) to exit after ${signal}`,
      }).catch(() => false);
      if (!ended) killPid(pid, 'SIGKILL');
      return exited;
    };
    defer(t, async () => {
      if (!done) await stop('SIGKILL');
    });
    return {
      pid,
      stdout: () => stdout,
      stderr: () => stderr,
      exited,
      stop,
      closeStdout: () => child.stdout.destroy(),
      waitForExit: async (what) => {
        await waitFor(() => done, {
          timeoutMs: timeouts.cliOutput,
          what: `corral ${args.join(' ')} to exit: ${what}`,
        });
        return exited;
      },
      waitForStdout: async <T>(pred: (stdout: string) => T | undefined | false, what: string) => {
        const r = await waitFor(
          (): { value: T } | { exited: true } | false => {
            const v = pred(stdout);
            if (v !== undefined && v !== false) return { value: v };
            return done ? { exited: true } : false;
          },
          { timeoutMs: timeouts.cliOutput, what: `corral ${args.join(' ')} to print ${what}` },
        ).catch((err: Error) => {
          throw new Error(`${err.message}\nstdout:\n${stdout}\nstderr:\n${stderr}`, { cause: err });
        });
        if ('exited' in r)
          throw new Error(`corral ${args.join(' ')} exited before printing ${what}:\n${stdout}\n${stderr}`);
        return r.value;
      },
    };
  }

  /** Runs `corral ARGS…` to its end (SIGKILL at the deadline) and returns its exit code and output. */
  async run(
    t: Pick<TestContext, 'after'>,
    args: readonly string[],
    timeoutMs: number = timeouts.cliCommand,
    input?: string,
  ): Promise<CorralResult> {
    const c = this.start(t, args, input);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>(
      (resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)),
    );
    try {
      const r = await Promise.race([c.exited, deadline]);
      if (r === 'timeout') {
        const killed = await c.stop('SIGKILL');
        throw new Error(
          `corral ${args.join(' ')} still running after ${timeoutMs} ms:\n${killed.stdout}\n${killed.stderr}`,
        );
      }
      return r;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs `corral ARGS…` and asserts exit 0; returns stdout. */
  async ok(t: Pick<TestContext, 'after'>, args: readonly string[]): Promise<string> {
    const r = await this.run(t, args);
    if (r.code !== 0) {
      throw new Error(
        `corral ${args.join(' ')} exited ${r.code ?? r.signal}:\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`,
      );
    }
    return r.stdout;
  }
}

/**
 * A table the way corral prints it (header, then rows, columns aligned at the header's names) as
 * one record per row, keyed by header name.
 */
export function parseTable(text: string): Record<string, string>[] {
  const [header = '', ...rows] = text.split('\n').filter((l) => l.trim() !== '');
  const names = header.split(/ {2,}/).filter(Boolean);
  const starts = names.map((n) => header.indexOf(n));
  return rows.map((row) =>
    Object.fromEntries(
      names.map((n, i) => [n, row.slice(starts[i], starts[i + 1] ?? row.length).trim()] as const),
    ),
  );
}
