import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ensureBuiltinBusybox, ImageStore } from '@corral/images';
import pino, { type Logger } from 'pino';
import { ApiServer } from './api-server/index.js';
import { ContainerStore } from './containers/container-store.js';
import type { DaemonContext } from './context.js';
import { EventBus, EventJournal, EventsReceiver } from './events/index.js';
import { Failpoints } from './failpoints.js';
import type { ImageStorePort } from './images/image-store-port.js';
import { resolveRegistrySettings, type RegistrySettings } from './images/registry-settings.js';
import { reconcileOnStart, type RecoveryReport } from './recovery/reconcile-on-start.js';
import { pooledShimNamespace } from './shims/shim-pool.js';
import { acquireRootLock, type RootLock } from './root-lock.js';
import { ImagesService } from './services/images-service.js';
import { registerServices } from './services/register-services.js';
import { RuntimeService } from './services/runtime-service.js';
import { resolveCorralShimBinary } from './shims/shim-binary.js';
import { RuntimeHandlers } from './shims/runtime-handlers.js';
import { StateLayout } from './state-layout.js';
import { handleTaskEvent } from './tasks/task-events.js';

export interface DaemonOptions {
  /** What survives a reboot: records, logs, images, the event journal. */
  root: string;
  /** What lives while the machine is up: bundles, sockets, runc state. */
  state: string;
  /** The API socket. */
  socket: string;
  logLevel?: string;
  /** Default: a pino logger at `logLevel` writing NDJSON to stdout. */
  logger?: Logger;
  /** Also serve the API on TCP (loopback), each client with `Authorization: Bearer <token>`. */
  listen?: { host: string; port: number; token: string };
  /** corral-shim; default: on PATH, else the @corral/shim package's bin. */
  shimBinary?: string;
  /** Idle corral-shims kept ready for new containers of the default namespace (default 0). */
  shimPool?: number;
  /** containerd-shim-runc-v2 for the io.containerd.runc.v2 handler; default: on PATH. */
  containerdShimBinary?: string;
  /** Registry settings for pulls (default: `corral login`'s auth file, no insecure registry). */
  registries?: Partial<RegistrySettings>;
  /** A test seam: the image store (default: @corral/images on <root>/images). */
  images?: ImageStorePort;
  /** Import the built-in busybox image at start when missing (default true). */
  builtinImages?: boolean;
  /** Test hooks, `name=action,…` (failpoints.ts); the bin reads CORRAL_FAILPOINTS. */
  failpoints?: string;
  /** The root lock was compromised: the daemon must stop, loudly (the bin exits non-zero). */
  onFatal?: (err: Error) => void;
}

export interface Daemon {
  readonly layout: StateLayout;
  readonly context: DaemonContext;
  readonly runtime: RuntimeService;
  readonly images: ImagesService;
  readonly bus: EventBus;
  readonly recovery: RecoveryReport;
  /** The bound TCP address when `listen` was given. */
  readonly tcp: { host: string; port: number } | undefined;
  /** Stops serving and lets go of the shims (they keep running), then of the lock. Idempotent. */
  close(): Promise<void>;
}

/**
 * corrald: lock the root, open the images and the event journal, load the records, listen for
 * shim events, reconcile every container with its shim (before serving, as containerd does), then
 * serve the API. Every step undoes the ones before it when a later one fails.
 */
