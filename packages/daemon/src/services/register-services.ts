import { EventsApi, ImagesApi, RuntimeApi, toBigInt, toInt64 } from '@corral/api';
import type { ApiCallContext, ApiServer, ApiServiceImpl } from '../api-server/index.js';
import type { DaemonContext } from '../context.js';
import type { EventBus } from '../events/index.js';
import { attachStream, execStream } from '../exec/process-streams.js';
import { readContainerLogs } from '../logs/container-logs.js';
import { RuntimeLogsApi } from './container-logs-method.js';
import type { ImagesService } from './images-service.js';
import { id, ns, type CallScope, type RuntimeService } from './runtime-service.js';

const scope = (ctx: ApiCallContext): CallScope => ({ namespace: ctx.namespace, signal: ctx.signal });

/** Puts the Runtime, Images and Events services on the API server. */
export function registerServices(
  server: ApiServer,
  daemon: DaemonContext,
  runtime: RuntimeService,
  images: ImagesService,
  bus: EventBus,
): void {
  const runtimeImpl: ApiServiceImpl<typeof RuntimeApi> = {
    version: (req) => runtime.version(req),
    status: (req) => runtime.status(req),
    createContainer: (req, ctx) => runtime.createContainer(req, scope(ctx)),
    startContainer: (req, ctx) => runtime.startContainer(req, scope(ctx)),
    stopContainer: (req, ctx) => runtime.stopContainer(req, scope(ctx)),
    removeContainer: (req, ctx) => runtime.removeContainer(req, scope(ctx)),
    listContainers: (req, ctx) => runtime.listContainers(req, scope(ctx)),
    containerStatus: (req, ctx) => runtime.containerStatus(req, scope(ctx)),
    updateContainerResources: (req, ctx) => runtime.updateContainerResources(req, scope(ctx)),
    reopenContainerLog: (req, ctx) => runtime.reopenContainerLog(req, scope(ctx)),
    execSync: (req, ctx) => runtime.execSync(req, scope(ctx)),
    exec: async (req, ctx) => {
      const c = daemon.store.require(ns(scope(ctx)), id(req.containerId));
      return execStream(daemon, c, req, {
        send: (m) => ctx.stream.send(m),
        input: ctx.stream,
        signal: ctx.signal,
      });
    },
    attach: async (req, ctx) => {
      const c = daemon.store.require(ns(scope(ctx)), id(req.containerId));
      return attachStream(daemon, c, req, {
        send: (m) => ctx.stream.send(m),
        input: ctx.stream,
        signal: ctx.signal,
      });
    },
    pauseContainer: (req, ctx) => runtime.pauseContainer(req, scope(ctx)),
    resumeContainer: (req, ctx) => runtime.resumeContainer(req, scope(ctx)),
    killContainer: (req, ctx) => runtime.killContainer(req, scope(ctx)),
    waitContainer: (req, ctx) => runtime.waitContainer(req, scope(ctx)),
    listContainerPids: (req, ctx) => runtime.listContainerPids(req, scope(ctx)),
    containerStats: (req, ctx) => runtime.containerStats(req, scope(ctx)),
    listContainerStats: (req, ctx) => runtime.listContainerStats(req, scope(ctx)),
  };
  server.register(RuntimeApi, runtimeImpl);
  server.register(RuntimeLogsApi, {
    containerLogs: async (req, ctx) => {
      const c = daemon.store.require(ns(scope(ctx)), id(req.containerId));
      const entries = readContainerLogs(c, {
        follow: req.follow ?? false,
        tail: req.tail ?? 0,
        since: toBigInt(req.since),
        signal: ctx.signal,
      });
      for await (const e of entries) {
        await ctx.stream.send({
          timestamp: toInt64(e.timestamp),
          stream: e.stream,
          line: e.line,
          partial: e.partial,
        });
      }
      return {};
    },
  });
  server.register(ImagesApi, {
    listImages: (req) => images.listImages(req),
    imageStatus: (req) => images.imageStatus(req),
    pullImage: (req, ctx) => images.pullImage(ns(scope(ctx)), req, ctx.signal),
    pullImageProgress: (req, ctx) =>
      images.pullImageProgress(ns(scope(ctx)), req, {
        send: (m) => ctx.stream.send(m),
        signal: ctx.signal,
      }),
    removeImage: (req, ctx) => images.removeImage(ns(scope(ctx)), req),
    importImage: (req, ctx) => images.importImage(ns(scope(ctx)), req, ctx.stream),
    exportImage: (req, ctx) =>
      images.exportImage(req, { send: (m) => ctx.stream.send(m), signal: ctx.signal }),
    imageFsInfo: () => images.imageFsInfo(),
  });
  server.register(EventsApi, {
    subscribe: async (req, ctx) => {
      const sub = bus.subscribe({
        filters: req.filters ?? [],
        sinceSequence: toBigInt(req.sinceSequence),
        sinceTime: toBigInt(req.sinceTime),
        signal: ctx.signal,
      });
      for await (const e of sub) await ctx.stream.send(e);
      return {};
    },
  });
}
