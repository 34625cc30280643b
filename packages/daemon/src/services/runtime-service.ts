import { existsSync } from 'node:fs';
import { CorralError, toBigInt, toInt64, validateIdentifier, type corral } from '@corral/api';
import { matchesFilter, toContainer, toContainerStatus } from '../containers/container-view.js';
import { createContainer } from '../containers/create-container.js';
import { removeContainer } from '../containers/remove-container.js';
import { startContainer } from '../containers/start-container.js';
import { stopContainer } from '../containers/stop-container.js';
import type { DaemonContext } from '../context.js';
import { execSync } from '../exec/exec-sync.js';
import type { RecoveryReport } from '../recovery/reconcile-on-start.js';
import { defaultRuntimeHandler } from '../shims/runtime-handlers.js';
import { findOnPath } from '../shims/shim-binary.js';
import {
  containerStats,
  killContainer,
  listContainerPids,
  pauseContainer,
  reopenContainerLog,
  resumeContainer,
  updateContainerResources,
  waitContainer,
} from '../tasks/task-ops.js';
import { settle } from '../util/settle.js';
import { daemonVersion, runtimeApiVersion } from '../version.js';

type V1 = typeof corral.v1;
type Msg<K extends keyof V1> = V1[K] extends { encode(m: infer P): unknown } ? P : never;

/** What a handler knows of its call besides the request. */
export interface CallScope {
  namespace: string;
  signal?: AbortSignal;
}

/**
 * The Runtime service (CRI RuntimeService shape, container level, plus containerd's task
 * operations). Each handler checks its input, looks the container up, delegates, and lets the API
 * server translate a CorralError to a status once, at the edge.
 */
export class RuntimeService {
  constructor(
    private readonly ctx: DaemonContext,
    private readonly recovery: () => RecoveryReport | undefined,
  ) {}

  version(_req: Msg<'VersionRequest'>): Promise<Msg<'VersionResponse'>> {
    return Promise.resolve({
      version: daemonVersion,
      runtimeName: 'corral',
      runtimeVersion: daemonVersion,
      runtimeApiVersion,
    });
  }

  status(req: Msg<'StatusRequest'>): Promise<Msg<'StatusResponse'>> {
    return settle(() => this.statusNow(req));
  }

  private statusNow(req: Msg<'StatusRequest'>): Msg<'StatusResponse'> {
    // Ready: the default handler can run (corral-shim and runc present); the others are optional.
    const present = (b: string) => (b.startsWith('/') ? existsSync(b) : findOnPath(b) !== undefined);
    const missingFor = this.ctx.handlers.names.filter((n) => {
      const h = this.ctx.handlers.get(n);
      return !present(h.shimBinary) || !present(h.runtimeBinary);
    });
    const ready = !missingFor.includes(defaultRuntimeHandler);
    const conditions: Msg<'RuntimeCondition'>[] = [
      {
        type: 'RuntimeReady',
        status: ready,
        reason: ready ? '' : 'RuntimeMissing',
        message:
          missingFor.length > 0 ? `runtime handlers without their binaries: ${missingFor.join(', ')}` : '',
      },
      {
        type: 'NetworkReady',
        status: true,
        reason: 'NoNetwork',
        message: 'containers get a private network namespace with only loopback; corral has no CNI yet',
      },
    ];
    const r = this.recovery();
    const info: Record<string, string> = {};
    if (req.verbose) {
      info['config'] = JSON.stringify({
        root: this.ctx.layout.root,
        state: this.ctx.layout.state,
        socket: this.ctx.layout.apiSocket,
        runtimeHandlers: this.ctx.handlers.names,
        containers: this.ctx.store.all().length,
      });
    }
    return {
      conditions,
      info,
      ...(r
        ? {
            lastRecovery: {
              at: toInt64(r.at),
              durationNs: toInt64(r.durationNs),
              containers: r.containers,
              shimsReconnected: r.shimsReconnected,
              exitsLearned: r.exitsLearned,
              shimsDead: r.shimsDead,
              createsRolledBack: r.createsRolledBack,
              removalsFinished: r.removalsFinished,
              stopsResumed: r.stopsResumed,
              execsEnded: r.execsEnded,
              shimsUnreachable: r.shimsUnreachable,
              failed: r.failed,
            },
          }
        : {}),
    };
  }

  async createContainer(
    req: Msg<'CreateContainerRequest'>,
    s: CallScope,
  ): Promise<Msg<'CreateContainerResponse'>> {
    return { containerId: await createContainer(this.ctx, ns(s), req.config) };
  }

  async startContainer(
    req: Msg<'StartContainerRequest'>,
    s: CallScope,
  ): Promise<Msg<'StartContainerResponse'>> {
    await startContainer(this.ctx, ns(s), id(req.containerId));
    return {};
  }

  async stopContainer(req: Msg<'StopContainerRequest'>, s: CallScope): Promise<Msg<'StopContainerResponse'>> {
    const timeout = toBigInt(req.timeout);
    if (timeout < 0n || timeout > 86_400n) {
      throw new CorralError('InvalidArgument', `stop: timeout ${timeout} must be 0 to 86400 seconds`);
    }
    await stopContainer(this.ctx, ns(s), id(req.containerId), Number(timeout));
    return {};
  }

