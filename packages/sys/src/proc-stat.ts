import { readFileSync } from 'node:fs';
import { hasErrno } from './errors.js';

/** The fields of /proc/<pid>/stat this package needs. */
export interface ProcStat {
  /** R, S, D, Z (zombie), T, … */
  state: string;
  ppid: number;
  /** Field 22: clock ticks after boot. With the pid, it names one process for the boot's life. */
  startTime: bigint;
}

/**
 * Parses /proc/<pid>/stat, or undefined when there is no such process. comm (field 2) may hold
 * spaces and parentheses, so the fields are counted from the last ')'.
 */
export function readProcStat(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'latin1');
  } catch (err) {
    if (hasErrno(err, 'ENOENT') || hasErrno(err, 'ESRCH')) return undefined;
    throw err;
  }
  const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // rest[0] is field 3 (state), so field n is rest[n - 3]
  const state = rest[0];
  const ppid = rest[1];
  const startTime = rest[19];
  if (state === undefined || ppid === undefined || startTime === undefined || !/^\d+$/.test(startTime)) {
    throw new Error(`parse /proc/${pid}/stat: unexpected format: ${JSON.stringify(text.slice(0, 200))}`);
  }
  return { state, ppid: Number(ppid), startTime: BigInt(startTime) };
}

/**
 * The start time of `pid` (field 22 of /proc/<pid>/stat, clock ticks after boot), or undefined when
 * no such process exists. A zombie still has one: it is reaped, not running, that frees the pid.
 */
export function processStartTime(pid: number): bigint | undefined {
  return readProcStat(pid)?.startTime;
}
