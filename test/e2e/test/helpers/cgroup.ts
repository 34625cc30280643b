// A process's memory limit as the host's cgroup filesystem has it (v1 memory controller, or v2).
import { readFileSync } from 'node:fs';

/** The memory limit of `pid`'s cgroup, read on the host: `memory.limit_in_bytes` (v1) or `memory.max` (v2). */
export function hostMemoryLimit(pid: number): string {
  const lines = readFileSync(`/proc/${pid}/cgroup`, 'utf8').split('\n');
  const v1 = lines.map((l) => l.split(':')).find((f) => f[1]?.split(',').includes('memory'));
  if (v1?.[2] !== undefined) {
    return readFileSync(`/sys/fs/cgroup/memory${v1[2]}/memory.limit_in_bytes`, 'utf8').trim();
  }
  const v2 = lines.find((l) => l.startsWith('0::'));
  if (v2 === undefined) throw new Error(`no memory cgroup for pid ${pid}`);
  return readFileSync(`/sys/fs/cgroup${v2.slice(3)}/memory.max`, 'utf8').trim();
}

/** The same limit read inside a container (its /sys/fs/cgroup), as a shell command. */
export const memoryLimitInside =
  'cat /sys/fs/cgroup/memory/memory.limit_in_bytes 2>/dev/null || cat /sys/fs/cgroup/memory.max';
