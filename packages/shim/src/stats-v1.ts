import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { io } from '@corral/api/task';
import { toUint64 } from '@corral/api/task';
import { type CgroupPaths, readKeyed, readUint, v1Controller } from './cgroups.js';

type Metrics = io.containerd.cgroups.v1.Metrics.$Properties;
type MemoryEntry = io.containerd.cgroups.v1.MemoryEntry.$Properties;
type BlkIOEntry = io.containerd.cgroups.v1.BlkIOEntry.$Properties;

const u = (v: bigint | undefined) => toUint64(v ?? 0n);

// USER_HZ: cpuacct.stat counts in clock ticks (100 on every Linux ABI that matters here).
const nsPerTick = 10_000_000n;

/**
 * `io.containerd.cgroups.v1.Metrics` for a container's v1 cgroups, read the way containerd's cgroups
 * library reads them. `memory` always carries `usage` and `cpu` always carries `usage`: ctr
 * dereferences both without checks (spec §5.3).
 */
export function readMetricsV1(paths: CgroupPaths): Metrics {
  const m: Metrics = {};
  const pids = v1Controller(paths, 'pids');
  if (pids) m.pids = { current: u(readUint(pids, 'pids.current')), limit: u(readUint(pids, 'pids.max')) };
  const cpuacct = v1Controller(paths, 'cpuacct');
  const cpu = v1Controller(paths, 'cpu');
  if (cpuacct || cpu) m.cpu = readCpu(cpuacct, cpu);
  const memory = v1Controller(paths, 'memory');
  if (memory) {
    m.memory = readMemory(memory);
    const oom = readKeyed(memory, 'memory.oom_control');
    m.memoryOomControl = {
      oomKillDisable: u(oom.get('oom_kill_disable')),
      underOom: u(oom.get('under_oom')),
      oomKill: u(oom.get('oom_kill')),
    };
  }
  const blkio = v1Controller(paths, 'blkio');
  if (blkio) m.blkio = readBlkio(blkio);
  const hugetlb = v1Controller(paths, 'hugetlb');
  if (hugetlb) m.hugetlb = readHugetlb(hugetlb);
  return m;
}

