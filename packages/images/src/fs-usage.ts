import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface FsUsage {
  usedBytes: bigint;
  inodesUsed: bigint;
}

/**
 * Disk blocks and inodes under `root`, like `du`: each inode counted once (hard links, shared
 * layers), mount points inside not entered. Synchronous: callers cache it.
 */
export function measureTree(root: string): FsUsage {
  const seen = new Set<string>();
  let bytes = 0n;
  let rootDev: bigint | undefined;
  const walk = (path: string): void => {
    let st;
    try {
      st = lstatSync(path, { bigint: true });
    } catch {
      return; // removed while walking
    }
    rootDev ??= st.dev;
    if (st.dev !== rootDev) return;
    const id = `${st.ino}`;
    if (!seen.has(id)) {
      seen.add(id);
      bytes += st.blocks * 512n;
    }
    if (!st.isDirectory()) return;
    let names: string[];
    try {
      names = readdirSync(path);
    } catch {
      return;
    }
    for (const n of names) walk(join(path, n));
  };
  walk(root);
  return { usedBytes: bytes, inodesUsed: BigInt(seen.size) };
}
