import { expectRecord, isRecord, parseJsonOutput } from './json-output.js';

/*
 * `runc events --stats <id>` prints one event, `{"type":"stats","id":…,"data":{…}}`, whose data is
 * runc's `types.Stats`. The keys below are runc 1.1.5's JSON keys, verbatim (a mix of camelCase and
 * snake_case, and `ioQueueRecursive` without the "d"). runc marks most counters `omitempty`, so a
 * zero is often absent: parseStatsEvent fills every counter in, as Go's decoder would. Counters
 * are JS numbers; the "unlimited" limits (~2^63) lose their low bits, nothing smaller does.
 */

export interface CpuUsage {
  /** Nanoseconds. */
  total: number;
  percpu: number[];
  percpu_kernel: number[];
  percpu_user: number[];
  kernel: number;
  user: number;
}

export interface CpuThrottling {
  periods: number;
  throttledPeriods: number;
  throttledTime: number;
}

export interface CpuStats {
  usage: CpuUsage;
  throttling: CpuThrottling;
}

export interface CpusetStats {
  cpus: number[];
  cpu_exclusive: number;
  mems: number[];
  mem_hardwall: number;
  mem_exclusive: number;
  memory_migrate: number;
  memory_spread_page: number;
  memory_spread_slab: number;
  memory_pressure: number;
  sched_load_balance: number;
  sched_relax_domain_level: number;
}

export interface MemoryEntry {
  limit: number;
  usage: number;
  max: number;
  failcnt: number;
}

export interface MemoryStats {
  cache: number;
  usage: MemoryEntry;
  /** cgroup v1: memsw, i.e. memory + swap. */
  swap: MemoryEntry;
  kernel: MemoryEntry;
  kernelTCP: MemoryEntry;
  /** memory.stat verbatim (`total_cache`, `rss`, `pgfault`, …). */
  raw: Record<string, number>;
}

export interface PidsStats {
  current: number;
  /** 0 when unlimited. */
  limit: number;
}

export interface BlkioEntry {
  major: number;
  minor: number;
  op: string;
  value: number;
}

export interface BlkioStats {
  ioServiceBytesRecursive: BlkioEntry[];
  ioServicedRecursive: BlkioEntry[];
  ioQueueRecursive: BlkioEntry[];
  ioServiceTimeRecursive: BlkioEntry[];
  ioWaitTimeRecursive: BlkioEntry[];
  ioMergedRecursive: BlkioEntry[];
  ioTimeRecursive: BlkioEntry[];
  sectorsRecursive: BlkioEntry[];
}

export interface HugetlbStats {
  usage: number;
  max: number;
  failcnt: number;
}

/** Go field names: runc gives this struct no json tags. */
export interface NetworkInterfaceStats {
  Name: string;
  RxBytes: number;
  RxPackets: number;
  RxErrors: number;
  RxDropped: number;
  TxBytes: number;
  TxPackets: number;
  TxErrors: number;
  TxDropped: number;
}

export interface Stats {
  cpu: CpuStats;
  cpuset: CpusetStats;
  memory: MemoryStats;
  pids: PidsStats;
  blkio: BlkioStats;
  /** Keyed by page size as runc names it: "2MB", "1GB". */
  hugetlb: Record<string, HugetlbStats>;
  /** Only on Intel RDT hosts; passed through untyped. */
  intel_rdt: Record<string, unknown>;
  network_interfaces: NetworkInterfaceStats[];
}

type Obj = Record<string, unknown>;

const obj = (v: unknown): Obj => (isRecord(v) ? v : {});
const num = (o: Obj, k: string): number => (typeof o[k] === 'number' ? o[k] : 0);
const str = (o: Obj, k: string): string => (typeof o[k] === 'string' ? o[k] : '');
const nums = (v: unknown): number[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'number') : []);

function numbersOf<K extends string>(o: Obj, keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = num(o, k);
  return out;
}

