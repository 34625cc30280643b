import { execFileSync } from 'node:child_process';
import {
  existsSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  rmdirSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { which } from './requirements.js';

/** containerd 1.6's runc shim keeps runc state in `<root>/<namespace>`; this root unless told otherwise. */
export const containerdRuncRoot = '/run/containerd/runc';

const v2TaskDir = 'io.containerd.runtime.v2.task';

/**
 * The shim sockets that bundles under `state` still name (each bundle's `address` file, written by
 * the shim). A shim removes its socket when it exits normally; a SIGKILLed one leaves it in
 * /run/containerd/s, where nothing else would ever remove it.
 */
export function shimSocketsInBundles(state: string): string[] {
  const out: string[] = [];
  const tasks = join(state, v2TaskDir);
  for (const ns of readdirOrEmpty(tasks)) {
    for (const id of readdirOrEmpty(join(tasks, ns))) {
      let address: string;
      try {
        address = readFileSync(join(tasks, ns, id, 'address'), 'utf8').trim();
      } catch {
        continue;
      }
      if (address.startsWith('unix://')) out.push(address.slice('unix://'.length));
    }
  }
  return out;
}

/** /proc/net/unix's flag of a listening socket (__SO_ACCEPTCON). */
const soAcceptCon = 0x10000;

/**
 * Filesystem paths of the unix sockets process `pid` listens on (its fds matched against
 * /proc/<pid>/net/unix by inode): where a shim serves, whatever naming scheme its runtime uses.
 */
export function listeningSocketPathsOf(pid: number): string[] {
  const inodes = new Set<string>();
  let fds: string[];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return [];
  }
  for (const fd of fds) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m?.[1]) inodes.add(m[1]);
    } catch {
      // closed meanwhile
    }
  }
  let table: string;
  try {
    table = readFileSync(`/proc/${pid}/net/unix`, 'utf8');
  } catch {
    return [];
  }
  const paths = new Set<string>();
  for (const line of table.split('\n').slice(1)) {
    // Num RefCount Protocol Flags Type St Inode Path
    const cols = line.trim().split(/\s+/);
    const [flags, inode, path] = [cols[3], cols[6], cols[7]];
    const listening = (parseInt(flags ?? '0', 16) & soAcceptCon) !== 0;
    if (listening && inode && path?.startsWith('/') && inodes.has(inode)) paths.add(path);
  }
  return [...paths];
}

/** Unlink the sockets that still exist; returns those it removed. */
export function removeSockets(paths: string[]): string[] {
  const removed: string[] = [];
  for (const p of paths) {
    try {
      if (!statSync(p).isSocket()) continue;
      unlinkSync(p);
      removed.push(p);
    } catch {
      // gone already
    }
  }
  return removed;
}

/**
 * `runc --root <root>/<ns> delete -f` for every container runc still knows there (containers whose
 * shim was killed keep running without it), then removes the directory. Returns the ids deleted.
 */
export function deleteRuncLeftovers(runcRoot: string, namespace: string, runc = which('runc')): string[] {
  const dir = join(runcRoot, namespace);
  if (!existsSync(dir)) return [];
  const ids = readdirOrEmpty(dir);
  if (runc) {
    for (const id of ids) {
      try {
        execFileSync(runc, ['--root', dir, 'delete', '-f', id], { stdio: 'ignore', timeout: 10_000 });
      } catch {
        // not a runc container, or already gone
      }
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return ids;
}

/**
 * Removes the cgroups `/<namespace>/…` that runc made under each v1 hierarchy (or the v2 root):
 * containerd's default cgroupsPath is `/<ns>/<id>` and runc leaves the `<ns>` parent behind.
 * rmdir only: a cgroup with processes in it stays, so a namespace shared with another containerd
 * loses nothing but empty cgroups (which runc makes again when needed).
 */
export function removeNamespaceCgroups(namespace: string, cgroupRoot = '/sys/fs/cgroup'): void {
  const candidates = [join(cgroupRoot, namespace)];
  for (const hierarchy of readdirOrEmpty(cgroupRoot)) candidates.push(join(cgroupRoot, hierarchy, namespace));
  for (const dir of candidates) rmdirTree(dir);
}

/** rmdir: removes `dir` only when it is empty (cleanup path: never throws). */
export function removeEmptyDir(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // not empty, or gone
  }
}

function rmdirTree(dir: string): void {
  let entries: string[];
  try {
    entries = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  } catch {
    return;
  }
  for (const e of entries) rmdirTree(join(dir, e));
  removeEmptyDir(dir);
}

function readdirOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => !n.startsWith('.'));
  } catch {
    return [];
  }
}
