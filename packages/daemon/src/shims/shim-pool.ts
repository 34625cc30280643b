import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { isProcessAlive } from '../util/process-alive.js';
import { findBundleShims } from './find-bundle-shim.js';
import { killShim } from './kill-shim.js';
import { groupShimPrefix } from './shim-groups.js';
import type { ShimConnection } from './shim-connection.js';

/** What starting one serving corral-shim needs (CorralShimLauncher does it). */
export interface ServingShimRequest {
  namespace: string;
  id: string;
  /** Its working directory: its log, pid file and event outbox go there. */
  cwd: string;
  socket: string;
  onClose: (conn: ShimConnection) => void;
}

/** An idle shim, serving, with no container yet. */
export interface PooledShim {
  id: string;
  dir: string;
  socket: string;
  pid: number;
  startTime: bigint;
}

export interface ShimPoolOptions {
  size: number;
  /** A shim publishes its events under the namespace it was started with: the pool serves one. */
  namespace: string;
  /** Where the pooled shims' own directories go (`<state>/shims`). */
  dir: string;
  socketOf: (id: string) => string;
  spawn: (s: ServingShimRequest) => Promise<{ conn: ShimConnection; pid: number; startTime: bigint }>;
  logger: Logger;
}

/** A shim publishes its events under the namespace it was started with: the pool serves this one. */
export const pooledShimNamespace = 'default';

/** Pooled shims are named so, in their `-id` and their directory: the sweep knows them by it. */
export const pooledShimPrefix = 'pool-';

/**
 * A warm pool of corral-shims started ahead of the containers they will serve (issue 7: a Node
 * shim's start is most of CreateContainer's time). Each lives in its own directory under
 * `<state>/shims`, not in a bundle; the container record that adopts one names that directory, so
 * its outbox is found after a crash. Off unless `--shim-pool N`: an idle shim costs its memory, and
 * `ps` shows it under its pool name, not the container id it ends up serving.
 */
export class ShimPool {
  readonly #idle: PooledShim[] = [];
  #starting = 0;
  #closed = false;
  #failures = 0;

  constructor(private readonly o: ShimPoolOptions) {}

  /** An idle shim for a container of `namespace`, if one is ready; the pool refills behind it. */
  take(namespace: string): PooledShim | undefined {
    if (this.#closed || namespace !== this.o.namespace) return undefined;
    let found: PooledShim | undefined;
    while (!found && this.#idle.length > 0) {
      const s = this.#idle.shift()!;
      if (isProcessAlive(s.pid, s.startTime)) found = s;
      else removeFiles(s);
    }
    this.fill();
    return found;
  }

  /** Starts shims until `size` are idle or starting. Three failures in a row pause it until take(). */
  fill(): void {
    while (!this.#closed && this.#failures < 3 && this.#idle.length + this.#starting < this.o.size) {
      this.#starting++;
      void this.#startOne().finally(() => this.#starting--);
    }
  }

  get idle(): readonly PooledShim[] {
    return this.#idle;
  }

  /** Kills the idle shims (they hold nothing) and removes their directories. */
  close(): void {
    this.#closed = true;
    for (const s of this.#idle.splice(0)) {
      killShim(s.pid, s.startTime);
      removeFiles(s);
    }
  }

  async #startOne(): Promise<void> {
    const id = `${pooledShimPrefix}${randomBytes(8).toString('hex')}`;
    const dir = join(this.o.dir, id);
    const socket = this.o.socketOf(id);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    try {
      const { conn, pid, startTime } = await this.o.spawn({
        namespace: this.o.namespace,
        id,
        cwd: dir,
        socket,
        onClose: () => undefined,
      });
      await conn.close();
      this.#failures = 0;
      if (this.#closed) {
        killShim(pid, startTime);
        removeFiles({ dir, socket });
        return;
      }
      this.#idle.push({ id, dir, socket, pid, startTime });
    } catch (err) {
      this.#failures++;
      this.o.logger.warn({ err, shimId: id }, 'starting a pooled shim failed');
      removeFiles({ dir, socket });
    }
  }
}

/**
 * After a restart: pooled shims no record adopted (idle ones of the corrald that died, or one it
 * was handing over when it died), and group shims no live member needs, are killed and their
 * directories removed. `adopted` holds the directories container records still need.
 */
export function sweepPooledShims(
  dir: string,
  adopted: ReadonlySet<string>,
  socketOf: (id: string) => string,
  logger: Logger,
): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const ours = name.startsWith(pooledShimPrefix) || name.startsWith(groupShimPrefix);
    if (!ours || adopted.has(path)) continue;
    // A pooled or group shim runs with cwd = its dir and `-id <dir name>`: what findBundleShims checks.
    for (const shim of findBundleShims(path, name)) {
      logger.info({ shimPid: shim.pid, shimDir: path }, 'killing an idle pooled shim of an earlier corrald');
      killShim(shim.pid, shim.startTime);
    }
    removeFiles({ dir: path, socket: socketOf(name) });
  }
}

function removeFiles(s: { dir: string; socket: string }): void {
  rmSync(s.socket, { force: true });
  rmSync(s.dir, { recursive: true, force: true });
}