export async function startDaemon(o: DaemonOptions): Promise<Daemon> {
  const logger = o.logger ?? pino({ level: o.logLevel ?? 'info' });
  const logLevel = o.logLevel ?? logger.level;
  const layout = new StateLayout(resolve(o.root), resolve(o.state), resolve(o.socket));
  mkdirSync(layout.state, { recursive: true, mode: 0o711 });
  mkdirSync(dirname(layout.apiSocket), { recursive: true, mode: 0o711 });
  const failpoints = Failpoints.parse(o.failpoints, logger);
  const undo: (() => Promise<unknown>)[] = [];
  const rollback = async () => {
    for (const u of undo.reverse()) await u().catch((err: unknown) => logger.warn({ err }, 'undo failed'));
  };
  try {
    let stopping = false;
    const lock: RootLock = await acquireRootLock(layout, (err) => {
      if (stopping) return;
      logger.fatal(
        { err, root: layout.root },
        'the root lock was compromised: another process touched it; stopping',
      );
      o.onFatal?.(err);
    });
    undo.push(() => lock.release());

    const images =
      o.images ??
      (await ImageStore.open(layout.imagesRoot, { logger: logger.child({ component: 'images' }) }));
    if (!o.images && o.builtinImages !== false) {
      await ensureBuiltinBusybox(images as ImageStore).catch((err: unknown) =>
        logger.warn({ err }, 'the built-in busybox image could not be imported'),
      );
    }
    const eventsLogger = logger.child({ component: 'events' });
    const journal = await EventJournal.open(layout.root, { logger: eventsLogger });
    undo.push(() => journal.close());
    const bus = new EventBus({ journal, logger: eventsLogger });
    undo.push(() => bus.close());

    const store = new ContainerStore(layout, logger);
    const containers = store.load();
    const handlers = new RuntimeHandlers({
      corralShimBinary: resolveCorralShimBinary(o.shimBinary),
      ...(o.containerdShimBinary ? { containerdShimBinary: o.containerdShimBinary } : {}),
      apiSocket: layout.apiSocket,
      eventsSocket: layout.eventsSocket,
      runcRoot: layout.runcRoot,
      logLevel,
      shimDirs: {
        dir: layout.pooledShimsDir,
        socketOf: (id: string) => layout.shimSocket(pooledShimNamespace, id),
      },
      ...(o.shimPool
        ? { shimPool: { size: o.shimPool, logger: logger.child({ component: 'shim-pool' }) } }
        : {}),
    });
    undo.push(() => Promise.resolve(handlers.closePool()));
    const context: DaemonContext = { layout, store, images, handlers, events: bus, logger, failpoints };
    // Events that arrive while recovery runs (shims' outboxes sending what they held) are journaled
    // and fanned out at once, but acted on only after it: recovery owns every container until then.
    let recovered!: () => void;
    const recovering = new Promise<void>((resolve) => (recovered = resolve));
    bus.onEvent(async (e) => {
      await recovering;
      await handleTaskEvent(context, e);
    });
    undo.push(() => Promise.resolve(recovered()));
    const receiver = await EventsReceiver.listen({
      socketPath: layout.eventsSocket,
      bus,
      logger: eventsLogger,
    });
    undo.push(() => receiver.close());
    undo.push(() => releaseShims(context));

    const recovery = await reconcileOnStart(context, containers);
    recovered();
    handlers.startPool();
    const runtime = new RuntimeService(context, () => recovery);
    const imagesService = new ImagesService(context, resolveRegistrySettings(o.registries));
    const api = new ApiServer({ logger: logger.child({ component: 'api' }) });
    undo.push(() => api.close());
    registerServices(api, context, runtime, imagesService, bus);
    await api.listenUnix(layout.apiSocket);
    const tcp = o.listen
      ? await api.listenTcp(o.listen.host, o.listen.port, { token: o.listen.token })
      : undefined;
    logger.info(
      {
        root: layout.root,
        state: layout.state,
        socket: layout.apiSocket,
        tcp,
        containers: containers.length,
      },
      'corrald serving',
    );

    let closing: Promise<void> | undefined;
    return {
      layout,
      context,
      runtime,
      images: imagesService,
      bus,
      recovery,
      tcp,
      close: () => {
        closing ??= (async () => {
          stopping = true;
          await rollback();
          logger.info('corrald stopped; shims keep running');
        })();
        return closing;
      },
    };
  } catch (err) {
    await rollback();
    throw err;
  }
}

/** On shutdown: close our side of every shim connection; the shims and containers live on. */
async function releaseShims(ctx: DaemonContext): Promise<void> {
  await Promise.all(
    ctx.store.all().map(async (c) => {
      c.gone.abort();
      c.logFifo?.close();
      c.logFifo = undefined;
      const conn = c.shim;
      c.shim = undefined;
      await conn?.close();
    }),
  );
}
