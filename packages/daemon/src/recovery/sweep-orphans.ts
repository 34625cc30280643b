import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isValidIdentifier } from '@corral/api';
import { removeBundle } from '../containers/bundle.js';
import type { DaemonContext } from '../context.js';
import { pooledShimNamespace, sweepPooledShims } from '../shims/shim-pool.js';

/**
 * Pooled shims no record adopted, and group shims no live task needs, are killed (shim-pool.ts).
 * Bundles no record names (a removal that got past the record, or a rename-aside a crash
 * interrupted) are unmounted and deleted; a record is always written before its bundle is made.
 */
export async function sweepOrphans(ctx: DaemonContext): Promise<void> {
  // A group's shim outlives any one member: only members whose task lives keep it.
  const adopted = new Set(
    ctx.store.all().flatMap((c) => {
      const s = c.record.shim;
      return s?.dir && (s.group === undefined || !c.record.taskDeleted) ? [s.dir] : [];
    }),
  );
  sweepPooledShims(
    ctx.layout.pooledShimsDir,
    adopted,
    (id) => ctx.layout.shimSocket(pooledShimNamespace, id),
    ctx.logger,
  );
  const base = join(ctx.layout.state, 'bundles');
  if (!existsSync(base)) return;
  for (const ns of readdirSync(base)) {
    if (!isValidIdentifier(ns)) continue;
    const dir = ctx.layout.bundlesDir(ns);
    for (const name of readdirSync(dir)) {
      const leftover = name.startsWith('.') && name.endsWith('.removing');
      if (!leftover && (!isValidIdentifier(name) || ctx.store.get(ns, name))) continue;
      ctx.logger.info({ namespace: ns, bundle: name }, 'removing an orphaned bundle');
      await removeBundle(join(dir, name));
    }
  }
}
