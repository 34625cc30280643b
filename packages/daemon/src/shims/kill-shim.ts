import { openProcess } from '@corral/sys';

/** SIGKILL through a pidfd opened against the start time: never a process that reused the pid. */
export function killShim(pid: number, startTime: bigint): void {
  try {
    const h = openProcess(pid, startTime);
    try {
      h.signal('SIGKILL');
    } finally {
      h.close();
    }
  } catch {
    // already gone
  }
}
