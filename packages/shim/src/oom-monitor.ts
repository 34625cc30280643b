import { type FSWatcher, watch } from 'node:fs';
import { join } from 'node:path';
import { watchOomV1 } from '@corral/sys';
import { type CgroupPaths, readKeyed, v1Controller } from './cgroups.js';

/**
 * Watches a container's memory cgroup for OOM kills: the v1 eventfd on memory.oom_control (through
 * @corral/sys), or inotify on v2's memory.events. `onOom` fires per OOM event; `oomKills()` reads
 * the kernel's counter, which is what decides an exit's oomKilled (an event can arrive after the
 * reap, the counter cannot lag it).
 */
export class OomMonitor {
  private close: (() => void) | undefined;
  private readonly baseline: bigint;

  constructor(
    private readonly paths: CgroupPaths,
    onOom: () => void,
  ) {
    this.baseline = this.oomKills();
    if (paths.version === 1) {
      const dir = v1Controller(paths, 'memory');
      if (dir === undefined) return;
      const w = watchOomV1(dir, onOom, { ref: false, onError: () => undefined });
      this.close = () => w.close();
    } else {
      let seen = this.baseline;
      let watcher: FSWatcher | undefined;
      try {
        watcher = watch(join(paths.dir, 'memory.events'), { persistent: false }, () => {
          const now = this.oomKills();
          if (now > seen) {
            seen = now;
            onOom();
          }
        });
        watcher.on('error', () => watcher?.close());
      } catch {
        return;
      }
      this.close = () => watcher?.close();
    }
  }

  /** OOM kills in this cgroup since the monitor started. */
  oomKillsSinceStart(): bigint {
    return this.oomKills() - this.baseline;
  }

  stop(): void {
    this.close?.();
    this.close = undefined;
  }

  private oomKills(): bigint {
    if (this.paths.version === 1) {
      const dir = v1Controller(this.paths, 'memory');
      return dir === undefined ? 0n : (readKeyed(dir, 'memory.oom_control').get('oom_kill') ?? 0n);
    }
    return readKeyed(this.paths.dir, 'memory.events').get('oom_kill') ?? 0n;
  }
}
