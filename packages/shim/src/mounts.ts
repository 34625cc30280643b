import { mkdirSync, readFileSync } from 'node:fs';
import { CorralError, type containerd } from '@corral/api/task';
import { mountFilesystem, unmount } from '@corral/sys';

type Mount = containerd.types.Mount.$Properties;

/**
 * Mounts containerd's rootfs mounts onto `target` in order (type, source, options; the target field
 * is ignored, as containerd leaves it empty). Option words like `rbind`, `ro` and overlay's
 * `lowerdir=` become flags and data as containerd's mount package and mount(8) make them, and each
 * is one mount(2) through @corral/sys, not a mount(8) process (a fork of the shim per call). On
 * failure, what was mounted is unmounted again, so nothing half-made is left.
 */
export async function mountRootfs(mounts: readonly Mount[], target: string): Promise<void> {
  mkdirSync(target, { recursive: true, mode: 0o711 });
  let done = 0;
  try {
    for (const m of mounts) {
      const type = m.type ?? '';
      const source = m.source ?? '';
      if (type === '' || source === '')
        throw new CorralError(
          'InvalidArgument',
          `rootfs mount needs a type and a source: ${JSON.stringify(m)}`,
        );
      const options = (m.options ?? []).filter((o) => o.length > 0);
      if (type === 'bind' && !options.some((o) => o === 'bind' || o === 'rbind')) options.push('bind');
      await mountFilesystem(type, source, target, options).catch((err: unknown) => {
        throw new CorralError('InvalidArgument', (err as Error).message, { cause: err });
      });
      done++;
    }
  } catch (err) {
    if (done > 0) await unmountAll(target);
    throw err;
  }
}

/** Unmounts everything at or under `target`, deepest first; a target that is not mounted is fine. */
export async function unmountAll(target: string): Promise<void> {
  for (;;) {
    const mounted = mountPointsUnder(target);
    if (mounted.length === 0) return;
    for (const m of mounted) {
      await unmount(m).catch(async (err: unknown) => {
        // Busy (a process still has it open): detach it so the bundle can still go.
        await unmount(m, { detach: true }).catch(() => {
          if (mountPointsUnder(m).includes(m))
            throw new CorralError('Internal', `unmount ${m}: ${(err as Error).message}`);
        });
      });
    }
  }
}

/** Mount points at or under `dir`, deepest first (from /proc/self/mountinfo). */
export function mountPointsUnder(dir: string): string[] {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[4]?.replace(/\\040/g, ' '))
    .filter((p): p is string => p !== undefined && (p === dir || p.startsWith(prefix)))
    .sort((a, b) => b.length - a.length);
}
