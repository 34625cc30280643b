// A real corrald as a child process (its bin, from @corral/daemon's dist) on a temp root/state/
// socket, with real shims and runc; killed and started again as the crash tests please. Its NDJSON
// log goes to a file the test reads (failpoints announce themselves there). Teardown removes every
// container through corrald, stops it, then checks for leftovers — and removes those by pid/path.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { once } from 'node:events';
import type { TestContext } from 'node:test';
import { CorralClient, isServing } from '@corral/client';
import { defer, isAlive, killPid, tempDir, waitFor } from '@corral/test-utils';
import { cleanupLeftovers, findLeaks } from './leaks.js';

/** The corrald binary of the workspace's @corral/daemon build. */
export const corraldBin = createRequire(import.meta.url).resolve('@corral/daemon/bin');

/** How long a corrald may take to serve (a Node start, the journal, recovery of many shims). */
export const serveTimeoutMs = 60_000;

export interface StartOptions {
  /** CORRAL_FAILPOINTS for this life of corrald. */
  failpoints?: string;
  /** `--shim-pool N` for this life of corrald. */
  shimPool?: number;
}

export interface LogLine {
  msg?: string;
  failpoint?: string;
  [key: string]: unknown;
}

export class Corrald {
  readonly root: string;
  readonly state: string;
  readonly socket: string;
  readonly logFile: string;
  /** SIGKILLs and SIGTERMs this test sent corrald. */
  kills = 0;
  #child: ChildProcess | undefined;
  #exited: Promise<unknown> | undefined;
  #client: CorralClient | undefined;

  constructor(readonly dir: string) {
    this.root = join(dir, 'root');
    this.state = join(dir, 'state');
    this.socket = join(dir, 'state', 'corral.sock');
    this.logFile = join(dir, 'corrald.log');
  }

  get pid(): number | undefined {
    return this.#child?.pid;
  }

  get running(): boolean {
    return this.#child !== undefined && this.#child.exitCode === null && this.#child.signalCode === null;
  }

  /** The client (it dials again after a restart on its next call). */
  get client(): CorralClient {
    if (!this.#client) throw new Error('corrald was never started');
    return this.#client;
  }

  /** Spawns corrald and waits until it serves. Returns the time from spawn to serving, in ms. */
  async start(o: StartOptions = {}): Promise<number> {
    if (this.running) throw new Error(`corrald (pid ${this.pid}) is already running`);
    const t0 = performance.now();
    this.spawn(o);
    await waitFor(() => this.serving(), {
      timeoutMs: serveTimeoutMs,
      intervalMs: 20,
      what: 'corrald to serve',
    });
    return performance.now() - t0;
  }

  /** Spawns without waiting (for a corrald that blocks at a failpoint during recovery, or is refused). */
  spawn(o: StartOptions = {}): ChildProcess {
    const env: NodeJS.ProcessEnv = { ...process.env, CORRAL_LOG_LEVEL: 'debug' };
    delete env['NODE_TEST_CONTEXT'];
    delete env['NODE_OPTIONS'];
    delete env['CORRAL_FAILPOINTS'];
    if (o.failpoints) env['CORRAL_FAILPOINTS'] = o.failpoints;
    const out = openSync(this.logFile, 'a');
    try {
      const child = spawn(
        process.execPath,
        [
          corraldBin,
          '--root',
          this.root,
          '--state',
          this.state,
          '--socket',
          this.socket,
          ...(o.shimPool ? ['--shim-pool', String(o.shimPool)] : []),
        ],
        { env, stdio: ['ignore', out, out] },
      );
      this.#child = child;
      this.#exited = once(child, 'exit').catch(() => undefined);
      // Built without dialing: its first call dials, and each call after a restart dials again.
      this.#client ??= new CorralClient({ socket: this.socket });
      return child;
    } finally {
      closeSync(out);
    }
  }

  /** Signals corrald and waits until it is gone (and reaped). */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.#child;
    if (!child?.pid || !this.running) return;
    this.kills++;
    killPid(child.pid, signal);
    await this.#exited;
  }

