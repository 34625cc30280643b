import { readFileSync, readdirSync } from 'node:fs';

/** Pids whose argv contains every one of `needles` (read from /proc/<pid>/cmdline). */
export function pidsWithArgv(...needles: string[]): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let argv: string;
    try {
      argv = readFileSync(`/proc/${name}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (argv.length > 0 && needles.every((n) => argv.includes(n))) out.push(Number(name));
  }
  return out.filter((p) => p !== process.pid);
}

/** True while `pid` exists and is not a zombie. */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/** Zombie children of `parent` (default: this process). */
export function zombieChildren(parent = process.pid): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (rest[0] === 'Z' && Number(rest[1]) === parent) out.push(Number(name));
    } catch {
      // raced with exit
    }
  }
  return out;
}

/** SIGKILL a pid, ignoring ESRCH (cleanup path). Never by name. */
export function killPid(pid: number, signal: NodeJS.Signals = 'SIGKILL'): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}
