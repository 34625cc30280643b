import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { containerd } from '@corral/api';
import type { Container } from '../containers/container.js';
import type { DaemonContext } from '../context.js';
import { execFifoDir } from '../exec/exec-process.js';
import { timeouts } from '../timeouts.js';

const Status = containerd.v1.types.Status;
const execIdRe = /^(exec-[0-9a-f]+)\.(out|err|in)$/;

/**
 * Execs a crash left behind: their stdio were FIFOs only the dead corrald read, so nothing can
 * ever take their output or give their result to anyone. Each is killed and deleted in the shim,
 * and its FIFOs removed — before the API serves, so no new exec's FIFOs are touched. Returns how
 * many there were.
 */
export async function cleanupLeftoverExecs(ctx: DaemonContext, c: Container): Promise<number> {
  const dir = execFifoDir(ctx.layout.bundle(c.namespace, c.id));
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  const execIds = new Set(names.map((n) => execIdRe.exec(n)?.[1]).filter((x): x is string => !!x));
  const conn = c.shim;
  for (const execId of execIds) {
    if (!conn || conn.closed) break;
    const ref = { id: c.id, execId };
    try {
      const state = await conn.task.state(ref, conn.opts());
      if (state.status === Status.RUNNING || state.status === Status.PAUSED) {
        await conn.task.kill({ ...ref, signal: 9 }, conn.opts());
        await conn.task.wait(ref, conn.opts(timeouts.execDrainMs)).catch(() => undefined);
      }
      await conn.task.delete(ref, conn.opts());
    } catch (err) {
      if ((err as { code?: string }).code !== 'NotFound') {
        c.logger.warn({ err, execId }, 'ending an exec a crash left behind failed');
      }
    }
  }
  await Promise.all(names.map((n) => rm(join(dir, n), { force: true })));
  if (execIds.size > 0) c.logger.info({ execs: [...execIds] }, 'ended execs a crash left behind');
  return execIds.size;
}