  /** The exit of the current corrald (code or signal), once it has exited. */
  async exit(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    await this.#exited;
    return { code: this.#child?.exitCode ?? null, signal: this.#child?.signalCode ?? null };
  }

  async restart(signal: NodeJS.Signals = 'SIGKILL', o: StartOptions = {}): Promise<number> {
    await this.kill(signal);
    return this.start(o);
  }

  /** Every parsed log line of every life so far. */
  log(): LogLine[] {
    let text = '';
    try {
      text = readFileSync(this.logFile, 'utf8');
    } catch {
      return [];
    }
    const out: LogLine[] = [];
    for (const line of text.split('\n')) {
      if (!line.startsWith('{')) continue;
      try {
        out.push(JSON.parse(line) as LogLine);
      } catch {
        // a line a SIGKILL tore
      }
    }
    return out;
  }

  logTail(lines = 30): string {
    try {
      return readFileSync(this.logFile, 'utf8').trim().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  /** Waits until the current corrald (by its pid) logged "failpoint reached" at `name`. */
  async reachedFailpoint(name: string): Promise<LogLine> {
    const pid = this.pid;
    return waitFor(
      () => this.log().find((l) => l.msg === 'failpoint reached' && l.failpoint === name && l['pid'] === pid),
      { timeoutMs: 30_000, intervalMs: 20, what: `failpoint ${name}` },
    );
  }

  /** The last "recovery done" line: what start-up recovery found. */
  lastRecovery(): LogLine | undefined {
    return this.log()
      .filter((l) => l.msg === 'recovery done')
      .at(-1);
  }

  async closeClient(): Promise<void> {
    await this.#client?.close();
    this.#client = undefined;
  }

  private async serving(): Promise<boolean> {
    if (!this.running) throw new Error(`corrald exited while starting:\n${this.logTail(10)}`);
    return isServing({ socket: this.socket, env: {} });
  }
}

/**
 * A corrald on a fresh temp dir, started, with its teardown registered (LIFO, after the temp dir's):
 * every container removed through a corrald (started again if the test left it dead), corrald
 * stopped, then leak checks that fail the test — shims, runc state, mounts, bundles, sockets.
 */
export async function startCorrald(t: TestContext, o: StartOptions = {}): Promise<Corrald> {
  const dir = tempDir(t, 'cc-');
  const d = new Corrald(dir);
  defer(t, async () => {
    const problems = await teardown(d);
    if ((t as { passed?: boolean }).passed === false) t.diagnostic(`corrald log tail:\n${d.logTail()}`);
    if (problems.length > 0) throw new Error(`leftovers after the test: ${problems.join('; ')}`);
  });
  await d.start(o);
  return d;
}

async function teardown(d: Corrald): Promise<string[]> {
  const problems: string[] = [];
  try {
    if (!d.running) await d.start();
    const list = await d.client.runtime.listContainers({});
    for (const c of list.containers ?? []) {
      await d.client.runtime
        .removeContainer({ containerId: c.id ?? '', force: true })
        .catch((err: unknown) => problems.push(`remove ${c.id}: ${(err as Error).message}`));
    }
  } catch (err) {
    problems.push(`cleanup through corrald: ${(err as Error).message}`);
  }
  await d.closeClient().catch(() => undefined);
  const pid = d.pid;
  await d.kill('SIGTERM');
  if (pid !== undefined && isAlive(pid)) killPid(pid);
  // Shims exit after Shutdown; give them a moment before calling one a leak.
  const clean = await waitFor(() => findLeaks(d).length === 0, {
    timeoutMs: 5_000,
    what: 'shims to exit',
  }).catch(() => false);
  if (!clean) problems.push(...findLeaks(d));
  cleanupLeftovers(d);
  return problems;
}
