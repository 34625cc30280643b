import { mkdirSync, rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { bundleFiles } from '@corral/api';
import { unmountUnder } from '../util/mounts.js';

/** Makes a fresh bundle directory (0700) with its rootfs mount point (0711), as containerd does. */
export function makeBundle(bundle: string): void {
  mkdirSync(dirname(bundle), { recursive: true, mode: 0o711 });
  rmSync(bundle, { recursive: true, force: true });
  mkdirSync(bundle, { mode: 0o700 });
  mkdirSync(join(bundle, bundleFiles.rootfs), { mode: 0o711 });
}

/**
 * Removes a bundle: unmount what is under it, rename it aside (a crash mid-delete leaves a dot
 * directory, never a half bundle that looks alive), then delete it.
 */
export async function removeBundle(bundle: string): Promise<void> {
  await unmountUnder(bundle);
  const name = bundle.split('/').pop() ?? 'bundle';
  if (name.startsWith('.')) {
    await rm(bundle, { recursive: true, force: true, maxRetries: 3 }); // already set aside
    return;
  }
  const aside = join(dirname(bundle), `.${name}.removing`);
  try {
    await rename(bundle, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  await rm(aside, { recursive: true, force: true, maxRetries: 3 });
}
