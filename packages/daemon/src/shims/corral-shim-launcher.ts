import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { bundleFiles, CorralError } from '@corral/api';
import { openProcess, processStartTime } from '@corral/sys';
import { timeouts } from '../timeouts.js';
import type { LaunchRequest, LaunchedShim, ShimLauncher } from './shim-launch.js';
import { ShimConnection } from './shim-connection.js';
import { shimCommand, shimEnvironment } from './shim-env.js';

export interface CorralShimLauncherOptions {
  binary: string;
  /** corrald's API socket: the shims' `-address` (it only feeds socket-name hashes). */
  apiSocket: string;
  eventsSocket: string;
  logLevel: string;
}

/**
 * Starts corral-shim straight into serve mode on a socket corrald chose (DESIGN.md: the `start`
 * hop exists for containerd's sake). The shim runs in its own session, with no stdio of ours and no
 * cleanup tie, so it outlives corrald; readiness is its socket answering Connect.
 */
export class CorralShimLauncher implements ShimLauncher {
  constructor(private readonly o: CorralShimLauncherOptions) {}

  async launch(req: LaunchRequest): Promise<LaunchedShim> {
    mkdirSync(join(req.socket, '..'), { recursive: true, mode: 0o700 });
    // A socket file left by a SIGKILLed shim of an earlier life would make the bind fail.
    rmSync(req.socket, { force: true });
    // For `delete` (it removes a dead shim's socket) and for humans: where this shim serves.
    await writeFile(join(req.bundle, bundleFiles.address), `unix://${req.socket}`, { mode: 0o600 });
    const args = [
      '-namespace',
      req.namespace,
      '-id',
      req.id,
      '-address',
      this.o.apiSocket,
      '-socket',
      req.socket,
      '-log-level',
      this.o.logLevel,
    ];
    const [cmd, argv] = shimCommand(this.o.binary, args);
    const child = execa(cmd, argv, {
      cwd: req.bundle,
      env: shimEnvironment(this.o.eventsSocket),
      extendEnv: false,
      detached: true,
      cleanup: false,
      stdio: 'ignore',
      reject: false,
    });
    const pid = child.pid;
    if (pid === undefined) {
      await child;
      throw new CorralError('Internal', `start corral-shim for ${req.id}: spawn ${cmd} failed`);
    }
    // Read at once: exec keeps the start time, and the process cannot be reaped before we do.
    const startTime = processStartTime(pid) ?? 0n;
    let exited: Error | undefined;
    void child.then((r) => {
      exited = new CorralError(
        'Internal',
        `corral-shim for ${req.id} exited (${r.signal ?? `status ${r.exitCode}`}) before serving: ${shimLogTail(req.bundle)}`,
      );
    });
    child.unref();
    try {
      const conn = await ShimConnection.dialUntilReady(
        req.namespace,
        req.id,
        req.socket,
        req.onClose,
        timeouts.shimReadyMs,
        () => exited,
      );
      try {
        const hello = await conn.task.connect({ id: req.id }, conn.opts(timeouts.shimConnectMs));
        if (hello.shimPid !== pid) {
          throw new CorralError(
            'Internal',
            `the shim socket ${req.socket} is served by pid ${hello.shimPid}, not the shim we started (${pid})`,
          );
        }
      } catch (err) {
        await conn.close();
        throw err;
      }
      return { conn, pid, startTime, socket: req.socket };
    } catch (err) {
      killShim(pid, startTime);
      rmSync(req.socket, { force: true });
      throw new CorralError('Unavailable', `start corral-shim for ${req.id}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }
}

/** SIGKILL through a pidfd opened against the start time: never a process that reused the pid. */
export function killShim(pid: number, startTime: bigint): void {
  try {
    const h = openProcess(pid, startTime);
    try {
      h.signal('SIGKILL');
    } finally {
      h.close();
    }
  } catch {
    // already gone
  }
}

function shimLogTail(bundle: string): string {
  try {
    const lines = readFileSync(join(bundle, bundleFiles.shimLog), 'utf8').trim().split('\n').slice(-3);
    return lines.join(' | ') || 'no shim log';
  } catch {
    return 'no shim log';
  }
}
