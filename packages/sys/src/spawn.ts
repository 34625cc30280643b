import { native } from './addon.js';

export interface SpawnDetachedOptions {
  /** Looked up on this process's PATH when it has no '/'. */
  file: string;
  args: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/**
 * Starts `file` in a session of its own, stdio on /dev/null, default signal handling, through
 * posix_spawn (no copy of this process's page tables, unlike child_process's fork: see
 * native/spawn.c). Returns its pid; the caller owns the child: watch and reap it with watchExit().
 * Throws a SysError (ENOENT, EACCES …) when it cannot be started.
 */
export function spawnDetached(o: SpawnDetachedOptions): number {
  const envp = Object.entries(o.env).flatMap(([k, v]) => (v === undefined ? [] : [`${k}=${v}`]));
  return native().spawn(o.file, [o.file, ...o.args], envp, o.cwd, [-1, -1, -1], true);
}

/**
 * Starts `file` (looked up on PATH) with this process's environment, session and cwd, its fd i
 * being our `fds[i]` (-1: /dev/null), through posix_spawn: no fork of this process. Returns the
 * pid; the caller owns the child (watchExit reaps it). Throws a SysError when it cannot start.
 */
export function spawnWithFds(file: string, args: readonly string[], fds: readonly number[]): number {
  return native().spawn(file, [file, ...args], null, null, [...fds], false);
}
