// A stranger process on a chosen pid, to prove a recycled pid is never mistaken for a container's
// init or shim. The kernel hands out pids in order: writing N-1 to /proc/sys/kernel/ns_last_pid
// (root, CAP_SYS_ADMIN or CAP_CHECKPOINT_RESTORE over the pid namespace — CRIU restores pids this
// way) makes the next fork get N, unless another process forks first: then we try again, a bounded
// number of times. This replaces forking in a loop until the counter wraps around to N (up to
// pid_max forks, 32768 here, tens of seconds).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { TestContext } from 'node:test';
import { defer, killPid } from '@corral/test-utils';

const lastPidKnob = '/proc/sys/kernel/ns_last_pid';
const maxAttempts = 100;

export interface Stranger {
  pid: number;
  startTime: bigint;
  child: ChildProcess;
  /** Still the same process, alive (never signalled: `sleep` dies of any signal corrald could send). */
  alive(): boolean;
}

/** Why pids cannot be steered here, or undefined. */
export function pidSteeringUnavailable(): string | undefined {
  try {
    writeFileSync(lastPidKnob, readFileSync(lastPidKnob, 'utf8').trim());
    return undefined;
  } catch (err) {
    return `cannot write ${lastPidKnob}: ${(err as Error).message}`;
  }
}

/** Field 22 of /proc/<pid>/stat (clock ticks after boot), or undefined when there is no such process. */
export function startTimeOf(pid: number): bigint | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const field = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return field === undefined ? undefined : BigInt(field);
  } catch {
    return undefined;
  }
}

/** Starts `sleep 1000` as pid `target` (which must be free); killed after the test. */
export async function spawnStrangerWithPid(t: Pick<TestContext, 'after'>, target: number): Promise<Stranger> {
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    if (existsSync(`/proc/${target}`)) throw new Error(`pid ${target} is still taken`);
    writeFileSync(lastPidKnob, String(target - 1));
    const child = spawn('sleep', ['1000'], { stdio: 'ignore' });
    const exited = once(child, 'exit').catch(() => undefined);
    if (child.pid === target) {
      defer(t, async () => {
        killPid(target);
        await exited;
      });
      const startTime = startTimeOf(target) ?? 0n;
      return {
        pid: target,
        startTime,
        child,
        alive: () =>
          child.exitCode === null && child.signalCode === null && startTimeOf(target) === startTime,
      };
    }
    if (child.pid !== undefined) killPid(child.pid);
    await exited;
  }
  throw new Error(`no process got pid ${target} in ${maxAttempts} attempts (others fork too fast)`);
}
