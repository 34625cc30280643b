// One cgroup parent for everything the bench runs outside a manager's own naming (runc/crun
// bundles, podman's --cgroup-parent), removed at the end in every hierarchy it appears in.
import { existsSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ignoreFailure, onCleanup } from '../cleanup.js';

export const benchCgroupParent = `/corral-bench-${process.pid}`;

let registered = false;

/**
 * The parent's name. Its removal is registered on first use; main calls this before any peer
 * starts, so the removal runs last, after every process that could still sit in it is gone.
 */
export function cgroupParent() {
  if (!registered) {
    registered = true;
    onCleanup(`cgroups ${benchCgroupParent}`, removeCgroupTree);
  }
  return benchCgroupParent;
}

/** Every hierarchy (v1 controllers, the unified one, or pure v2) where our parent exists. */
function parentDirs() {
  const base = '/sys/fs/cgroup';
  const dirs = [join(base, benchCgroupParent)];
  for (const name of ignoreFailure(() => readdirSync(base)) ?? [])
    dirs.push(join(base, name, benchCgroupParent));
  return dirs.filter((d) => existsSync(d) && statSync(d).isDirectory());
}

/** Depth first: a cgroup dir can only be removed once its children are (and no task is left in it). */
function removeTree(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true }))
    if (e.isDirectory()) removeTree(join(dir, e.name));
  ignoreFailure(() => rmdirSync(dir));
}

/** Removes the tree; a conmon or runc still leaving keeps its cgroup busy a moment: retried for 5 s. */
export async function removeCgroupTree() {
  const deadline = Date.now() + 5_000;
  for (;;) {
    for (const d of parentDirs()) removeTree(d);
    const left = parentDirs();
    if (left.length === 0) return;
    if (Date.now() > deadline) throw new Error(`could not remove ${left.join(' ')}`);
    await sleep(100);
  }
}
