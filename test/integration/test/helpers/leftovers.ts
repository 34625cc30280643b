// What a shim test checks for (and removes) when it is over: runc state, shim processes, socket
// directories, open fds. Shared by the scenario and the direct-driving tests.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readlinkSync, rmdirSync } from 'node:fs';
import type { TestContext } from 'node:test';
import { containerdShimSocketDir } from '@corral/api';
import { defer, killPid, pidsWithArgv, waitFor } from '@corral/test-utils';

const shimExitMs = 10_000;

/** `runc list -q` for one runc root ('' when it holds nothing, or does not exist). */
export function runcList(root: string, runc = 'runc'): string {
  return execFileSync(runc, ['--root', root, 'list', '-q'], { encoding: 'utf8' }).trim();
}

export function runcForceDelete(root: string, id: string, runc = 'runc'): void {
  try {
    execFileSync(runc, ['--root', root, 'delete', '--force', id], { stdio: 'ignore' });
  } catch {
    // already gone: the normal case
  }
}

/** `runc delete --force` of everything a runc root still holds (cleanup path). */
export function runcForceDeleteAll(root: string, runc = 'runc'): void {
  if (!existsSync(root)) return;
  for (const id of runcList(root, runc).split('\n').filter(Boolean)) runcForceDelete(root, id, runc);
}

/** SIGKILL, by pid, every process whose argv names both the shim binary and `id`; wait until gone. */
export async function killShimsNaming(shimBinary: string, id: string): Promise<void> {
  for (const pid of pidsWithArgv(shimBinary, id)) killPid(pid);
  await waitFor(() => pidsWithArgv(shimBinary, id).length === 0, {
    timeoutMs: shimExitMs,
    what: `shims naming ${id} to die`,
  });
}

export function rmdirIfEmpty(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // not empty (someone else's sockets) or already gone
  }
}

/** Removes /run/containerd/s (and /run/containerd) after the test when the test's shims made them. */
export function keepSocketDirsTidy(t: TestContext): void {
  const hadRunContainerd = existsSync('/run/containerd');
  const hadSocketDir = existsSync(containerdShimSocketDir);
  defer(t, () => {
    if (!hadSocketDir) rmdirIfEmpty(containerdShimSocketDir);
    if (!hadRunContainerd) rmdirIfEmpty('/run/containerd');
  });
}

/** How many fds a process holds open. */
export function fdCount(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}

/** What a process's fds point at (socket:[…], pipe:[…], paths), sorted: the diff explains a leak. */
export function fdTargets(pid: number): string[] {
  return readdirSync(`/proc/${pid}/fd`)
    .map((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        return '(closed)';
      }
    })
    .sort();
}
