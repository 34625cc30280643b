import { containerd, io, packAny, typeUrls } from '@corral/api/task';
import type { CgroupPaths } from './cgroups.js';
import type { ShimProcess } from './process.js';
import { readMetricsV1 } from './stats-v1.js';
import { readMetricsV2 } from './stats-v2.js';

/**
 * Pids as containerd's runc shim reports them: an exec's pid carries `ProcessDetails{exec_id}`,
 * other pids no info at all (ctr fails on any other type URL).
 */
export function processInfos(
  pids: readonly number[],
  execs: Iterable<ShimProcess>,
): containerd.v1.types.ProcessInfo.$Properties[] {
  const execByPid = new Map([...execs].filter((e) => e.pid > 0).map((e) => [e.pid, e.execId]));
  return pids.map((pid) => {
    const execId = execByPid.get(pid);
    return execId === undefined
      ? { pid }
      : { pid, info: packAny(typeUrls.ProcessDetails, containerd.runc.v1.ProcessDetails, { execId }) };
  });
}

/** A container's cgroup metrics: v1 Metrics on v1 and hybrid hosts (like this one), else v2. */
export function cgroupMetrics(paths: CgroupPaths): ReturnType<typeof packAny> {
  if (paths.version === 1)
    return packAny(typeUrls.CgroupsV1Metrics, io.containerd.cgroups.v1.Metrics, readMetricsV1(paths));
  return packAny(typeUrls.CgroupsV2Metrics, io.containerd.cgroups.v2.Metrics, readMetricsV2(paths.dir));
}
