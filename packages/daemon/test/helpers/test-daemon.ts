// A real corrald, in this process, on a temp root/state/socket, with real shims and runc; and the
// teardown that leaves nothing behind (STYLE.md "Tests"): containers removed through the daemon,
// the daemon closed, then by pid every process whose argv names the temp dir, runc state, mounts.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { execFileSync } from 'node:child_process';
import { defer, killPid, mountsUnder, pidsWithArgv, tempDir, waitFor } from '@corral/test-utils';
import pino from 'pino';
import { startDaemon, type Daemon, type DaemonOptions } from '../../src/index.js';

export interface TestDaemon {
  /** The running daemon (replaced by restart()). */
  daemon: Daemon;
  dir: string;
  root: string;
  state: string;
  socket: string;
  logFile: string;
  /** Close without touching the shims (they keep running), then start again on the same dirs. */
  restart(): Promise<Daemon>;
  /** Close without touching the shims. */
  stop(): Promise<void>;
  start(): Promise<Daemon>;
  logTail(lines?: number): string;
}

export const ns = { namespace: 'default' } as const;

/**
 * Registry pulls read `<dir>/auth.json` unless `registries` says otherwise: never the auth file of
 * whoever runs the tests.
 */
export async function startTestDaemon(
  t: TestContext,
  o: Partial<Pick<DaemonOptions, 'listen' | 'registries'>> = {},
): Promise<TestDaemon> {
  const dir = tempDir(t, 'cd-');
  const root = join(dir, 'root');
  const state = join(dir, 'state');
  const socket = join(state, 'corral.sock');
  const logFile = join(dir, 'corrald.log');
  const logger = pino(
    { level: process.env['CORRAL_TEST_LOG_LEVEL'] ?? 'debug' },
    pino.destination({ dest: logFile, sync: true, mkdir: true }),
  );
  let daemon: Daemon | undefined;
  // CORRAL_TEST_SHIM_BINARY: run the tests against another corral-shim build.
  const shimBinary = process.env['CORRAL_TEST_SHIM_BINARY'];
  const start = async (): Promise<Daemon> => {
    daemon = await startDaemon({
      root,
      state,
      socket,
      logger,
      ...(shimBinary ? { shimBinary } : {}),
      ...o,
      registries: { authFile: join(dir, 'auth.json'), ...o.registries },
    });
    return daemon;
  };
  const stop = async (): Promise<void> => {
    const d = daemon;
    daemon = undefined;
    await d?.close();
  };
  const h: TestDaemon = {
    get daemon(): Daemon {
      if (!daemon) throw new Error('the test daemon is stopped');
      return daemon;
    },
    dir,
    root,
    state,
    socket,
    logFile,
    restart: async () => {
      await stop();
      return start();
    },
    stop,
    start,
    logTail: (lines = 40) => tail(logFile, lines),
  };
  defer(t, async () => {
    const problems = await teardown(h, () => daemon, start, stop);
    if ((t as { passed?: boolean }).passed === false) t.diagnostic(`corrald log:\n${h.logTail()}`);
    if (problems.length > 0) throw new Error(`leftovers after the test: ${problems.join('; ')}`);
  });
  await start();
  return h;
}

/**
 * Removes every container through the daemon (starting it again if the test left it stopped),
 * closes it, then checks for leftovers — and removes those by pid/path all the same.
 */
async function teardown(
  h: TestDaemon,
  current: () => Daemon | undefined,
  start: () => Promise<Daemon>,
  stop: () => Promise<void>,
): Promise<string[]> {
  const problems: string[] = [];
  try {
    const d = current() ?? (await start());
    for (const c of d.context.store.all()) {
      await d.runtime
        .removeContainer({ containerId: c.id, force: true }, { namespace: c.namespace })
        .catch((err: unknown) => problems.push(`remove ${c.id}: ${(err as Error).message}`));
    }
  } catch (err) {
    problems.push(`restart for cleanup: ${(err as Error).message}`);
  }
  await stop().catch((err: unknown) => problems.push(`close: ${(err as Error).message}`));
  // Shims exit after Shutdown; give them a moment before calling one a leak.
  await waitFor(() => pidsWithArgv(h.dir).length === 0, { timeoutMs: 5_000, what: 'shims to exit' }).catch(
    () => {
      problems.push(`processes still running: ${pidsWithArgv(h.dir).join(', ')}`);
    },
  );
  for (const pid of pidsWithArgv(h.dir)) killPid(pid);
  const runcRoot = join(h.state, 'runc');
  for (const ns of existsSync(runcRoot) ? readdirSync(runcRoot) : []) {
    for (const id of runcList(join(runcRoot, ns))) {
      problems.push(`runc container ${ns}/${id}`);
      try {
        execFileSync('runc', ['--root', join(runcRoot, ns), 'delete', '-f', id], { stdio: 'ignore' });
      } catch {
        // best effort
      }
    }
  }
  const mounts = mountsUnder(h.dir);
  if (mounts.length > 0) problems.push(`mounts: ${mounts.join(', ')}`);
  return problems;
}

function runcList(root: string): string[] {
  try {
    const out = execFileSync('runc', ['--root', root, 'list', '-q'], { encoding: 'utf8' });
    return out.split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

function tail(path: string, lines: number): string {
  try {
    return readFileSync(path, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Asserts a condition about the daemon and shows its log tail when it does not hold. */
export function assertWithLog(h: TestDaemon, ok: boolean, message: string): void {
  assert.ok(ok, `${message}\n--- corrald log ---\n${h.logTail(20)}`);
}
