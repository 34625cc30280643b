import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { bundleFiles, envNames, TaskService, validateIdentifier } from '@corral/api/task';
import { setChildSubreaper } from '@corral/sys';
import { type ListenTarget, Server } from '@corral/ttrpc';
import { writeFileAtomic } from './atomic-file.js';
import { ChildGuard } from './child-guard.js';
import type { ShimFlags } from './flags.js';
import { createShimLogger } from './logger.js';
import { EventPublisher } from './publisher.js';
import { fromAddress } from './socket-address.js';
import { createTaskService } from './task-service.js';
import { timeouts } from './timeouts.js';
import { servingV8Flags } from './tuning.js';

export interface ServeOptions {
  flags: ShimFlags;
  bundle: string;
  env: NodeJS.ProcessEnv;
  /** fd 3 when started by `start` (the socket is already bound), or a path to bind (corrald). */
  listen: ListenTarget;
}

/**
 * Serve mode: the long-lived shim. Subreaper first (the init runc creates must land on us), then
 * the log, the event outbox, and the task service on its socket. Resolves with the exit code once
 * Shutdown found no container left; it outlives whoever started it (its own session).
 */
export async function runServe(o: ServeOptions): Promise<number> {
  const namespace = validateIdentifier(o.flags.namespace, 'namespace');
  setChildSubreaper();
  const level = o.flags.logLevel || (o.flags.debug ? 'debug' : 'info');
  const logger = createShimLogger({
    file: join(o.bundle, bundleFiles.shimLog),
    fifo: join(o.bundle, bundleFiles.log),
    level,
    // shimId, not containerId: request loggers add the containerId they act on (JSON keys must not repeat).
    bindings: { namespace, shimId: o.flags.id },
  });
  writeFileAtomic(join(o.bundle, bundleFiles.shimPid), `${process.pid}\n`, 0o644);
  const publisher = new EventPublisher({
    // containerd passes a bare path; dial() also takes unix://.
    address: o.env[envNames.ttrpcAddress] || undefined,
    namespace,
    outboxPath: join(o.bundle, bundleFiles.outbox),
    logger,
  });
  const children = new ChildGuard(logger);
  process.on('SIGCHLD', () => children.sweep());

  let finish!: (code: number) => void;
  const finished = new Promise<number>((resolve) => (finish = resolve));
  const server = new Server({ onWarning: (w) => logger.warn({ warning: w }, 'ttrpc warning') });
  let shuttingDown = false;
  const shutdown = (now: boolean) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ now }, 'shutting down');
    // Reply first (ttrpc sends the Shutdown reply before this runs), then drain events and go.
    setImmediate(() => {
      void (async () => {
        const drained = await publisher.close(now ? 0 : timeouts.shutdownDrainMs);
        if (!drained) logger.warn('exiting with events not yet acknowledged; they stay in the outbox');
        await server.close().catch(() => undefined);
        removeSocket(o);
        finish(0);
      })();
    });
  };
  const { impl, containers } = createTaskService(
    { namespace, publisher, children, logger },
    { onShutdown: shutdown },
  );
  server.register(TaskService, impl);
  const onSignal = (sig: NodeJS.Signals) => {
    if (containers.size === 0) shutdown(true);
    else logger.warn({ signal: sig, containers: containers.size }, 'ignoring signal while containers run');
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  await server.listen(o.listen);
  for (const flag of servingV8Flags) setFlagsFromString(flag);
  logger.info({ listen: typeof o.listen === 'string' ? o.listen : `fd ${o.listen.fd}` }, 'serving');
  return finished;
}

function removeSocket(o: ServeOptions): void {
  try {
    const path =
      typeof o.listen === 'string'
        ? o.listen
        : fromAddress(readFileSync(join(o.bundle, bundleFiles.address), 'utf8').trim());
    if (!path.startsWith('\0')) rmSync(path, { force: true });
  } catch {
    // no address file: nothing of ours to remove
  }
}
