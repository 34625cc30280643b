import { rmSync } from 'node:fs';
import type { Logger } from 'pino';
import type { GroupShim } from './shim-groups.js';
import { stopShim } from './stop-shim.js';

/**
 * A group's shim whose last member left: Shutdown (it exits once it holds no container, after
 * draining its outbox), wait for it to go, kill it if it stays (it holds nothing of ours any more),
 * and remove its socket and directory. A dead one only has its files removed.
 */
export async function closeGroupShim(g: GroupShim, logger: Logger): Promise<void> {
  const log = logger.child({ shimPid: g.pid, shimDir: g.dir, shimGroup: g.group });
  await stopShim(g, undefined, log);
  rmSync(g.socket, { force: true });
  rmSync(g.dir, { recursive: true, force: true });
  log.debug('the group shim is gone');
}
