import type { io } from '@corral/api/task';
import { toUint64 } from '@corral/api/task';
import { readKeyed, readUint } from './cgroups.js';

type Metrics = io.containerd.cgroups.v2.Metrics.$Properties;
const u = (v: bigint | undefined) => toUint64(v ?? 0n);

// memory.stat keys for MemoryStat fields 1–31, in field order.
const memoryKeys = [
  'anon',
  'file',
  'kernel_stack',
  'slab',
  'sock',
  'shmem',
  'file_mapped',
  'file_dirty',
  'file_writeback',
  'anon_thp',
  'inactive_anon',
  'active_anon',
  'inactive_file',
  'active_file',
  'unevictable',
  'slab_reclaimable',
  'slab_unreclaimable',
  'pgfault',
  'pgmajfault',
  'workingset_refault',
  'workingset_activate',
  'workingset_nodereclaim',
  'pgrefill',
  'pgscan',
  'pgsteal',
  'pgactivate',
  'pgdeactivate',
  'pglazyfree',
  'pglazyfreed',
  'thp_fault_alloc',
  'thp_collapse_alloc',
] as const;

const camel = (k: string) => k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** `io.containerd.cgroups.v2.Metrics` for a container's unified cgroup directory. */
export function readMetricsV2(dir: string): Metrics {
  const cpu = readKeyed(dir, 'cpu.stat');
  const mem = readKeyed(dir, 'memory.stat');
  const memory: Record<string, unknown> = {
    usage: u(readUint(dir, 'memory.current')),
    usageLimit: u(readUint(dir, 'memory.max') ?? 0xffff_ffff_ffff_ffffn),
    swapUsage: u(readUint(dir, 'memory.swap.current')),
    swapLimit: u(readUint(dir, 'memory.swap.max') ?? 0xffff_ffff_ffff_ffffn),
  };
  for (const k of memoryKeys) memory[camel(k)] = u(mem.get(k));
  const events = readKeyed(dir, 'memory.events');
  return {
    pids: { current: u(readUint(dir, 'pids.current')), limit: u(readUint(dir, 'pids.max')) },
    cpu: {
      usageUsec: u(cpu.get('usage_usec')),
      userUsec: u(cpu.get('user_usec')),
      systemUsec: u(cpu.get('system_usec')),
      nrPeriods: u(cpu.get('nr_periods')),
      nrThrottled: u(cpu.get('nr_throttled')),
      throttledUsec: u(cpu.get('throttled_usec')),
    },
    memory: memory,
    memoryEvents: {
      low: u(events.get('low')),
      high: u(events.get('high')),
      max: u(events.get('max')),
      oom: u(events.get('oom')),
      oomKill: u(events.get('oom_kill')),
    },
  };
}
