import { openProcess, readProcStat } from '@corral/sys';

/**
 * True when the process `pid` started at `startTime` still runs (rule 5: never a pid alone). A
 * zombie counts as gone: a shim containerd's `start` daemonized is reparented to pid 1, which may
 * take its time to reap it.
 */
export function isProcessAlive(pid: number, startTime: string | bigint): boolean {
  if (!(pid > 0)) return false;
  try {
    openProcess(pid, BigInt(startTime)).close();
    return readProcStat(pid)?.state !== 'Z';
  } catch {
    return false;
  }
}