const memoryEntry = (v: unknown): MemoryEntry => numbersOf(obj(v), ['limit', 'usage', 'max', 'failcnt']);

const blkioKeys = [
  'ioServiceBytesRecursive',
  'ioServicedRecursive',
  'ioQueueRecursive',
  'ioServiceTimeRecursive',
  'ioWaitTimeRecursive',
  'ioMergedRecursive',
  'ioTimeRecursive',
  'sectorsRecursive',
] as const;

const cpusetCounters = [
  'cpu_exclusive',
  'mem_hardwall',
  'mem_exclusive',
  'memory_migrate',
  'memory_spread_page',
  'memory_spread_slab',
  'memory_pressure',
  'sched_load_balance',
  'sched_relax_domain_level',
] as const;

const networkCounters = [
  'RxBytes',
  'RxPackets',
  'RxErrors',
  'RxDropped',
  'TxBytes',
  'TxPackets',
  'TxErrors',
  'TxDropped',
] as const;

/** runc's stats object (the event's `data`), with every counter present. */
export function normalizeStats(data: unknown): Stats {
  const d = obj(data);
  const cpu = obj(d['cpu']);
  const usage = obj(cpu['usage']);
  const cpuset = obj(d['cpuset']);
  const memory = obj(d['memory']);
  const blkio = obj(d['blkio']);
  const raw: Record<string, number> = {};
  for (const [k, v] of Object.entries(obj(memory['raw']))) if (typeof v === 'number') raw[k] = v;
  const hugetlb: Record<string, HugetlbStats> = {};
  for (const [size, v] of Object.entries(obj(d['hugetlb'])))
    hugetlb[size] = numbersOf(obj(v), ['usage', 'max', 'failcnt']);
  const blkioStats = {} as BlkioStats;
  for (const k of blkioKeys) {
    const entries = Array.isArray(blkio[k]) ? (blkio[k] as unknown[]) : [];
    blkioStats[k] = entries.map((e) => ({
      ...numbersOf(obj(e), ['major', 'minor', 'value']),
      op: str(obj(e), 'op'),
    }));
  }
  const nets = Array.isArray(d['network_interfaces']) ? (d['network_interfaces'] as unknown[]) : [];
  return {
    cpu: {
      usage: {
        ...numbersOf(usage, ['total', 'kernel', 'user']),
        percpu: nums(usage['percpu']),
        percpu_kernel: nums(usage['percpu_kernel']),
        percpu_user: nums(usage['percpu_user']),
      },
      throttling: numbersOf(obj(cpu['throttling']), ['periods', 'throttledPeriods', 'throttledTime']),
    },
    cpuset: { ...numbersOf(cpuset, cpusetCounters), cpus: nums(cpuset['cpus']), mems: nums(cpuset['mems']) },
    memory: {
      cache: num(memory, 'cache'),
      usage: memoryEntry(memory['usage']),
      swap: memoryEntry(memory['swap']),
      kernel: memoryEntry(memory['kernel']),
      kernelTCP: memoryEntry(memory['kernelTCP']),
      raw,
    },
    pids: numbersOf(obj(d['pids']), ['current', 'limit']),
    blkio: blkioStats,
    hugetlb,
    intel_rdt: obj(d['intel_rdt']),
    network_interfaces: nets.map((n) => ({
      Name: str(obj(n), 'Name'),
      ...numbersOf(obj(n), networkCounters),
    })),
  };
}

/** Parse the one line `runc events --stats` prints. */
export function parseStatsEvent(text: string): Stats {
  const line = text.trim().split('\n')[0] ?? '';
  const event = expectRecord(parseJsonOutput(line), 'events --stats');
  if (event['type'] !== 'stats' || !isRecord(event['data'])) {
    throw new TypeError(`events --stats: expected a "stats" event, got type ${String(event['type'])}`);
  }
  return normalizeStats(event['data']);
}
