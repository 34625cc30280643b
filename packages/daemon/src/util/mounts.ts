import { readFileSync } from 'node:fs';
import { execa } from 'execa';

/** Mount points at or under `dir`, deepest first (this mount namespace's /proc/self/mountinfo). */
export function mountsUnder(dir: string): string[] {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[4])
    .filter((p): p is string => p !== undefined && (p === dir || p.startsWith(prefix)))
    .map((p) => p.replace(/\\(\d{3})/g, (_, oct: string) => String.fromCharCode(Number.parseInt(oct, 8))))
    .sort((a, b) => b.length - a.length);
}

/**
 * Unmounts everything under `dir` before it is removed: a recursive delete that walked into a
 * still-mounted rootfs would delete the image's files. Lazy unmount as the last resort.
 */
export async function unmountUnder(dir: string): Promise<void> {
  for (const m of mountsUnder(dir)) {
    const r = await execa('umount', [m], { reject: false });
    if (r.exitCode !== 0) await execa('umount', ['-l', m], { reject: false });
  }
  const left = mountsUnder(dir);
  if (left.length > 0) throw new Error(`cannot unmount ${left.join(', ')}`);
}
