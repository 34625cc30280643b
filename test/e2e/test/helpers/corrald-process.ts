// A real corrald as a child process on a temp root/state/socket (the built-in busybox image is
// imported as it starts), and a teardown that leaves nothing behind whatever the test did:
// containers removed through the API, corrald SIGTERMed (SIGKILL at the deadline), then by pid
// every process whose argv names the temp dir, runtime state deleted, mounts and the dir removed.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'node:test';
import { CorralClient } from '@corral/client';
import { defer, isAlive, killPid, mountsUnder, pidsWithArgv, tempDir, waitFor } from '@corral/test-utils';
import { envWithoutCorral } from './corral-cli.js';
import { timeouts } from './timeouts.js';

/** corrald as shipped (packages/daemon/dist/corrald.cjs), found through the workspace package. */
export const corraldBin = fileURLToPath(import.meta.resolve('@corral/daemon/bin'));

export interface CorraldExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface CorraldProcess {
  readonly pid: number;
  readonly dir: string;
  readonly root: string;
  readonly state: string;
  readonly socket: string;
  /** CORRAL_HOST for the CLI. */
  readonly host: string;
  /** corrald's NDJSON log (its stdout) and its stderr. */
  readonly logFile: string;
  readonly stderrFile: string;
  /** Lines of corrald's log whose message is `msg`. */
  logCount(msg: string): number;
  logTail(lines?: number): string;
  running(): boolean;
  /** SIGTERM, SIGKILL at the deadline; resolves with how it exited. Idempotent. */
  stop(): Promise<CorraldExit>;
}

/** `args`: more flags for corrald (`--insecure-registry`, `--auth-file`). */
export async function startCorrald(
  t: TestContext,
  o: { args?: readonly string[] } = {},
): Promise<CorraldProcess> {
  const dir = tempDir(t, 'ce-');
  const root = join(dir, 'root');
  const state = join(dir, 'state');
  const socket = join(state, 'corral.sock');
  const logFile = join(dir, 'corrald.log');
  const stderrFile = join(dir, 'corrald.stderr');
  const out = openSync(logFile, 'a');
  const err = openSync(stderrFile, 'a');
  // Debug: the API's "event subscription started" lines are what tests synchronise on.
  const child = spawn(
    process.execPath,
    [
      corraldBin,
      '--root',
      root,
      '--state',
      state,
      '--socket',
      socket,
      '--log-level',
      'debug',
      ...(o.args ?? []),
    ],
    { env: envWithoutCorral(), stdio: ['ignore', out, err] },
  );
  closeSync(out);
  closeSync(err);
  const pid = child.pid;
  if (pid === undefined) throw new Error('spawn corrald failed');
  let exit: CorraldExit | undefined;
  const exited = new Promise<CorraldExit>((resolve) =>
    child.once('exit', (code, signal) => resolve((exit = { code, signal }))),
  );
  const read = (path: string): string => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return '';
    }
  };
  let stopping: Promise<CorraldExit> | undefined;
  const d: CorraldProcess = {
    pid,
    dir,
    root,
    state,
    socket,
    host: `unix://${socket}`,
    logFile,
    stderrFile,
    logCount: (msg) => read(logFile).split(`"msg":${JSON.stringify(msg)}`).length - 1,
    logTail: (lines = 40) => read(logFile).trim().split('\n').slice(-lines).join('\n'),
    running: () => exit === undefined,
    stop: () =>
      (stopping ??= (async () => {
        if (exit) return exit;
        killPid(pid, 'SIGTERM');
        const ended = await waitFor(() => exit !== undefined, {
          timeoutMs: timeouts.corraldStop,
          what: `corrald (pid ${pid}) to exit after SIGTERM`,
        }).catch(() => false);
        if (!ended) killPid(pid, 'SIGKILL');
        return exited;
      })()),
  };
  defer(t, async () => {
    if ((t as { passed?: boolean }).passed === false) {
      t.diagnostic(`corrald log tail:\n${d.logTail()}\ncorrald stderr:\n${read(stderrFile)}`);
    }
    await cleanUp(d);
  });
  await waitFor(() => exit !== undefined || d.logCount('corrald serving') > 0, {
    timeoutMs: timeouts.corraldStart,
    what: 'corrald to serve',
  });
  if (exit) {
    throw new Error(
      `corrald exited (${exit.code ?? exit.signal}) before serving:\n${read(stderrFile)}\n${d.logTail(10)}`,
    );
  }
  return d;
}

/** The cleanup path: never throws, leaves no process, runtime state or mount of the test behind. */
async function cleanUp(d: CorraldProcess): Promise<void> {
  if (d.running()) await removeAllContainers(d).catch(() => undefined);
  await d.stop();
  await waitFor(() => pidsWithArgv(d.dir).length === 0, {
    timeoutMs: timeouts.shimExit,
    what: 'shims to exit',
  }).catch(() => undefined);
  for (const pid of pidsWithArgv(d.dir)) killPid(pid);
  await waitFor(() => pidsWithArgv(d.dir).every((p) => !isAlive(p)), {
    timeoutMs: timeouts.shimExit,
    what: 'killed shims to go',
  }).catch(() => undefined);
  for (const [root, id] of runtimeStateEntries(d.state)) {
    for (const runtime of ['runc', 'crun']) {
      try {
        execFileSync(runtime, ['--root', root, 'delete', '-f', id], { stdio: 'ignore' });
        break;
      } catch {
        // not this runtime's, or already gone
      }
    }
  }
}

async function removeAllContainers(d: CorraldProcess): Promise<void> {
  const client = new CorralClient({ host: d.host, env: {}, timeoutMs: timeouts.cleanupCall });
  try {
    await client.ready();
    const { containers } = await client.runtime.listContainers({}, { timeoutMs: timeouts.cleanupCall });
    for (const c of containers ?? []) {
      await client.runtime
        .removeContainer({ containerId: c.id ?? '', force: true }, { timeoutMs: timeouts.cleanupCall })
        .catch(() => undefined);
    }
  } finally {
    await client.close();
  }
}

/** [runtime root, container id] of every container state runc or crun keeps under `<state>/runc/<ns>`. */
export function runtimeStateEntries(state: string): [string, string][] {
  const base = join(state, 'runc');
  if (!existsSync(base)) return [];
  return readdirSync(base).flatMap((ns) => {
    const root = join(base, ns);
    return readdirSync(root).map((id): [string, string] => [root, id]);
  });
}

/** `runc list` over every namespace's runtime root: the containers runc still knows. */
export function runcListed(state: string): string[] {
  const base = join(state, 'runc');
  if (!existsSync(base)) return [];
  return readdirSync(base).flatMap((ns) =>
    execFileSync('runc', ['--root', join(base, ns), 'list', '-q'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((id) => `${ns}/${id}`),
  );
}

/** Bundles corrald left under `<state>/bundles/<ns>`. */
export function bundlesLeft(state: string): string[] {
  const base = join(state, 'bundles');
  if (!existsSync(base)) return [];
  return readdirSync(base).flatMap((ns) => readdirSync(join(base, ns)).map((id) => `${ns}/${id}`));
}

/** Mounts under the test's dir (the leak check's third leg). */
export function mountsLeft(d: CorraldProcess): string[] {
  return mountsUnder(d.dir);
}
