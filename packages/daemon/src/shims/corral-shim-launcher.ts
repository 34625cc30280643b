import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleFiles, CorralError } from '@corral/api';
import { processStartTime, spawnDetached, watchExit } from '@corral/sys';
import { timeouts } from '../timeouts.js';
import type { Logger } from 'pino';
import type { LaunchRequest, LaunchedShim, ShimLauncher } from './shim-launch.js';
import { killShim } from './kill-shim.js';
import { closeGroupShim } from './close-group-shim.js';
import { groupShimPrefix, ShimGroups } from './shim-groups.js';
import {
  discardOwnDirShim,
  type OwnDirShim,
  type PooledShim,
  pooledShimPrefix,
  ShimPool,
} from './shim-pool.js';
import { ShimConnection } from './shim-connection.js';
import { shimCommand, shimEnvironment } from './shim-env.js';

export interface CorralShimLauncherOptions {
  binary: string;
  /** corrald's API socket: the shims' `-address` (it only feeds socket-name hashes). */
  apiSocket: string;
  eventsSocket: string;
  logLevel: string;
  /** Where shims that live outside a bundle (a group's) get their directory and socket. */
  shimDirs?: ShimDirs;
}

export interface ShimDirs {
  /** `<state>/shims` */
  dir: string;
  socketOf: (id: string) => string;
}

/** What starting one serving corral-shim needs. */
interface ServingShimRequest {
  namespace: string;
  id: string;
  /** Its working directory: its log, pid file and event outbox go there. */
  cwd: string;
  socket: string;
  onClose: (conn: ShimConnection) => void;
}

/**
 * Starts corral-shim straight into serve mode on a socket corrald chose (DESIGN.md: the `start`
 * hop exists for containerd's sake). The shim runs in its own session, with no stdio of ours and no
 * cleanup tie, so it outlives corrald; readiness is its socket answering Connect. With a warm pool
 * (shim-pool.ts), a shim started ahead of time is adopted instead, which takes the shim's start
 * (~100–200 ms here) off CreateContainer. A container of a shim group joins the group's shim.
 */
export class CorralShimLauncher implements ShimLauncher {
  #pool: ShimPool | undefined;
  readonly groups = new ShimGroups();

  constructor(private readonly o: CorralShimLauncherOptions) {}

  /** Keep `size` idle shims of `namespace` ready, each in its own dir; call fill() to begin. */
  usePool(o: { size: number; namespace: string; logger: Logger }): ShimPool {
    const shims = this.#shimDirs();
    this.#pool = new ShimPool({
      ...o,
      start: () => this.#startInOwnDir(o.namespace, pooledShimPrefix, shims, o.logger),
    });
    return this.#pool;
  }

  #shimDirs(): ShimDirs {
    if (!this.o.shimDirs) throw new CorralError('FailedPrecondition', 'this corrald has no shim directories');
    return this.o.shimDirs;
  }

  async launch(req: LaunchRequest): Promise<LaunchedShim> {
    if (req.group !== undefined) return this.#launchGrouped(req, req.group);
    const pooled = this.#pool?.take(req.namespace);
    if (pooled) {
      try {
        return await this.#adopt(req, pooled);
      } catch (err) {
        req.logger.warn({ err, shimPid: pooled.pid }, 'adopting a pooled shim failed; starting one');
        discardOwnDirShim(pooled);
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

  /** Joins the group's shim (starting it when the group has none) and dials it for the container. */
  async #launchGrouped(req: LaunchRequest, group: string): Promise<LaunchedShim> {
    const shims = this.#shimDirs();
    // A group's first shim: an idle pooled one when there is one, else one of its own.
    const g = await this.groups.join(
      req.namespace,
      group,
      req.id,
      async () =>
        this.#pool?.take(req.namespace) ??
        (await this.#startInOwnDir(req.namespace, groupShimPrefix, shims, req.logger)),
    );
    try {
      const conn = await dialFor(req, g.socket, g.pid);
      req.logger.debug({ shimPid: g.pid, shimDir: g.dir, shimGroup: group }, 'joined a shim group');
      return { conn, pid: g.pid, startTime: g.startTime, socket: g.socket, dir: g.dir, group };
    } catch (err) {
      const last = this.groups.leave(g.dir, req.id);
      if (last) await closeGroupShim(last, req.logger);
      throw err;
    }
  }

  /** A serving shim in `<state>/shims/<prefix><hex>`, not in a bundle (a pooled or a group's). */
  async #startInOwnDir(
    namespace: string,
    prefix: string,
    shims: ShimDirs,
    logger: Logger,
  ): Promise<OwnDirShim> {
    const id = `${prefix}${randomBytes(8).toString('hex')}`;
    const dir = join(shims.dir, id);
    const socket = shims.socketOf(id);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    try {
      const { conn, pid, startTime } = await this.#startServing({
        namespace,
        id,
        cwd: dir,
        socket,
        onClose: () => undefined,
      });
      await conn.close();
      logger.debug({ shimPid: pid, shimDir: dir }, 'started a shim in its own directory');
      return { id, dir, socket, pid, startTime };
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
  }

  async #adopt(req: LaunchRequest, s: PooledShim): Promise<LaunchedShim> {
    const conn = await dialFor(req, s.socket, s.pid);
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
    let pid: number;
    try {
      // posix_spawn, not child_process: no fork of corrald per container (native/spawn.c in @corral/sys).
      pid = spawnDetached({ file: cmd, args: argv, env: shimEnvironment(this.o.eventsSocket), cwd: s.cwd });
    } catch (err) {
      throw new CorralError('Internal', `start corral-shim for ${s.id}: ${(err as Error).message}`, {
        cause: err,
      });
    }
    // Read at once: exec keeps the start time, and the process cannot be reaped before we do.
    const startTime = processStartTime(pid) ?? 0n;
    let exited: Error | undefined;
    // Our child for as long as corrald lives: watchExit reaps it whenever it goes (no zombie).
    void watchExit(pid, { ref: false }).then(
      (st) => {
        exited = new CorralError(
          'Internal',
          `corral-shim for ${s.id} exited (${st.signal !== null ? `signal ${st.signal}` : `status ${st.exitCode}`}) before serving: ${shimLogTail(s.cwd)}`,
        );
      },
      (err: unknown) => {
        exited = new CorralError(
          'Internal',
          `corral-shim for ${s.id}: cannot watch it: ${(err as Error).message}`,
        );
      },
    );
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

/**
 * The container's own connection to a shim that already serves (pooled or a group's): checked to be
 * that shim, and the bundle's `address` names its socket (for `delete` and for humans).
 */
async function dialFor(req: LaunchRequest, socket: string, pid: number): Promise<ShimConnection> {
  const conn = await ShimConnection.dial(req.namespace, req.id, socket, req.onClose, timeouts.shimConnectMs);
  try {
    await checkServedBy(conn, req.id, socket, pid);
    await writeFile(join(req.bundle, bundleFiles.address), `unix://${socket}`, { mode: 0o600 });
    return conn;
  } catch (err) {
    await conn.close();
    throw err;
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
