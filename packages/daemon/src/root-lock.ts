import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { CorralError } from '@corral/api';
import { processStartTime } from '@corral/sys';
import lockfile from 'proper-lockfile';
import { writeFileAtomic } from './atomic-file.js';
import type { StateLayout } from './state-layout.js';
import { isProcessAlive } from './util/process-alive.js';
import { timeouts } from './timeouts.js';

export interface RootLock {
  release(): Promise<void>;
}

interface Owner {
  pid: number;
  startTime: string;
}

/**
 * One daemon per root (DESIGN.md): a proper-lockfile lock on the root, plus `corrald.pid` for humans
 * and `corrald.owner` (pid + /proc start time) so that a lock left by a daemon that died is taken
 * over at once instead of after proper-lockfile's stale period: a crash-restart loop must not wait.
 * A live holder makes this fail with FailedPrecondition naming its pid. `onCompromised` fires when
 * someone else removed or touched our lock while we run: the caller must stop loudly.
 */
export async function acquireRootLock(
  layout: StateLayout,
  onCompromised: (err: Error) => void,
): Promise<RootLock> {
  mkdirSync(layout.root, { recursive: true, mode: 0o711 });
  const options = {
    lockfilePath: layout.lockTarget,
    realpath: false,
    stale: timeouts.lockStaleMs,
    update: timeouts.lockUpdateMs,
    onCompromised,
  };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(layout.root, options);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
    const owner = readOwner(layout);
    if (owner !== undefined && isAlive(owner)) {
      throw new CorralError(
        'FailedPrecondition',
        `another corrald (pid ${owner.pid}) holds the lock on ${layout.root}`,
        { hint: `stop it first (kill ${owner.pid}), or give this one another --root`, cause: err },
      );
    }
    if (owner === undefined) {
      throw new CorralError(
        'FailedPrecondition',
        `another corrald holds the lock on ${layout.root} (it has not written ${layout.ownerFile} yet)`,
        { cause: err },
      );
    }
    // The holder is dead (crash, SIGKILL): its lock directory is ours to remove.
    rmSync(layout.lockTarget, { recursive: true, force: true });
    release = await lockfile.lock(layout.root, options);
  }
  const self: Owner = { pid: process.pid, startTime: String(processStartTime(process.pid) ?? 0n) };
  await writeFileAtomic(layout.ownerFile, `${JSON.stringify(self)}\n`, 0o644);
  await writeFileAtomic(layout.pidFile, `${process.pid}\n`, 0o644);
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      await rm(layout.pidFile, { force: true });
      await rm(layout.ownerFile, { force: true });
      await release().catch(() => undefined);
    },
  };
}

function readOwner(layout: StateLayout): Owner | undefined {
  try {
    const o = JSON.parse(readFileSync(layout.ownerFile, 'utf8')) as Partial<Owner>;
    if (typeof o.pid === 'number' && typeof o.startTime === 'string')
      return { pid: o.pid, startTime: o.startTime };
  } catch {
    // missing or torn: unknown owner
  }
  return undefined;
}

/**
 * Pid plus start time (DESIGN rule 5): a recycled pid is not the daemon that locked. A zombie is
 * dead: a SIGKILLed corrald whose parent has not reaped it yet must not block its successor.
 */
function isAlive(owner: Owner): boolean {
  return isProcessAlive(owner.pid, owner.startTime);
}
