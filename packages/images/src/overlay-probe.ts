import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { unmountUnder } from './mounts.js';

const probePrefix = '.overlay-probe-';

export interface OverlayProbe {
  ok: boolean;
  /** Why overlay cannot be used (for the log). */
  reason?: string;
}

/**
 * Mounts a tiny overlay under `dir` (the filesystem the snapshots live on, which is what matters:
 * overlayfs refuses some upper filesystems) and unmounts it. Only root can mount.
 */
export async function probeOverlay(dir: string): Promise<OverlayProbe> {
  if (process.getuid?.() !== 0) return { ok: false, reason: 'not running as root' };
  await removeEarlierProbes(dir);
  const base = join(dir, `${probePrefix}${process.pid}-${randomBytes(4).toString('hex')}`);
  const lower = join(base, 'l');
  const upper = join(base, 'u');
  const work = join(base, 'w');
  const merged = join(base, 'm');
  let stillMounted = false;
  try {
    for (const d of [lower, upper, work, merged]) await mkdir(d, { recursive: true });
    const opts = `lowerdir=${lower},upperdir=${upper},workdir=${work}`;
    const r = await execa('mount', ['-t', 'overlay', 'overlay', '-o', opts, merged], { reject: false });
    if (r.exitCode !== 0) return { ok: false, reason: `mount -t overlay: ${r.stderr || r.shortMessage}` };
    stillMounted = (await execa('umount', [merged], { reject: false })).exitCode !== 0;
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  } finally {
    // Never remove a tree with a mount still in it.
    if (stillMounted) await execa('umount', ['-l', merged], { reject: false });
    await rm(base, { recursive: true, force: true });
  }
}

/**
 * What the probe of a corrald killed mid-probe left: its overlay still mounted, its directories.
 * One corrald holds a root at a time (the root lock), so every probe directory found is a dead one's.
 */
async function removeEarlierProbes(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(probePrefix))) {
    const base = join(dir, name);
    // Never remove a tree with a mount still in it.
    await unmountUnder(base);
    await rm(base, { recursive: true, force: true });
  }
}
