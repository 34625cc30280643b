import { readFileSync } from 'node:fs';
import { execa } from 'execa';

/** A mount for the shim's CreateTaskRequest.rootfs (containerd's types.Mount). */
export interface Mount {
  type: string;
  source: string;
  options: string[];
}

/** Mount points at or under `dir`, deepest first, from /proc/self/mountinfo. */
export function mountPointsUnder(dir: string): string[] {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[4])
    .filter((p): p is string => p !== undefined && p !== '')
    .map((p) => p.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8))))
    .filter((p) => p === dir || p.startsWith(prefix))
    .sort((a, b) => b.length - a.length);
}

/**
 * Lazily unmounts everything at or under `dir`: removing a directory tree with a mount inside
 * would delete the mounted filesystem's files (a bind of the host's / in a rootfs, say).
 */
export async function unmountUnder(dir: string): Promise<string[]> {
  const points = mountPointsUnder(dir);
  for (const p of points) await execa('umount', ['-l', p], { reject: false });
  return points;
}
