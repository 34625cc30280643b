// What the bench reads of processes (/proc) and how it runs commands and times them.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** kB figures from smaps_rollup: Rss, Pss, and USS = Private_Clean + Private_Dirty (as scripts/shim-memory). */
export function memoryOf(pid) {
  const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
  return { rss: kb('Rss'), pss: kb('Pss'), uss: kb('Private_Clean') + kb('Private_Dirty') };
}

const clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** utime + stime of the whole process (all threads) from /proc/<pid>/stat, in ms; undefined when gone. */
export function cpuMsOf(pid) {
  let stat;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of proc(5); f[0] is field 3.
  return ((Number(f[11]) + Number(f[12])) * 1000) / clockTicks;
}

/** The parent pid (field 4 of /proc/<pid>/stat), undefined when gone. */
export function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** argv of a process, [] when it is gone. */
export function argvOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

/**
 * Runs a command to its end and resolves with its exit code, output and wall time (spawn to close).
 * `check`: reject on a non-zero exit. SIGKILLed (and rejected) after `timeoutMs`.
 */
export function run(cmd, args, { env = process.env, check = true, timeoutMs = 120_000, input } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { env, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
    if (input !== undefined) child.stdin.end(input);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - t0;
      const r = { code, signal, stdout, stderr, ms };
      if (check && code !== 0) {
        const why = signal ?? `exit ${code}`;
        reject(new Error(`${cmd} ${args.join(' ')}: ${why}: ${(stderr || stdout).trim().slice(0, 600)}`));
      } else resolve(r);
    });
  });
}

/** The first `lines` lines of `cmd args…`'s output, or why there is none (the versions in the JSON). */
export function versionOf(cmd, args = ['--version'], lines = 1) {
  try {
    const out = execFileSync(cmd, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 10_000,
    });
    return out
      .trim()
      .split('\n')
      .slice(0, lines)
      .map((l) => l.trim())
      .join(' ');
  } catch (err) {
    return `unavailable (${err.code === 'ENOENT' ? 'not installed' : err.message.split('\n')[0]})`;
  }
}
