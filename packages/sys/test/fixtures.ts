import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, readFileSync, readdirSync } from 'node:fs';
import type { Duplex } from 'node:stream';
import type { TestContext } from 'node:test';
import { openProcess, processStartTime } from '../src/index.js';

export function shQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export interface AdoptedProcesses {
  pids: number[];
  /** Lets every process go on past its `read` (they all see EOF on fd 3 at once). */
  release: () => void;
}

/**
 * Starts one process per script through a short-lived `sh` that forks them and exits at once, so
 * they are orphans (adopted by this process when it is a subreaper). Each first blocks reading
 * fd 3, a socket whose other end this process holds, so its exit happens exactly when release()
 * closes that end and never on a timer. stdout/stderr go to /dev/null: nothing of theirs keeps
 * the short-lived sh's pipes open.
 */
export async function spawnAdopted(t: TestContext, scripts: string[]): Promise<AdoptedProcesses> {
  const body = scripts
    .map((s) => `sh -c ${shQuote(`read x <&3; ${s}`)} </dev/null >/dev/null 2>&1 & echo $!`)
    .join('\n');
  // fd 3 is a pipe libuv makes blocking on the child's side (our own sockets are non-blocking,
  // and `read` would see EAGAIN); Node leaves extra stdio pipes open after the exit, unlike stdin.
  const parent = spawn('sh', ['-c', body], { stdio: ['ignore', 'pipe', 'inherit', 'pipe'] });
  const control = parent.stdio[3] as Duplex;
  const pids: number[] = [];
  const startTimes: (bigint | undefined)[] = [];
  t.after(() => {
    control.destroy();
    pids.forEach((pid, i) => killIfSame(pid, startTimes[i]));
  });
  let out = '';
  parent.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  const [[code]] = await Promise.all([
    once(parent, 'exit') as Promise<[number | null]>,
    once(parent.stdout!, 'end'),
  ]);
  pids.push(...out.split('\n').filter(Boolean).map(Number));
  // Our unreaped children cannot lose their pid yet, so these start times are theirs.
  startTimes.push(...pids.map((pid) => processStartTime(pid)));
  if (code !== 0 || pids.length !== scripts.length) {
    throw new Error(`spawn adopted processes: sh exited ${code}, printed ${JSON.stringify(out)}`);
  }
  return { pids, release: () => control.destroy() };
}

/**
 * SIGKILL for cleanup that cannot hit a recycled pid: a watcher may have reaped the process long
 * ago, and its pid may belong to someone else now.
 */
export function killIfSame(pid: number, startTime: bigint | undefined): void {
  if (startTime === undefined) return;
  try {
    const p = openProcess(pid, startTime);
    try {
      p.signal('SIGKILL');
    } finally {
      p.close();
    }
  } catch {
    // gone, or no longer that process
  }
}

/** Entries in /proc/self/fd: the leak check for fds. */
export function openFdCount(): number {
  return readdirSync('/proc/self/fd').length;
}

/**
 * Sleeps without running the event loop, so libuv cannot handle a SIGCHLD meanwhile: how a test
 * holds a libuv child in the zombie state to prove we do not reap it.
 */
export function blockingSleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Blocks (event loop included) until `pred` holds or `timeoutMs` passes; returns whether it held. */
export function blockUntil(pred: () => boolean, timeoutMs = 5000): boolean {
  const deadline = Date.now() + timeoutMs;
  while (!pred()) {
    if (Date.now() > deadline) return false;
    blockingSleep(2);
  }
  return true;
}

export interface OwnedFd {
  readonly fd: number;
  /** Idempotent, so an explicit close in the test and the cleanup never close a reused number. */
  close(): void;
  /** Hands the fd to something that will close it (a tty.ReadStream); cleanup then leaves it alone. */
  release(): number;
}

/** Takes ownership of `fd` for the test: closed at the end unless closed or released before. */
export function ownFd(t: TestContext, fd: number): OwnedFd {
  let open = true;
  const owned: OwnedFd = {
    fd,
    close() {
      if (!open) return;
      open = false;
      closeSync(fd);
    },
    release() {
      open = false;
      return fd;
    },
  };
  t.after(() => owned.close());
  return owned;
}

/** Whether `fd` has FD_CLOEXEC, from the flags line of /proc/self/fdinfo/<fd> (octal). */
export function isCloseOnExec(fd: number): boolean {
  const m = /^flags:\s+([0-7]+)$/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'));
  if (!m?.[1]) throw new Error(`no flags in /proc/self/fdinfo/${fd}`);
  return (parseInt(m[1], 8) & 0o2000000) !== 0;
}
