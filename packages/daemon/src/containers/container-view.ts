import { corral, toInt64 } from '@corral/api';
import { criResources } from '../spec/resources.js';
import { nsOf } from '../util/time.js';
import type { Container } from './container.js';
import type { ContainerStateName } from './container-record.js';

const S = corral.v1.ContainerState;

const stateValue: Record<ContainerStateName, corral.v1.ContainerState> = {
  created: S.CONTAINER_CREATED,
  running: S.CONTAINER_RUNNING,
  paused: S.CONTAINER_PAUSED,
  exited: S.CONTAINER_EXITED,
  unknown: S.CONTAINER_UNKNOWN,
};

export function containerState(c: Container): corral.v1.ContainerState {
  if (c.unreachable !== undefined && !c.exited) return S.CONTAINER_UNKNOWN;
  return stateValue[c.record.state] ?? S.CONTAINER_UNKNOWN;
}

/** The command line the container runs (as config.json has it, else what was asked). */
function commandOf(c: Container): string[] {
  return [...c.record.config.command, ...c.record.config.args];
}

/** ListContainers' row. */
export function toContainer(c: Container): corral.v1.Container.$Properties {
  const r = c.record;
  return {
    id: c.id,
    metadata: { name: r.config.name, attempt: r.config.attempt },
    image: { image: r.imageRef },
    imageRef: r.imageId,
    state: containerState(c),
    createdAt: toInt64(nsOf(r.createdAt)),
    labels: r.config.labels,
    annotations: r.config.annotations,
    runtimeHandler: r.runtimeHandler,
    command: commandOf(c),
  };
}

/** ContainerStatus: the record, with the pid only while the task lives (the InitStartTime guard is the shim's). */
export function toContainerStatus(c: Container): corral.v1.ContainerStatus.$Properties {
  const r = c.record;
  return {
    id: c.id,
    metadata: { name: r.config.name, attempt: r.config.attempt },
    state: containerState(c),
    createdAt: toInt64(nsOf(r.createdAt)),
    startedAt: toInt64(nsOf(r.startedAt)),
    finishedAt: toInt64(nsOf(r.finishedAt)),
    exitCode: r.exitCode ?? 0,
    image: { image: r.imageRef },
    imageRef: r.imageId,
    reason: r.reason ?? '',
    message: c.unreachable !== undefined && !c.exited ? c.unreachable : (r.message ?? ''),
    labels: r.config.labels,
    annotations: r.config.annotations,
    mounts: r.config.mounts.map((m) => ({ ...m })),
    logPath: r.logPath,
    pid: c.hasLiveTask && r.state !== 'created' ? (r.pid ?? 0) : 0,
    restartCount: r.restartCount,
    runtimeHandler: r.runtimeHandler,
    command: commandOf(c),
    resources: criResources(r.config.resources),
    tty: r.config.tty,
  };
}

/** CRI ContainerFilter, all fields ANDed; `id` may be a prefix. */
export function matchesFilter(
  c: Container,
  f: corral.v1.ContainerFilter.$Properties | null | undefined,
): boolean {
  if (!f) return true;
  if (f.id && !c.id.startsWith(f.id)) return false;
  if (f.name && c.name !== f.name) return false;
  if (f.state && containerState(c) !== (f.state.state ?? S.CONTAINER_CREATED)) return false;
  for (const [k, v] of Object.entries(f.labelSelector ?? {})) {
    if (c.record.config.labels[k] !== v) return false;
  }
  return true;
}
