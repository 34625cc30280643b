import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorralError } from '@corral/api';

export interface OciUser {
  uid: number;
  gid: number;
  additionalGids?: number[];
}

/**
 * Resolves docker's user forms (`uid`, `uid:gid`, `name`, `name:group`, '' = root) to numbers, as
 * runc needs them. Names are looked up in the image's /etc/passwd and /etc/group, read from the
 * rootfs layers top first (the container's own rootfs is not mounted until its shim creates it).
 */
export function resolveUser(spec: string, layerDirs: readonly string[]): OciUser {
  if (spec === '') return { uid: 0, gid: 0 };
  const [userPart = '', groupPart, ...rest] = spec.split(':');
  if (rest.length > 0 || userPart === '') {
    throw new CorralError('InvalidArgument', `user ${JSON.stringify(spec)} must be user[:group]`);
  }
  let uid: number;
  let gid: number | undefined;
  if (isNumeric(userPart)) {
    uid = Number(userPart);
    const entry = readDb(layerDirs, 'passwd').find((f) => f[2] === userPart);
    gid = entry?.[3] !== undefined && isNumeric(entry[3]) ? Number(entry[3]) : undefined;
  } else {
    const entry = readDb(layerDirs, 'passwd').find((f) => f[0] === userPart);
    if (!entry || !isNumeric(entry[2] ?? '') || !isNumeric(entry[3] ?? '')) {
      throw new CorralError(
        'InvalidArgument',
        `user ${JSON.stringify(userPart)} is not in the image's /etc/passwd`,
      );
    }
    uid = Number(entry[2]);
    gid = Number(entry[3]);
  }
  if (groupPart !== undefined) {
    if (groupPart === '')
      throw new CorralError('InvalidArgument', `user ${JSON.stringify(spec)} has an empty group`);
    if (isNumeric(groupPart)) gid = Number(groupPart);
    else {
      const g = readDb(layerDirs, 'group').find((f) => f[0] === groupPart);
      if (!g || !isNumeric(g[2] ?? '')) {
        throw new CorralError(
          'InvalidArgument',
          `group ${JSON.stringify(groupPart)} is not in the image's /etc/group`,
        );
      }
      gid = Number(g[2]);
    }
  }
  if (uid > 0xffff_fffe || (gid ?? 0) > 0xffff_fffe) {
    throw new CorralError('InvalidArgument', `user ${JSON.stringify(spec)} is out of range`);
  }
  return { uid, gid: gid ?? 0 };
}

function isNumeric(s: string): boolean {
  return /^\d{1,10}$/.test(s);
}

/** The first (topmost) readable etc/<name> among the layers, split into colon fields. */
function readDb(layerDirs: readonly string[], name: 'passwd' | 'group'): string[][] {
  for (const dir of layerDirs) {
    let text: string;
    try {
      text = readFileSync(join(dir, 'etc', name), 'utf8');
    } catch {
      continue;
    }
    return text
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(':'));
  }
  return [];
}

/** The directories a rootfs is layered from, top first, from the store's mounts. */
export function layerDirsOf(
  mounts: readonly { type: string; source: string; options: readonly string[] }[],
): string[] {
  const dirs: string[] = [];
  for (const m of mounts) {
    if (m.type === 'overlay') {
      const upper = m.options.find((o) => o.startsWith('upperdir='));
      if (upper) dirs.push(upper.slice('upperdir='.length));
      const lower = m.options.find((o) => o.startsWith('lowerdir='));
      if (lower) dirs.push(...lower.slice('lowerdir='.length).split(':'));
    } else if (m.type === 'bind' || m.options.includes('bind') || m.options.includes('rbind')) {
      dirs.push(m.source);
    }
  }
  return dirs;
}
