import {
  CorralError,
  io,
  nowNanos,
  toBigInt,
  toInt64,
  toUint64,
  typeUrls,
  unpackAny,
  type corral,
  type google,
} from '@corral/api';
import type { Container } from '../containers/container.js';

type Stats = corral.v1.ContainerStats.$Properties;

/** The previous CPU sample of each container: usage_nano_cores is a rate between two samples. */
const lastCpu = new WeakMap<Container, { at: bigint; total: bigint }>();

/**
 * The shim's Stats (cgroup v1 or v2 metrics, as containerd's shims report them) in CRI's shape:
 * cpu usage in ns and its rate, memory usage / working set (usage minus inactive file pages, as
 * the kubelet computes it) / rss / faults / limit, and pids.
 */
export function criStats(c: Container, any: google.protobuf.Any.$Properties | null | undefined): Stats {
  const at = nowNanos();
  const base: Stats = {
    containerId: c.id,
    metadata: { name: c.name, attempt: c.record.config.attempt },
    labels: c.record.config.labels,
  };
  if (!any?.type_url) return base;
  let cpuTotal: bigint;
  let memory: corral.v1.MemoryUsage.$Properties;
  let pids: corral.v1.PidsUsage.$Properties;
  if (any.type_url === typeUrls.CgroupsV1Metrics) {
    const m = unpackAny(any, typeUrls.CgroupsV1Metrics, io.containerd.cgroups.v1.Metrics);
    cpuTotal = toBigInt(m.cpu?.usage?.total);
    const usage = toBigInt(m.memory?.usage?.usage);
    const inactive = toBigInt(m.memory?.totalInactiveFile);
    memory = {
      timestamp: toInt64(at),
      usageBytes: toUint64(usage),
      workingSetBytes: toUint64(usage > inactive ? usage - inactive : 0n),
      rssBytes: toUint64(toBigInt(m.memory?.totalRss)),
      pageFaults: toUint64(toBigInt(m.memory?.totalPgFault)),
      majorPageFaults: toUint64(toBigInt(m.memory?.totalPgMajFault)),
      limitBytes: toUint64(toBigInt(m.memory?.usage?.limit)),
    };
    pids = { current: toUint64(toBigInt(m.pids?.current)), limit: toUint64(toBigInt(m.pids?.limit)) };
  } else if (any.type_url === typeUrls.CgroupsV2Metrics) {
    const m = unpackAny(any, typeUrls.CgroupsV2Metrics, io.containerd.cgroups.v2.Metrics);
    cpuTotal = toBigInt(m.cpu?.usageUsec) * 1000n;
    const usage = toBigInt(m.memory?.usage);
    const inactive = toBigInt(m.memory?.inactiveFile);
    memory = {
      timestamp: toInt64(at),
      usageBytes: toUint64(usage),
      workingSetBytes: toUint64(usage > inactive ? usage - inactive : 0n),
      rssBytes: toUint64(toBigInt(m.memory?.anon)),
      pageFaults: toUint64(toBigInt(m.memory?.pgfault)),
      majorPageFaults: toUint64(toBigInt(m.memory?.pgmajfault)),
      limitBytes: toUint64(toBigInt(m.memory?.usageLimit)),
    };
    pids = { current: toUint64(toBigInt(m.pids?.current)), limit: toUint64(toBigInt(m.pids?.limit)) };
  } else {
    throw new CorralError('Internal', `stats of ${c.id}: the shim sent ${JSON.stringify(any.type_url)}`);
  }
  const prev = lastCpu.get(c);
  lastCpu.set(c, { at, total: cpuTotal });
  const nanoCores =
    prev && at > prev.at && cpuTotal >= prev.total
      ? ((cpuTotal - prev.total) * 1_000_000_000n) / (at - prev.at)
      : 0n;
  return {
    ...base,
    cpu: {
      timestamp: toInt64(at),
      usageCoreNanoSeconds: toUint64(cpuTotal),
      usageNanoCores: toUint64(nanoCores),
    },
    memory,
    pids,
  };
}
