// What a crash may leave behind, looked for the hard way (/proc, runc, mountinfo, the state dir):
// shims and other processes naming the test's dir, zombies, runc containers, mounts, bundles and
// sockets that no container of corrald's accounts for, and corrald's open fds.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corral } from '@corral/api';
import { StateLayout } from '@corral/daemon';
import type { CorralClient } from '@corral/client';
import { killPid, mountsUnder, pidsWithArgv, waitFor, zombieChildren } from '@corral/test-utils';

const S = corral.v1.ContainerState;

export interface Owned {
  /** Containers corrald lists: each may keep a bundle. */
  containers: string[];
  /** Of those, the ones with a task (created, running, paused): a shim, runc state, a mount, a socket. */
  tasks: string[];
}

interface Dirs {
  dir: string;
  root: string;
  state: string;
  socket: string;
  pid: number | undefined;
}

const namespace = 'default';

/** What corrald says exists now (it must be serving). */
export async function ownedNow(d: { client: CorralClient }): Promise<Owned> {
  const list = (await d.client.runtime.listContainers({})).containers ?? [];
  const live = [S.CONTAINER_CREATED, S.CONTAINER_RUNNING, S.CONTAINER_PAUSED, S.CONTAINER_UNKNOWN];
  return {
    containers: list.map((c) => c.id ?? ''),
    tasks: list.filter((c) => live.includes(c.state ?? S.CONTAINER_UNKNOWN)).map((c) => c.id ?? ''),
  };
}

/** The argv of `pid` split at NULs ([] when gone). */
export function argvOf(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

/** Serving shims of this corrald's dir (not `delete` runs), with the container id each serves. */
export function shimsOf(d: Pick<Dirs, 'dir'>): { pid: number; id: string }[] {
  const out: { pid: number; id: string }[] = [];
  for (const pid of pidsWithArgv(d.dir, '-id')) {
    const argv = argvOf(pid);
    if (argv.includes('delete') || argv.includes('start')) continue;
    const id = argv[argv.indexOf('-id') + 1];
    if (id) out.push({ pid, id });
  }
  return out;
}

/** Open fds of `pid` (undefined when it is gone). */
export function fdCount(pid: number): number | undefined {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return undefined;
  }
}

/** The shims the records of `tasks` name (a group's shim serves several and is named by none). */
function shimsOnRecord(layout: StateLayout, tasks: Iterable<string>) {
  const named = { pids: new Set<number>(), sockets: new Set<string>(), dirs: new Set<string>() };
  for (const id of tasks) {
    try {
      const r = JSON.parse(readFileSync(layout.recordPath(namespace, id), 'utf8')) as {
        shim?: { pid: number; socket: string; dir?: string };
      };
      if (!r.shim) continue;
      named.pids.add(r.shim.pid);
      named.sockets.add(r.shim.socket);
      if (r.shim.dir) named.dirs.add(r.shim.dir);
    } catch {
      // no record (yet): the task's own shim is checked by its id
    }
  }
  return named;
}

/** Every leftover the `owned` containers do not account for, as readable lines; [] when clean. */
export function findLeaks(d: Dirs, owned: Owned = { containers: [], tasks: [] }): string[] {
  const containers = new Set(owned.containers);
  const tasks = new Set(owned.tasks);
  const layout = new StateLayout(d.root, d.state, d.socket);
  const named = shimsOnRecord(layout, tasks);
  const problems: string[] = [];
  const shims = shimsOf(d);
  for (const s of shims) {
    if (!tasks.has(s.id) && !named.pids.has(s.pid)) problems.push(`shim pid ${s.pid} of ${s.id}`);
  }
  const shimDirs = layout.pooledShimsDir;
  for (const name of existsSync(shimDirs) ? readdirSync(shimDirs) : []) {
    // Idle pooled shims are the pool's; a group's directory is a leak once no live task names it.
    if (name.startsWith('group-') && !named.dirs.has(join(shimDirs, name))) problems.push(`shim dir ${name}`);
  }
  const shimPids = new Set(shims.map((s) => s.pid));
  for (const pid of pidsWithArgv(d.dir)) {
    if (shimPids.has(pid) || pid === d.pid) continue;
    problems.push(`process ${pid}: ${argvOf(pid).join(' ').slice(0, 160)}`);
  }
  for (const parent of [process.pid, ...(d.pid === undefined ? [] : [d.pid])]) {
    for (const z of zombieChildren(parent)) problems.push(`zombie ${z} (child of ${parent})`);
  }
  for (const id of runcContainers(layout.runcRoot)) {
    if (!tasks.has(id.split('/')[1] ?? '')) problems.push(`runc container ${id}`);
  }
  const liveRootfs = [...tasks].map((id) => join(layout.bundle(namespace, id), 'rootfs'));
  for (const m of mountsUnder(d.dir)) if (!liveRootfs.includes(m)) problems.push(`mount ${m}`);
  const bundles = layout.bundlesDir(namespace);
  for (const name of existsSync(bundles) ? readdirSync(bundles) : []) {
    if (!containers.has(name)) problems.push(`bundle ${name}`);
  }
  const sockets = new Set([...tasks].map((id) => layout.shimSocket(namespace, id)));
  const sockDir = layout.shimSocketDir;
  for (const name of existsSync(sockDir) ? readdirSync(sockDir) : []) {
    const path = join(sockDir, name);
    if (!sockets.has(path) && !named.sockets.has(path)) problems.push(`socket ${name}`);
  }
  return problems;
}

/**
 * The leftovers once things settle: an exited container's shim delivers its last events and
 * leaves in the background, so a leak is only a leak if it outlasts a deadline.
 */
export async function settledLeaks(
  d: Dirs & { client: CorralClient },
  timeoutMs = 15_000,
): Promise<string[]> {
  const clean = async () => findLeaks(d, await ownedNow(d)).length === 0;
  await waitFor(clean, { timeoutMs, intervalMs: 50, what: 'no leftovers' }).catch(() => false);
  return findLeaks(d, await ownedNow(d));
}

/** `ns/id` of every runc container under corrald's runc root. */
export function runcContainers(runcRoot: string): string[] {
  const out: string[] = [];
  for (const ns of existsSync(runcRoot) ? readdirSync(runcRoot) : []) {
    for (const id of runcList(join(runcRoot, ns))) out.push(`${ns}/${id}`);
  }
  return out;
}

function runcList(root: string): string[] {
  try {
    return execFileSync('runc', ['--root', root, 'list', '-q'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}

/** The cleanup of last resort (after the leak check): by pid, runc delete -f; mounts go with the temp dir. */
export function cleanupLeftovers(d: Dirs): void {
  for (const pid of pidsWithArgv(d.dir)) killPid(pid);
  const layout = new StateLayout(d.root, d.state, d.socket);
  for (const id of runcContainers(layout.runcRoot)) {
    const [ns = '', name = ''] = id.split('/');
    try {
      execFileSync('runc', ['--root', join(layout.runcRoot, ns), 'delete', '-f', name], { stdio: 'ignore' });
    } catch {
      // best effort
    }
  }
}

/** Gone for good: not running, not a zombie of anyone. */
export async function vanished(pid: number, what: string): Promise<void> {
  await waitFor(() => !existsSync(`/proc/${pid}`), {
    timeoutMs: 10_000,
    what: `${what} (pid ${pid}) to be reaped`,
  });
}
