import { openProcess, type ProcessHandle, readProcStat } from '@corral/sys';

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

/**
 * Waits up to `timeoutMs` for the process `pid` started at `startTime` to exit (its pidfd turns
 * readable: no /proc polling, no poll interval added to a removal). True when it is gone.
 */
export async function processExited(
  pid: number,
  startTime: string | bigint,
  timeoutMs: number,
): Promise<boolean> {
  if (!(pid > 0)) return true;
  let h: ProcessHandle;
  try {
    h = openProcess(pid, BigInt(startTime));
  } catch {
    return true; // gone already, or the pid is another process's now
  }
  try {
    await h.exited({ signal: AbortSignal.timeout(timeoutMs) });
    return true;
  } catch {
    return !isProcessAlive(pid, startTime);
  } finally {
    h.close();
  }
}
