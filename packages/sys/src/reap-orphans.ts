import { readFileSync, readdirSync } from 'node:fs';
import { native } from './addon.js';
import { hasErrno } from './errors.js';
import { type ExitStatus, isExitWatched } from './process-exit.js';
import { readProcStat } from './proc-stat.js';

/** Reaps per call at most this many: a storm of exits must not starve the event loop. */
const maxReapsPerCall = 4096;

/**
 * Reaps the exited children of this process that the caller owns and returns their statuses. For
 * the orphans a subreaper collects besides the processes it watches (e.g. helpers runc's init
 * double-forked and left behind); call it on SIGCHLD or on a timer.
 *
 * The contract that keeps it from stealing: `isOwned(pid)` returns true only for pids whose exit
 * the caller may take, and false for every pid spawned through child_process / execa (libuv
 * reaps those itself with waitpid(pid) and would never emit their 'exit' if we took them). Record
 * `child.pid` in the same tick as the spawn. Pids with a pending watchExit are skipped whatever
 * `isOwned` says: their watcher reports them.
 *
 * How: waitid(P_ALL, WEXITED|WNOHANG|WNOWAIT) peeks at one exited child without reaping it, and
 * waitid(P_PID) reaps it only when owned. The kernel always shows the same first zombie, so when
 * that one is not ours (a libuv child whose SIGCHLD has not been handled yet) peeking cannot see
 * past it; the other exited children are then found in /proc/self/task/<tid>/children (all
 * threads: orphans may be reparented to any of them) and reaped one pid at a time. The unowned
 * zombie stays for its owner.
 */
export function reapOrphans(isOwned: (pid: number) => boolean): ExitStatus[] {
  const n = native();
  const reaped: ExitStatus[] = [];
  const reap = (pid: number): void => {
    let status: ExitStatus | null;
    try {
      status = n.reapPid(pid);
    } catch (err) {
      if (hasErrno(err, 'ECHILD')) return; // reaped meanwhile by its owner
      throw err;
    }
    if (status !== null) reaped.push(status);
  };
  const mayReap = (pid: number): boolean => !isExitWatched(pid) && isOwned(pid);

  while (reaped.length < maxReapsPerCall) {
    const pid = n.peekExited();
    if (pid === 0) return reaped;
    if (!mayReap(pid)) break;
    const before = reaped.length;
    reap(pid);
    if (reaped.length === before) break; // nothing reaped: do not spin on it
  }
  if (reaped.length >= maxReapsPerCall) return reaped;
  for (const pid of exitedChildren()) {
    if (reaped.length >= maxReapsPerCall) break;
    if (mayReap(pid)) reap(pid);
  }
  return reaped;
}

/** Pids of this process's children (of any of its threads) that have exited but not been reaped. */
function exitedChildren(): number[] {
  const out: number[] = [];
  for (const pid of childPids()) if (readProcStat(pid)?.state === 'Z') out.push(pid);
  return out;
}

function childPids(): number[] {
  const pids = new Set<number>();
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return scanForChildren();
  }
  for (const tid of tids) {
    let text: string;
    try {
      text = readFileSync(`/proc/self/task/${tid}/children`, 'latin1');
    } catch (err) {
      // kernels without CONFIG_PROC_CHILDREN have no such file: walk /proc instead
      if (hasErrno(err, 'ENOENT') && tid === String(process.pid)) return scanForChildren();
      continue; // that thread just exited
    }
    for (const p of text.split(' ')) if (/^\d+$/.test(p)) pids.add(Number(p));
  }
  return [...pids];
}

function scanForChildren(): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    if (readProcStat(pid)?.ppid === process.pid) out.push(pid);
  }
  return out;
}