  async removeContainer(
    req: Msg<'RemoveContainerRequest'>,
    s: CallScope,
  ): Promise<Msg<'RemoveContainerResponse'>> {
    await removeContainer(this.ctx, ns(s), id(req.containerId), req.force ?? false);
    return {};
  }

  listContainers(req: Msg<'ListContainersRequest'>, s: CallScope): Promise<Msg<'ListContainersResponse'>> {
    return settle(() => {
      const containers = this.ctx.store
        .list(ns(s))
        .filter((c) => c.record.phase !== 'creating' && matchesFilter(c, req.filter))
        .sort((a, b) => (BigInt(a.record.createdAt) < BigInt(b.record.createdAt) ? -1 : 1))
        .map(toContainer);
      return { containers };
    });
  }

  containerStatus(req: Msg<'ContainerStatusRequest'>, s: CallScope): Promise<Msg<'ContainerStatusResponse'>> {
    return settle(() => {
      const c = this.ctx.store.require(ns(s), id(req.containerId));
      const info: Record<string, string> = {};
      if (req.verbose) {
        const r = c.record;
        info['info'] = JSON.stringify({
          pid: r.pid ?? 0,
          bundle: this.ctx.layout.bundle(c.namespace, c.id),
          shim: r.shim ?? null,
          runtimeHandler: r.runtimeHandler,
          stopSignal: r.stopSignal,
          oomKilled: r.oomKilled,
          config: r.config,
        });
      }
      return { status: toContainerStatus(c), info };
    });
  }

  async updateContainerResources(
    req: Msg<'UpdateContainerResourcesRequest'>,
    s: CallScope,
  ): Promise<Msg<'UpdateContainerResourcesResponse'>> {
    await updateContainerResources(this.ctx, ns(s), id(req.containerId), req.resources);
    return {};
  }

  async reopenContainerLog(
    req: Msg<'ReopenContainerLogRequest'>,
    s: CallScope,
  ): Promise<Msg<'ReopenContainerLogResponse'>> {
    await reopenContainerLog(this.ctx, ns(s), id(req.containerId));
    return {};
  }

  async execSync(req: Msg<'ExecSyncRequest'>, s: CallScope): Promise<Msg<'ExecSyncResponse'>> {
    id(req.containerId);
    return execSync(this.ctx, ns(s), req, s.signal);
  }

  async pauseContainer(
    req: Msg<'PauseContainerRequest'>,
    s: CallScope,
  ): Promise<Msg<'PauseContainerResponse'>> {
    await pauseContainer(this.ctx, ns(s), id(req.containerId));
    return {};
  }

  async resumeContainer(
    req: Msg<'ResumeContainerRequest'>,
    s: CallScope,
  ): Promise<Msg<'ResumeContainerResponse'>> {
    await resumeContainer(this.ctx, ns(s), id(req.containerId));
    return {};
  }

  async killContainer(req: Msg<'KillContainerRequest'>, s: CallScope): Promise<Msg<'KillContainerResponse'>> {
    await killContainer(this.ctx, ns(s), id(req.containerId), req.signal ?? '');
    return {};
  }

  async waitContainer(req: Msg<'WaitContainerRequest'>, s: CallScope): Promise<Msg<'WaitContainerResponse'>> {
    return waitContainer(this.ctx, ns(s), id(req.containerId), s.signal);
  }

  async listContainerPids(
    req: Msg<'ListContainerPidsRequest'>,
    s: CallScope,
  ): Promise<Msg<'ListContainerPidsResponse'>> {
    return { pids: await listContainerPids(this.ctx, ns(s), id(req.containerId)) };
  }

  async containerStats(
    req: Msg<'ContainerStatsRequest'>,
    s: CallScope,
  ): Promise<Msg<'ContainerStatsResponse'>> {
    const c = this.ctx.store.require(ns(s), id(req.containerId));
    return { stats: await containerStats(c) };
  }

  async listContainerStats(
    req: Msg<'ListContainerStatsRequest'>,
    s: CallScope,
  ): Promise<Msg<'ListContainerStatsResponse'>> {
    const running = this.ctx.store
      .list(ns(s))
      .filter(
        (c) => c.record.phase === 'ready' && (c.record.state === 'running' || c.record.state === 'paused'),
      )
      .filter((c) => matchesFilter(c, req.filter));
    const stats = await Promise.allSettled(running.map((c) => containerStats(c)));
    return { stats: stats.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])) };
  }
}

/** The call's namespace, checked: it becomes a path component. */
export function ns(s: CallScope): string {
  return validateIdentifier(s.namespace || 'default', 'namespace');
}

/** A container reference (id, name or id prefix) must at least be present and printable. */
export function id(ref: string | null | undefined): string {
  const r = ref ?? '';
  if (!r) throw new CorralError('InvalidArgument', 'container_id is required');
  if (r.length > 256 || /[\0/\s]/.test(r)) {
    throw new CorralError(
      'InvalidArgument',
      `container_id ${JSON.stringify(r.slice(0, 80))} is not an id or a name`,
    );
  }
  return r;
}
