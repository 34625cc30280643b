import type { TaskService } from '@corral/api/task';
import { containerd, CorralError, errorCode, toTimestamp, typeUrls, unpackAny } from '@corral/api/task';
import type { ServiceImpl } from '@corral/ttrpc';
import type { Logger } from 'pino';
import type { Container } from './container.js';
import { createContainer } from './container-create.js';
import type { ShimContext } from './shim-context.js';

export interface TaskServiceHooks {
  /** Shutdown with no container left: the shim should exit after replying. */
  onShutdown(now: boolean): void;
}

/**
 * containerd.task.v2.Task: each handler validates, looks the container up, delegates, and lets the
 * ttrpc server translate a CorralError to its status (once, at the edge).
 */
export function createTaskService(
  ctx: ShimContext,
  hooks: TaskServiceHooks,
): {
  impl: ServiceImpl<typeof TaskService>;
  containers: Map<string, Container>;
} {
  const containers = new Map<string, Container>();
  const creating = new Set<string>();

  const get = (id: string | null | undefined): Container => {
    const c = containers.get(id ?? '');
    if (!c) throw new CorralError('NotFound', 'container not created');
    return c;
  };

  const logged =
    <Req, Res>(method: string, fn: (req: Req) => Promise<Res>) =>
    async (req: Req): Promise<Res> => {
      const id = (req as { id?: string }).id;
      const execId = (req as { execId?: string }).execId || undefined;
      const log: Logger = ctx.logger.child({ method, containerId: id, execId });
      log.debug('request');
      try {
        return await fn(req);
      } catch (err) {
        const code = errorCode(err);
        const level = code === 'Unknown' || code === 'Internal' ? 'error' : 'info';
        log[level]({ err, code }, 'request failed');
        throw err;
      }
    };

  const impl: ServiceImpl<typeof TaskService> = {
    state: logged('State', (req) => {
      const c = get(req.id);
      return Promise.resolve(c.process(req.execId ?? '').stateResponse(c.bundle));
    }),
    create: logged('Create', async (req) => {
      const id = req.id ?? '';
      if (containers.has(id) || creating.has(id)) throw new CorralError('AlreadyExists', `container ${id}`);
      creating.add(id);
      try {
        const c = await createContainer(req, ctx);
        containers.set(c.id, c);
        return { pid: c.init.pid };
      } finally {
        creating.delete(id);
      }
    }),
    start: logged('Start', async (req) => ({ pid: await get(req.id).start(req.execId ?? '') })),
    delete: logged('Delete', async (req) => {
      const c = get(req.id);
      if (req.execId) return c.deleteExec(req.execId);
      const reply = await c.deleteInit();
      containers.delete(c.id);
      return reply;
    }),
    pids: logged('Pids', async (req) => ({ processes: await get(req.id).pids() })),
    pause: logged('Pause', async (req) => {
      await get(req.id).pause();
      return {};
    }),
    resume: logged('Resume', async (req) => {
      await get(req.id).resume();
      return {};
    }),
    checkpoint: logged('Checkpoint', async (req) => {
      const c = get(req.id);
      let exit = false;
      let workPath = '';
      if (req.options?.type_url === typeUrls.RuncCheckpointOptions) {
        const o = unpackAny(
          req.options,
          typeUrls.RuncCheckpointOptions,
          containerd.runc.v1.CheckpointOptions,
        );
        exit = o.exit ?? false;
        workPath = o.workPath ?? '';
      } else if (req.options?.type_url === typeUrls.LinuxCheckpointOptions) {
        const o = unpackAny(
          req.options,
          typeUrls.LinuxCheckpointOptions,
          containerd.linux.runc.CheckpointOptions,
        );
        exit = o.exit ?? false;
        workPath = o.workPath ?? '';
      }
      await c.checkpoint(req.path ?? '', exit, workPath);
      return {};
    }),
    kill: logged('Kill', async (req) => {
      const signal = req.signal ?? 0;
      if (!Number.isInteger(signal) || signal < 0 || signal > 64)
        throw new CorralError('InvalidArgument', `invalid signal ${signal}`);
      await get(req.id).kill(req.execId ?? '', signal, req.all ?? false);
      return {};
    }),
    exec: logged('Exec', (req) => {
      const c = get(req.id);
      c.addExec(
        req.execId ?? '',
        {
          stdin: req.stdin ?? '',
          stdout: req.stdout ?? '',
          stderr: req.stderr ?? '',
          terminal: req.terminal ?? false,
        },
        req.spec,
      );
      return Promise.resolve({});
    }),
    resizePty: logged('ResizePty', (req) => {
      get(req.id).resizePty(req.execId ?? '', req.width ?? 0, req.height ?? 0);
      return Promise.resolve({});
    }),
    closeIO: logged('CloseIO', (req) => {
      if (req.stdin) get(req.id).closeIO(req.execId ?? '');
      return Promise.resolve({});
    }),
    update: logged('Update', async (req) => {
      await get(req.id).update(req.resources ?? undefined, req.annotations ?? {});
      return {};
    }),
    wait: logged('Wait', async (req) => {
      const exit = await get(req.id)
        .process(req.execId ?? '')
        .wait();
      return { exitStatus: exit.exitStatus, exitedAt: toTimestamp(exit.exitedAt) };
    }),
    stats: logged('Stats', (req) => Promise.resolve({ stats: get(req.id).stats() })),
    connect: logged('Connect', (req) => {
      // Whoever reconnects is usually the events receiver back from a restart.
      ctx.publisher.retryNow();
      const c = containers.get(req.id ?? '');
      return Promise.resolve({ shimPid: process.pid, taskPid: c?.init.pid ?? 0 });
    }),
    shutdown: logged('Shutdown', (req) => {
      if (containers.size === 0 && creating.size === 0) hooks.onShutdown(req.now ?? false);
      return Promise.resolve({});
    }),
  };
  return { impl, containers };
}
