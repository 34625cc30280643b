import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { CorralError, type containerd } from '@corral/api/task';

type Mount = containerd.types.Mount.$Properties;

/**
 * Mounts containerd's rootfs mounts onto `target` in order (type, source, options; the target field
 * is ignored, as containerd leaves it empty). Through mount(8): it turns option words like `rbind`,
 * `ro` and overlay's `lowerdir=` into mount flags and data exactly as containerd's mount package does.
 * On failure, what was mounted is unmounted again, so nothing half-made is left.
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
      const args = type === 'bind' ? [] : ['-t', type];
      if (options.length > 0) args.push('-o', options.join(','));
      if (type === 'bind' && !options.some((o) => o === 'bind' || o === 'rbind')) args.push('--bind');
      const r = await runTool('mount', [...args, '--', source, target]);
      if (r.exitCode !== 0) {
        throw new CorralError(
          'InvalidArgument',
          `mount ${type} ${source} on ${target}: ${firstLine(r.stderr) || `exit status ${r.exitCode}`}`,
        );
      }
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
      const r = await runTool('umount', [m]);
      if (r.exitCode !== 0) {
        // Busy (a process still has it open): detach it so the bundle can still go.
        const lazy = await runTool('umount', ['-l', m]);
        if (lazy.exitCode !== 0 && mountPointsUnder(m).includes(m)) {
          throw new CorralError('Internal', `unmount ${m}: ${firstLine(lazy.stderr) || firstLine(r.stderr)}`);
        }
      }
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

/**
 * Runs mount(8) or umount(8) to the end. node:child_process, not execa (STYLE.md's default): execa
 * costs every shim ~3 MB and ~15 ms to load (docs/decisions.md, "Shim start time and memory"), and
 * these short calls need nothing of it. Never rejects: a tool that cannot start reads as a failure.
 */
function runTool(command: string, args: readonly string[]): Promise<{ exitCode: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { encoding: 'utf8' }, (err, _stdout, stderr) => {
      if (err === null) resolve({ exitCode: 0, stderr });
      else resolve({ exitCode: typeof err.code === 'number' ? err.code : -1, stderr: stderr || err.message });
    });
  });
}

/** mount(8)'s own words; it adds a line pointing at dmesg(1), which means nothing to a client. */
function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.trim() ?? '';
}
