import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { bundleFiles, containerd, CorralError, topics, typeUrls, validateIdentifier } from '@corral/api/task';
import { Runc } from '@corral/runc';
import { ConsoleSocket, processStartTime } from '@corral/sys';
import { writeFileAtomic } from './atomic-file.js';
import { consoleSocketPath, receivePty } from './console.js';
import { Container } from './container.js';
import { CriLogWriter } from '@corral/api/cri-log';
import { mountRootfs, unmountAll } from './mounts.js';
import { readBundleConfig, shimAnnotations } from './oci-config.js';
import { ShimProcess } from './process.js';
import { ProcessIo } from './process-io.js';
import { runtimeError } from './runtime-errors.js';
import { decodeRuntimeOptions, writeRuntimeOptions } from './runtime-options.js';
import type { ShimContext } from './shim-context.js';

type CreateRequest = containerd.task.v2.CreateTaskRequest.$Properties;

/**
 * Create: check the request, mount the rootfs, open stdio, `runc create`, watch the init, publish
 * TaskCreate. Every step is undone in reverse when a later one fails, so a failed Create leaves no
 * mount, no runc state and no open fd behind.
 */
export async function createContainer(req: CreateRequest, ctx: ShimContext): Promise<Container> {
  const id = validateIdentifier(req.id ?? '', 'container id');
  const bundle = req.bundle ?? '';
  if (!isAbsolute(bundle))
    throw new CorralError('InvalidArgument', `bundle ${JSON.stringify(bundle)} must be an absolute path`);
  if (!existsSync(bundle) || !statSync(bundle).isDirectory())
    throw new CorralError('NotFound', `bundle ${bundle} does not exist`);
  if (req.checkpoint)
    throw new CorralError('Unimplemented', 'restoring a task from a checkpoint is not supported');
  const config = readBundleConfig(bundle);
  const options = decodeRuntimeOptions(req.options, ctx.namespace);
  const terminal = req.terminal === true;
  if (terminal !== config.terminal) {
    throw new CorralError(
      'InvalidArgument',
      `terminal=${terminal} but the bundle's process.terminal is ${config.terminal}`,
    );
  }
  const stdio = { stdin: req.stdin ?? '', stdout: req.stdout ?? '', stderr: req.stderr ?? '', terminal };
  writeRuntimeOptions(bundle, options);
  const runc = new Runc({
    command: options.binaryName,
    root: options.root,
    log: join(bundle, bundleFiles.runcLog),
    logFormat: 'json',
    systemdCgroup: options.systemdCgroup,
    criu: options.criuPath || undefined,
  });

  const undo: (() => unknown)[] = [];
  const rollback = async () => {
    for (const u of undo.reverse())
      await Promise.resolve()
        .then(u)
        .catch(() => undefined);
  };
  try {
    const rootfs = join(bundle, bundleFiles.rootfs);
    const mounts = req.rootfs ?? [];
    if (mounts.length > 0) {
      await ctx.children.track(() => mountRootfs(mounts, rootfs));
      undo.push(() => ctx.children.track(() => unmountAll(rootfs)));
    }
    const logPath = config.annotations[shimAnnotations.criLogPath];
    const criLog = logPath ? openCriLog(logPath) : undefined;
    if (criLog) undo.push(() => criLog.close());
    const io = ProcessIo.open(stdio, criLog);
    undo.push(() => io.close(0));
    let consoleSock: ConsoleSocket | undefined;
    let pty: Promise<number> | undefined;
    if (terminal) {
      consoleSock = await ConsoleSocket.listen(consoleSocketPath());
      undo.push(() => consoleSock?.close());
      pty = receivePty(consoleSock);
    }
    let pid: number;
    try {
      pid = await ctx.children.track(() =>
        runc.create(id, {
          bundle,
          pidFile: join(bundle, bundleFiles.initPid),
          consoleSocket: consoleSock?.path,
          noPivot: options.noPivotRoot,
          noNewKeyring: options.noNewKeyring,
          io: io.runtime,
        }),
      );
    } catch (err) {
      throw runtimeError('create', err);
    }
    undo.push(() => ctx.children.track(() => runc.delete(id, { force: true })));
    const startTime = processStartTime(pid);
    if (startTime !== undefined)
      writeFileAtomic(join(bundle, bundleFiles.initStart), `${startTime}\n`, 0o644);
    const init = new ShimProcess(id, '', stdio);
    init.io = io;
    const container = new Container(
      { id, bundle, runc, config, rootfsMounted: mounts.length > 0, criLog, ctx },
      init,
    );
    container.watchInit(pid, startTime);
    // Runs first on rollback: the init runc delete is about to kill was never announced.
    undo.push(() => container.abandon());
    if (pty) io.attachPty(await pty);
    consoleSock?.close();
    io.releaseChildFds();
    ctx.publisher.publish(topics.taskCreate, typeUrls.TaskCreate, containerd.events.TaskCreate, {
      containerId: id,
      bundle,
      rootfs: mounts,
      io: { stdin: stdio.stdin, stdout: stdio.stdout, stderr: stdio.stderr, terminal },
      checkpoint: req.checkpoint ?? '',
      pid,
    });
    return container;
  } catch (err) {
    await rollback();
    throw err;
  }
}

function openCriLog(path: string): CriLogWriter {
  if (!isAbsolute(path))
    throw new CorralError('InvalidArgument', `CRI log path ${JSON.stringify(path)} must be absolute`);
  return new CriLogWriter(path);
}
