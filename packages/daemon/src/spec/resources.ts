import { readFileSync } from 'node:fs';
import { CorralError, toBigInt, toInt64, type corral } from '@corral/api';
import type { ResourcesRecord } from '../containers/container-record.js';

type CriResources = corral.v1.LinuxContainerResources.$Properties;

/** The CFS period a quota without one is measured against (docker's --cpus uses the same). */
export const defaultCpuPeriod = 100_000;

/**
 * CRI LinuxContainerResources → plain numbers, refusing what the kernel or runc would refuse later
 * with a worse message: negative values, values past 2^53, an oom_score_adj below corrald's own
 * (root here lacks CAP_SYS_RESOURCE, DESIGN.md).
 */
export function normalizeResources(r: CriResources | null | undefined): ResourcesRecord {
  const out: ResourcesRecord = {};
  if (!r) return out;
  const num = (name: string, v: CriResources['cpuQuota'], min: number, max = Number.MAX_SAFE_INTEGER) => {
    const b = toBigInt(v);
    if (b === 0n) return undefined;
    if (b < BigInt(min) || b > BigInt(max)) {
      throw new CorralError('InvalidArgument', `resources.${name} ${b} is out of range [${min}, ${max}]`);
    }
    return Number(b);
  };
  const set = <K extends keyof ResourcesRecord>(k: K, v: ResourcesRecord[K] | undefined) => {
    if (v !== undefined) out[k] = v;
  };
  set('cpuPeriod', num('cpu_period', r.cpuPeriod, 1000, 1_000_000));
  set('cpuQuota', num('cpu_quota', r.cpuQuota, 1000));
  set('cpuShares', num('cpu_shares', r.cpuShares, 2, 262_144));
  set('memoryLimitInBytes', num('memory_limit_in_bytes', r.memoryLimitInBytes, 1));
  set('pidsLimit', num('pids_limit', r.pidsLimit, 1));
  const oom = toBigInt(r.oomScoreAdj);
  if (oom !== 0n) {
    if (oom < -1000n || oom > 1000n) {
      throw new CorralError(
        'InvalidArgument',
        `resources.oom_score_adj ${oom} is out of range [-1000, 1000]`,
      );
    }
    const floor = ownOomScoreAdj();
    if (oom < BigInt(floor)) {
      throw new CorralError(
        'InvalidArgument',
        `resources.oom_score_adj ${oom} is below corrald's own (${floor}); lowering it needs CAP_SYS_RESOURCE`,
      );
    }
    out.oomScoreAdj = Number(oom);
  }
  const cpuset = /^[0-9,\- ]*$/;
  if (r.cpusetCpus) {
    if (!cpuset.test(r.cpusetCpus))
      throw new CorralError('InvalidArgument', `resources.cpuset_cpus ${JSON.stringify(r.cpusetCpus)}`);
    out.cpusetCpus = r.cpusetCpus;
  }
  if (r.cpusetMems) {
    if (!cpuset.test(r.cpusetMems))
      throw new CorralError('InvalidArgument', `resources.cpuset_mems ${JSON.stringify(r.cpusetMems)}`);
    out.cpusetMems = r.cpusetMems;
  }
  return out;
}

/** The OCI LinuxResources for a record's resources (config.json, and the shim's Update). */
export function ociLinuxResources(r: ResourcesRecord): Record<string, unknown> {
  const res: Record<string, unknown> = {};
  if (r.memoryLimitInBytes !== undefined) res['memory'] = { limit: r.memoryLimitInBytes };
  const cpu: Record<string, unknown> = {};
  if (r.cpuShares !== undefined) cpu['shares'] = r.cpuShares;
  if (r.cpuQuota !== undefined) {
    cpu['quota'] = r.cpuQuota;
    cpu['period'] = r.cpuPeriod ?? defaultCpuPeriod;
  } else if (r.cpuPeriod !== undefined) cpu['period'] = r.cpuPeriod;
  if (r.cpusetCpus !== undefined) cpu['cpus'] = r.cpusetCpus;
  if (r.cpusetMems !== undefined) cpu['mems'] = r.cpusetMems;
  if (Object.keys(cpu).length > 0) res['cpu'] = cpu;
  if (r.pidsLimit !== undefined) res['pids'] = { limit: r.pidsLimit };
  return res;
}

/** CRI shape again, for ContainerStatus. */
export function criResources(r: ResourcesRecord): CriResources {
  return {
    ...(r.cpuPeriod === undefined ? {} : { cpuPeriod: bigLong(r.cpuPeriod) }),
    ...(r.cpuQuota === undefined ? {} : { cpuQuota: bigLong(r.cpuQuota) }),
    ...(r.cpuShares === undefined ? {} : { cpuShares: bigLong(r.cpuShares) }),
    ...(r.memoryLimitInBytes === undefined ? {} : { memoryLimitInBytes: bigLong(r.memoryLimitInBytes) }),
    ...(r.oomScoreAdj === undefined ? {} : { oomScoreAdj: bigLong(r.oomScoreAdj) }),
    ...(r.pidsLimit === undefined ? {} : { pidsLimit: bigLong(r.pidsLimit) }),
    ...(r.cpusetCpus === undefined ? {} : { cpusetCpus: r.cpusetCpus }),
    ...(r.cpusetMems === undefined ? {} : { cpusetMems: r.cpusetMems }),
  };
}

function bigLong(n: number): CriResources['cpuQuota'] {
  return toInt64(n);
}

function ownOomScoreAdj(): number {
  try {
    return Number.parseInt(readFileSync('/proc/self/oom_score_adj', 'utf8').trim(), 10) || 0;
  } catch {
    return 0;
  }
}
