import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFiles, readOutbox } from '@corral/api';
import type { Container } from '../containers/container.js';
import type { DaemonContext } from '../context.js';
import { closeGroupShim } from '../shims/close-group-shim.js';

/** Whether `c` runs (or ran) under a shim group's shared shim. */
export function inShimGroup(c: Container): boolean {
  return c.record.shim?.group !== undefined && c.record.shim.dir !== undefined;
}

/**
 * A grouped container's task is deleted (or its shim died): it leaves the group. Its own connection
 * closes; the shim stays for the other members. The last one out shuts the shim down and removes
 * its directory, and the journal forgets its outbox. Idempotent: a second call finds it gone.
 */
export async function leaveShimGroup(ctx: DaemonContext, c: Container): Promise<void> {
  const dir = c.record.shim?.dir;
  const conn = c.shim;
  c.shim = undefined;
  await conn?.close();
  if (dir === undefined) return;
  const last = ctx.handlers.groups.leave(dir, c.id);
  if (!last) return;
  const outbox = join(dir, bundleFiles.outbox);
  const { source } = readOutbox(outbox);
  await closeGroupShim(last, c.logger);
  if (source !== undefined && !existsSync(outbox)) ctx.events.forgetSource?.(source);
}
