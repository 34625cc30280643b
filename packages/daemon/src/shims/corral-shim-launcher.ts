import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { bundleFiles, CorralError } from '@corral/api';
import { processStartTime } from '@corral/sys';
import { timeouts } from '../timeouts.js';
import type { Logger } from 'pino';
import type { LaunchRequest, LaunchedShim, ShimLauncher } from './shim-launch.js';
import { killShim } from './kill-shim.js';
import { ShimPool, type PooledShim, type ServingShimRequest } from './shim-pool.js';
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
 * cleanup tie, so it outlives corrald; readiness is its socket answering Connect. With a warm pool
 * (shim-pool.ts), a shim started ahead of time is adopted instead, which takes the shim's start
 * (~100–200 ms here) off CreateContainer.
 */
export class CorralShimLauncher implements ShimLauncher {
  #pool: ShimPool | undefined;

  constructor(private readonly o: CorralShimLauncherOptions) {}

  /** Keep `size` idle shims of `namespace` ready, their dirs under `dir`; call fill() to begin. */
  usePool(o: {
    size: number;
    namespace: string;
    dir: string;
    socketOf: (id: string) => string;
    logger: Logger;
  }): ShimPool {
    this.#pool = new ShimPool({ ...o, spawn: (s) => this.#startServing(s) });
    return this.#pool;
  }

  async launch(req: LaunchRequest): Promise<LaunchedShim> {
    const pooled = this.#pool?.take(req.namespace);
    if (pooled) {
      try {
        return await this.#adopt(req, pooled);
      } catch (err) {
        req.logger.warn({ err, shimPid: pooled.pid }, 'adopting a pooled shim failed; starting one');
        killShim(pooled.pid, pooled.startTime);
        rmSync(pooled.socket, { force: true });
        rmSync(pooled.dir, { recursive: true, force: true });
      }
    }
    // For `delete` (it removes a dead shim's socket) and for humans: where this shim serves.
    await writeFile(join(req.bundle, bundleFiles.address), `unix://${req.socket}`, { mode: 0o600 });
    const { conn, pid, startTime } = await this.#startServing({
      namespace: req.namespace,
      id: req.id,
      cwd: req.bundle,
      socket: req.socket,
      onClose: req.onClose,
    });
    return { conn, pid, startTime, socket: req.socket };
  }

  async #adopt(req: LaunchRequest, s: PooledShim): Promise<LaunchedShim> {
    const conn = await ShimConnection.dial(
      req.namespace,
      req.id,
      s.socket,
      req.onClose,
      timeouts.shimConnectMs,
    );
    try {
      await checkServedBy(conn, req.id, s.socket, s.pid);
      await writeFile(join(req.bundle, bundleFiles.address), `unix://${s.socket}`, { mode: 0o600 });
    } catch (err) {
      await conn.close();
      throw err;
    }
    req.logger.debug({ shimPid: s.pid, shimDir: s.dir }, 'adopted a pooled shim');
    return { conn, pid: s.pid, startTime: s.startTime, socket: s.socket, dir: s.dir };
  }

  async #startServing(
    s: ServingShimRequest,
  ): Promise<{ conn: ShimConnection; pid: number; startTime: bigint }> {
    mkdirSync(join(s.socket, '..'), { recursive: true, mode: 0o700 });
    // A socket file left by a SIGKILLed shim of an earlier life would make the bind fail.
    rmSync(s.socket, { force: true });
    const args = [
      '-namespace',
      s.namespace,
      '-id',
      s.id,
      '-address',
      this.o.apiSocket,
      '-socket',
      s.socket,
      '-log-level',
      this.o.logLevel,
    ];
    const [cmd, argv] = shimCommand(this.o.binary, args);
    const child = execa(cmd, argv, {
      cwd: s.cwd,
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
      throw new CorralError('Internal', `start corral-shim for ${s.id}: spawn ${cmd} failed`);
    }
    // Read at once: exec keeps the start time, and the process cannot be reaped before we do.
    const startTime = processStartTime(pid) ?? 0n;
    let exited: Error | undefined;
    void child.then((r) => {
      exited = new CorralError(
        'Internal',
        `corral-shim for ${s.id} exited (${r.signal ?? `status ${r.exitCode}`}) before serving: ${shimLogTail(s.cwd)}`,
      );
    });
    child.unref();
    try {
      const conn = await ShimConnection.dialUntilReady(
        s.namespace,
        s.id,
        s.socket,
        s.onClose,
        timeouts.shimReadyMs,
        () => exited,
      );
      try {
        await checkServedBy(conn, s.id, s.socket, pid);
      } catch (err) {
        await conn.close();
        throw err;
      }
      return { conn, pid, startTime };
    } catch (err) {
      killShim(pid, startTime);
      rmSync(s.socket, { force: true });
      throw new CorralError('Unavailable', `start corral-shim for ${s.id}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }
}

/** Connect answers with the pid of the shim we mean, not of whatever else bound the socket. */
async function checkServedBy(conn: ShimConnection, id: string, socket: string, pid: number): Promise<void> {
  const hello = await conn.task.connect({ id }, conn.opts(timeouts.shimConnectMs));
  if (hello.shimPid !== pid) {
    throw new CorralError(
      'Internal',
      `the shim socket ${socket} is served by pid ${hello.shimPid}, not the shim we started (${pid})`,
    );
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
