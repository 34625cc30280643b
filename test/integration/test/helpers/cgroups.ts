import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** A process's v1 memory cgroup directory (from /proc/<pid>/cgroup; this host is cgroup v1 hybrid). */
export function memoryCgroupOf(pid: number): string {
  const line = readFileSync(`/proc/${pid}/cgroup`, 'utf8')
    .split('\n')
    .find((l) => l.split(':')[1]?.split(',').includes('memory'));
  assert.ok(line, `pid ${pid} has a memory cgroup`);
  return `/sys/fs/cgroup/memory${line.split(':')[2] ?? ''}`;
}
