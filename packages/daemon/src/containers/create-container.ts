import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundleFiles, CorralError, errorReasons, type corral } from '@corral/api';
import { processStartTime } from '@corral/sys';
import { writeFileAtomic } from '../atomic-file.js';
import type { DaemonContext } from '../context.js';
import type { RuntimeHandler } from '../shims/runtime-handlers.js';
import { requestedShimGroup, shimGroupAnnotation } from '../shims/shim-groups.js';
import { criLoggerUri } from '../logs/cri-logger-binary.js';
import { buildOciSpec } from '../spec/oci-spec.js';
import { layerDirsOf, resolveUser } from '../spec/user.js';
import { shimCloseHandler, watchExit } from '../tasks/shim-link.js';
import { timeouts } from '../timeouts.js';
import { makeFifos } from '../util/fifo.js';
import { nowString } from '../util/time.js';
import { makeBundle } from './bundle.js';
import { Container } from './container.js';
import { publishContainerCreate } from './container-events.js';
import type { ContainerRecord } from './container-record.js';
import { defaultContainerName, newContainerId } from './names.js';
import { normalizeConfig, validateLogPath } from './normalize-config.js';
import { endTask, removeContainerFiles } from './teardown.js';

/** The stdin FIFO of a container created with stdin: Attach writes into it. */
export const stdinFifoName = 'stdin';

/**
 * CreateContainer. The record is written first (phase `creating`), then the bundle, the rootfs
 * snapshot, config.json, the shim and the task. Any failure undoes what was made, in reverse
 * order; a crash in the middle leaves the `creating` record, and start-up recovery rolls it back
 * (the client never got the id, so finishing the create for it would make a container nobody
 * knows about): recovery/rollback-create.ts.
 */
export async function createContainer(
  ctx: DaemonContext,
  namespace: string,
  request: corral.v1.ContainerConfig.$Properties | null | undefined,
): Promise<string> {
  const config = normalizeConfig(request);
  const handler = ctx.handlers.get(request?.runtimeHandler ?? '');
  const requestedLog = request?.logPath ? validateLogPath(request.logPath) : '';
  const group = requestedShimGroup(config.annotations);
  if (group !== undefined && handler.shim !== 'corral-shim') {
    throw new CorralError(
      'InvalidArgument',
      `annotation ${shimGroupAnnotation}: shim groups are corral-shim's (runtime handler ${JSON.stringify(handler.name)} runs ${handler.shim})`,
    );
  }
  const image = await ctx.images.get(config.image);
  if (!image) {
    throw new CorralError('NotFound', `image ${JSON.stringify(config.image)}`, {
      hint: 'pull it (corral pull) or import it (corral import <archive>)',
      reason: errorReasons.imageNotFound,
    });
  }
  const id = newContainerId();
  config.name ||= defaultContainerName(id);
  const record: ContainerRecord = {
    version: 1,
    id,
    namespace,
    phase: 'creating',
    config,
    imageRef: config.image,
    imageId: image.id,
    runtimeHandler: handler.name,
    rootfsKey: id,
    logPath: requestedLog || ctx.layout.defaultLogPath(namespace, id),
    ownLogPath: !requestedLog,
    stopSignal: config.stopSignal,
    createdAt: nowString(),
    state: 'created',
    oomKilled: false,
    restartCount: 0,
    taskDeleted: false,
  };
  const c = ctx.store.add(new Container(record, ctx.logger)); // AlreadyExists for a taken name
  try {
    await c.lock.run(async () => {
      await ctx.store.save(c);
      await ctx.failpoints?.hit('create.after-record', { containerId: id });
      await makeTask(ctx, c, handler, group);
    });
  } catch (err) {
    c.logger.warn({ err }, 'create failed; rolling back');
    await rollbackCreate(ctx, c).catch((rollbackErr: unknown) =>
      c.logger.error(
        { err: rollbackErr },
        'rolling back a failed create failed; start-up recovery will retry',
      ),
    );
    throw err;
  }
  c.logger.info(
    { name: c.name, image: c.record.imageRef, runtimeHandler: handler.name },
    'container created',
  );
  publishContainerCreate(ctx, c);
  return id;
}

async function makeTask(
  ctx: DaemonContext,
  c: Container,
  handler: RuntimeHandler,
  group: string | undefined,
): Promise<void> {
  const { config } = c.record;
  const bundle = ctx.layout.bundle(c.namespace, c.id);
  makeBundle(bundle);
  const rootfs = await ctx.images.prepareRootfs(c.record.imageId, c.record.rootfsKey);
  const imageConfig = (await ctx.images.imageConfig(c.record.imageId)) ?? {};
  const user = resolveUser(config.user || imageConfig.User || '', layerDirsOf(rootfs.mounts));
  c.record.stopSignal = config.stopSignal || imageConfig.StopSignal || 'SIGTERM';
  mkdirSync(dirname(c.record.logPath), { recursive: true, mode: 0o700 });
  const spec = buildOciSpec({
    id: c.id,
    config,
    image: imageConfig,
    user,
    criLogPath: handler.shim === 'corral-shim' ? c.record.logPath : undefined,
    cgroupsPath: `/corral/${c.namespace}/${c.id}`,
  });
  await writeFileAtomic(join(bundle, bundleFiles.config), JSON.stringify(spec, null, 1));
  const stdin = config.stdin ? join(bundle, stdinFifoName) : '';
  if (stdin) await makeFifos([stdin]);

  const launched = await handler.launcher.launch({
    namespace: c.namespace,
    id: c.id,
    bundle,
    socket: ctx.layout.shimSocket(c.namespace, c.id),
    ...(group !== undefined ? { group } : {}),
    logger: c.logger,
    onClose: shimCloseHandler(ctx, c),
  });
  c.shim = launched.conn;
  c.logFifo = launched.logFifo;
  await ctx.failpoints?.hit('create.after-launch', { containerId: c.id, shimPid: launched.pid });
  await ctx.store.save(c, (r) => {
    r.shim = {
      pid: launched.pid,
      startTime: launched.startTime.toString(),
      socket: launched.socket,
      binary: handler.shimBinary,
      ...(launched.dir ? { dir: launched.dir } : {}),
      ...(launched.group !== undefined ? { group: launched.group } : {}),
    };
  });
  await ctx.failpoints?.hit('create.after-shim-record', { containerId: c.id });
  // corral-shim writes the CRI log from the config.json annotation; containerd's shim gets a
  // logging binary (corral-cri-logger) for stdout and stderr.
  const out = handler.shim === 'corral-shim' ? '' : criLoggerUri(c.record.logPath);
  const created = await launched.conn.task.create(
    {
      id: c.id,
      bundle,
      rootfs: rootfs.mounts.map((m) => ({ type: m.type, source: m.source, options: [...m.options] })),
      terminal: config.tty,
      stdin,
      stdout: out,
      stderr: config.tty ? '' : out,
      options: handler.createOptions(),
    },
    launched.conn.opts(timeouts.shimCreateMs),
  );
  const pid = created.pid ?? 0;
  await ctx.failpoints?.hit('create.after-task', { containerId: c.id, initPid: pid });
  await ctx.store.save(c, (r) => {
    r.pid = pid;
    r.pidStartTime = String(processStartTime(pid) ?? '');
    r.phase = 'ready';
  });
  watchExit(ctx, c, launched.conn);
}

/** Undoes a create that failed or was interrupted: task, shim, files, record. Never throws less than it must. */
export async function rollbackCreate(ctx: DaemonContext, c: Container): Promise<void> {
  c.removing = true;
  await endTask(ctx, c);
  await removeContainerFiles(ctx, c);
}
