import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { isProcessAlive } from '../util/process-alive.js';
import { findBundleShims } from './find-bundle-shim.js';
import { killShim } from './kill-shim.js';
import { groupShimPrefix } from './shim-groups.js';

/** A serving shim in a directory of its own (`<state>/shims/<id>`), not in a bundle. */
export interface OwnDirShim {
  id: string;
  dir: string;
  socket: string;
  pid: number;
  startTime: bigint;
}

/** An idle shim, serving, with no container yet. */
export type PooledShim = OwnDirShim;

export interface ShimPoolOptions {
  size: number;
  /** A shim publishes its events under the namespace it was started with: the pool serves one. */
  namespace: string;
  /** Starts one serving shim of `namespace` in its own directory, named with pooledShimPrefix. */
  start: () => Promise<PooledShim>;
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
    for (const s of this.#idle.splice(0)) discardOwnDirShim(s);
  }

  async #startOne(): Promise<void> {
    try {
      const shim = await this.o.start();
      this.#failures = 0;
      if (this.#closed) {
        discardOwnDirShim(shim);
        return;
      }
      this.#idle.push(shim);
    } catch (err) {
      this.#failures++;
      this.o.logger.warn({ err }, 'starting a pooled shim failed');
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

/** Kills a shim that holds nothing of ours (pidfd + start time) and removes its socket and directory. */
export function discardOwnDirShim(s: OwnDirShim): void {
  killShim(s.pid, s.startTime);
  removeFiles(s);
}

function removeFiles(s: { dir: string; socket: string }): void {
  rmSync(s.socket, { force: true });
  rmSync(s.dir, { recursive: true, force: true });
}