function readCpu(
  cpuacct: string | undefined,
  cpu: string | undefined,
): io.containerd.cgroups.v1.CPUStat.$Properties {
  const usage: io.containerd.cgroups.v1.CPUUsage.$Properties = {};
  if (cpuacct) {
    usage.total = u(readUint(cpuacct, 'cpuacct.usage'));
    const stat = readKeyed(cpuacct, 'cpuacct.stat');
    usage.user = u((stat.get('user') ?? 0n) * nsPerTick);
    usage.kernel = u((stat.get('system') ?? 0n) * nsPerTick);
    try {
      usage.perCpu = readFileSync(join(cpuacct, 'cpuacct.usage_percpu'), 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((v) => toUint64(BigInt(v)));
    } catch {
      usage.perCpu = [];
    }
  }
  const out: io.containerd.cgroups.v1.CPUStat.$Properties = { usage };
  if (cpu) {
    const s = readKeyed(cpu, 'cpu.stat');
    out.throttling = {
      periods: u(s.get('nr_periods')),
      throttledPeriods: u(s.get('nr_throttled')),
      throttledTime: u(s.get('throttled_time')),
    };
  }
  return out;
}

function entry(dir: string, prefix: string): MemoryEntry {
  return {
    limit: u(readUint(dir, `${prefix}.limit_in_bytes`)),
    usage: u(readUint(dir, `${prefix}.usage_in_bytes`)),
    max: u(readUint(dir, `${prefix}.max_usage_in_bytes`)),
    failcnt: u(readUint(dir, `${prefix}.failcnt`)),
  };
}

// memory.stat keys in the order of MemoryStat fields 1–17 and their total_ twins 18–32.
const statKeys = [
  ['cache', 'cache'],
  ['rss', 'rss'],
  ['rssHuge', 'rss_huge'],
  ['mappedFile', 'mapped_file'],
  ['dirty', 'dirty'],
  ['writeback', 'writeback'],
  ['pgPgIn', 'pgpgin'],
  ['pgPgOut', 'pgpgout'],
  ['pgFault', 'pgfault'],
  ['pgMajFault', 'pgmajfault'],
  ['inactiveAnon', 'inactive_anon'],
  ['activeAnon', 'active_anon'],
  ['inactiveFile', 'inactive_file'],
  ['activeFile', 'active_file'],
  ['unevictable', 'unevictable'],
] as const;

function readMemory(dir: string): io.containerd.cgroups.v1.MemoryStat.$Properties {
  const s = readKeyed(dir, 'memory.stat');
  const m: Record<string, unknown> = {
    hierarchicalMemoryLimit: u(s.get('hierarchical_memory_limit')),
    hierarchicalSwapLimit: u(s.get('hierarchical_memsw_limit')),
    usage: entry(dir, 'memory'),
    swap: entry(dir, 'memory.memsw'),
    kernel: entry(dir, 'memory.kmem'),
    kernelTcp: entry(dir, 'memory.kmem.tcp'),
  };
  for (const [field, key] of statKeys) {
    m[field] = u(s.get(key));
    m[`total${field[0]!.toUpperCase()}${field.slice(1)}`] = u(s.get(`total_${key}`));
  }
  return m;
}

const blkioFiles = [
  ['ioServiceBytesRecursive', 'io_service_bytes_recursive'],
  ['ioServicedRecursive', 'io_serviced_recursive'],
  ['ioQueuedRecursive', 'io_queued_recursive'],
  ['ioServiceTimeRecursive', 'io_service_time_recursive'],
  ['ioWaitTimeRecursive', 'io_wait_time_recursive'],
  ['ioMergedRecursive', 'io_merged_recursive'],
  ['ioTimeRecursive', 'time_recursive'],
  ['sectorsRecursive', 'sectors_recursive'],
] as const;

function readBlkio(dir: string): io.containerd.cgroups.v1.BlkIOStat.$Properties {
  const out: Record<string, BlkIOEntry[]> = {};
  for (const [field, file] of blkioFiles) {
    // CFQ files are gone on modern kernels; fall back to the throttle counters like containerd.
    let entries = readBlkioFile(dir, `blkio.${file}`);
    if (entries.length === 0 && (field === 'ioServiceBytesRecursive' || field === 'ioServicedRecursive')) {
      entries = readBlkioFile(dir, `blkio.throttle.${file}`);
    }
    out[field] = entries;
  }
  return out;
}

function readBlkioFile(dir: string, file: string): BlkIOEntry[] {
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch {
    return [];
  }
  const out: BlkIOEntry[] = [];
  for (const line of text.split('\n')) {
    const parts = line.trim().split(/\s+/);
    const [dev, a, b] = parts;
    if (!dev || !a || !dev.includes(':')) continue;
    const [major = '0', minor = '0'] = dev.split(':');
    const op = b === undefined ? '' : a;
    const value = b ?? a;
    if (!/^\d+$/.test(value)) continue;
    out.push({
      op,
      major: toUint64(BigInt(major)),
      minor: toUint64(BigInt(minor)),
      value: toUint64(BigInt(value)),
    });
  }
  return out;
}

function readHugetlb(dir: string): io.containerd.cgroups.v1.HugetlbStat.$Properties[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const sizes = names.flatMap((n) => /^hugetlb\.([^.]+)\.usage_in_bytes$/.exec(n)?.[1] ?? []).sort();
  return sizes.map((size) => ({
    pagesize: size,
    usage: u(readUint(dir, `hugetlb.${size}.usage_in_bytes`)),
    max: u(readUint(dir, `hugetlb.${size}.max_usage_in_bytes`)),
    failcnt: u(readUint(dir, `hugetlb.${size}.failcnt`)),
  }));
}
