import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a process's cgroups live: per-controller dirs on v1 / hybrid hosts, one dir on pure v2. */
export type CgroupPaths = { version: 1; controllers: Map<string, string> } | { version: 2; dir: string };

interface Mount {
  mountPoint: string;
  fsType: string;
  superOptions: string[];
}

function readMounts(): Mount[] {
  const out: Mount[] = [];
  for (const line of readFileSync('/proc/self/mountinfo', 'utf8').split('\n')) {
    // id parent major:minor root mountpoint options [optional…] - fstype source superoptions
    const sep = line.indexOf(' - ');
    if (sep === -1) continue;
    const left = line.slice(0, sep).split(' ');
    const right = line.slice(sep + 3).split(' ');
    const mountPoint = left[4];
    const fsType = right[0];
    if (mountPoint === undefined || fsType === undefined) continue;
    out.push({
      mountPoint: mountPoint.replace(/\\040/g, ' '),
      fsType,
      superOptions: (right[2] ?? '').split(','),
    });
  }
  return out;
}

/** True on a pure cgroup v2 host (the unified hierarchy mounted at /sys/fs/cgroup). */
export function isUnifiedHost(): boolean {
  return readMounts().some((m) => m.mountPoint === '/sys/fs/cgroup' && m.fsType === 'cgroup2');
}

/**
 * The cgroup directories of `pid`, from /proc/<pid>/cgroup and the host's cgroup mounts. On a
 * hybrid host (v1 controllers plus an empty v2 at /sys/fs/cgroup/unified) the v1 controllers win,
 * as in containerd's cgroups.Mode() = Hybrid → v1 metrics.
 */
export function cgroupPathsOf(pid: number): CgroupPaths | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/cgroup`, 'utf8');
  } catch {
    return undefined;
  }
  const mounts = readMounts();
  const entries = text
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [, ctrls = '', path = ''] = l.split(':');
      return { controllers: ctrls.split(',').filter(Boolean), path };
    });
  if (isUnifiedHost()) {
    const unified = entries.find((e) => e.controllers.length === 0);
    return unified ? { version: 2, dir: join('/sys/fs/cgroup', unified.path) } : undefined;
  }
  const controllers = new Map<string, string>();
  for (const e of entries) {
    for (const c of e.controllers) {
      const m = mounts.find((mt) => mt.fsType === 'cgroup' && mt.superOptions.includes(c));
      if (m) controllers.set(c, join(m.mountPoint, e.path));
    }
  }
  return controllers.size > 0 ? { version: 1, controllers } : undefined;
}

/** The directory of one v1 controller, if that cgroup still exists. */
export function v1Controller(paths: CgroupPaths, name: string): string | undefined {
  if (paths.version !== 1) return undefined;
  const dir = paths.controllers.get(name);
  return dir !== undefined && existsSync(dir) ? dir : undefined;
}

/** Reads a cgroup file holding one number ("max" → undefined). */
export function readUint(dir: string, file: string): bigint | undefined {
  try {
    const v = readFileSync(join(dir, file), 'utf8').trim();
    return v === 'max' || v === '' ? undefined : BigInt(v);
  } catch {
    return undefined;
  }
}

/** Reads a flat-keyed cgroup file ("key value" lines) into a map. */
export function readKeyed(dir: string, file: string): Map<string, bigint> {
  const out = new Map<string, bigint>();
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch {
    return out;
  }
  for (const line of text.split('\n')) {
    const [k, v] = line.trim().split(/\s+/);
    if (k && v && /^\d+$/.test(v)) out.set(k, BigInt(v));
  }
  return out;
}
