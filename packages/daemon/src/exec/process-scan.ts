import { readdirSync, readlinkSync, statSync } from 'node:fs';
import { openProcess, readProcStat } from '@corral/sys';

/** A process seen in /proc: with its start time it names one process for the boot's life. */
export interface SeenProcess {
  pid: number;
  startTime: bigint;
}

function allPids(): number[] {
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .map(Number);
}

/** `root` and every process below it, as the tree stands now (snapshot it before killing anything). */
export function descendantsOf(root: number): SeenProcess[] {
  const children = new Map<number, SeenProcess[]>();
  let rootSeen: SeenProcess | undefined;
  for (const pid of allPids()) {
    const st = safeStat(pid);
    if (!st) continue;
    if (pid === root) rootSeen = { pid, startTime: st.startTime };
    const list = children.get(st.ppid) ?? [];
    list.push({ pid, startTime: st.startTime });
    children.set(st.ppid, list);
  }
  const out: SeenProcess[] = rootSeen ? [rootSeen] : [];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]!.pid) ?? []));
  return out;
}

/** "dev:ino" of what a path or a /proc fd link points at (a FIFO, a pipe), or undefined. */
export function inodeKey(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Processes in the pid namespace `pidNs` (a /proc/<pid>/ns/pid link text) holding an fd on one of
 * `inodes`: the exec's pipes and FIFOs. That finds a background child that kept stdout even after
 * it was reparented away from the exec (`sh -c 'sleep 1000 & …'`). Limited to the container's pid
 * namespace, so neither a shim nor corrald itself can ever match.
 */
export function holdersOf(inodes: ReadonlySet<string>, pidNs: string): SeenProcess[] {
  const out: SeenProcess[] = [];
  if (inodes.size === 0) return out;
  for (const pid of allPids()) {
    if (pidNamespaceOf(pid) !== pidNs) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    if (fds.some((fd) => inodes.has(inodeKey(`/proc/${pid}/fd/${fd}`) ?? ''))) {
      const st = safeStat(pid);
      if (st) out.push({ pid, startTime: st.startTime });
    }
  }
  return out;
}

export function pidNamespaceOf(pid: number): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/ns/pid`);
  } catch {
    return undefined;
  }
}

/** SIGKILL each through a pidfd opened against its start time; the gone are skipped. */
export function killAll(processes: readonly SeenProcess[]): number {
  let killed = 0;
  for (const p of processes) {
    try {
      const h = openProcess(p.pid, p.startTime);
      try {
        h.signal('SIGKILL');
        killed++;
      } finally {
        h.close();
      }
    } catch {
      // exited meanwhile, or its pid now names another process: not ours to kill
    }
  }
  return killed;
}

function safeStat(pid: number): ReturnType<typeof readProcStat> {
  try {
    return readProcStat(pid);
  } catch {
    return undefined;
  }
}
