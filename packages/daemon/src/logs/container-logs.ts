import { watch, type FSWatcher } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Container } from '../containers/container.js';
import { timeouts } from '../timeouts.js';
import { sleep } from '../util/time.js';
import { parseCriLine, type CriLogEntry } from '@corral/api/cri-log';

export interface LogsOptions {
  follow: boolean;
  /** Only the last N records (0: all). */
  tail: number;
  /** Only records at or after this time (ns; 0: all). */
  since: bigint;
  signal?: AbortSignal;
}

const readChunk = 64 * 1024;

/**
 * The container's CRI log, parsed (ContainerLogs; `corral logs [-f] [--tail]`). With follow it
 * keeps reading as the shim appends — woken by inotify and a short poll, reopening the path after
 * a rotation — until the caller stops, the container is removed, or it has exited and its task is
 * gone (the shim closed the log after draining it).
 */
export async function* readContainerLogs(c: Container, o: LogsOptions): AsyncGenerator<CriLogEntry> {
  const path = c.record.logPath;
  let offset = 0;
  let ino: number | undefined;
  let carry = Buffer.alloc(0);
  const keep = (e: CriLogEntry) => o.since === 0n || e.timestamp >= o.since;

  /** Reads whatever was appended since the last call; complete lines only. */
  const readNew = async (): Promise<CriLogEntry[]> => {
    let s;
    try {
      s = await stat(path);
    } catch {
      return [];
    }
    if (ino !== undefined && (s.ino !== ino || s.size < offset)) {
      offset = 0; // rotated or truncated: the path names a new file
      carry = Buffer.alloc(0);
    }
    ino = s.ino;
    if (s.size <= offset) return [];
    const f = await open(path, 'r');
    const out: CriLogEntry[] = [];
    try {
      const buf = Buffer.alloc(readChunk);
      for (;;) {
        const { bytesRead } = await f.read(buf, 0, buf.length, offset);
        if (bytesRead === 0) break;
        offset += bytesRead;
        let data = Buffer.concat([carry, buf.subarray(0, bytesRead)]);
        let nl: number;
        while ((nl = data.indexOf(0x0a)) >= 0) {
          const e = parseCriLine(data.subarray(0, nl));
          if (e && keep(e)) out.push({ ...e, line: Buffer.from(e.line) });
          data = data.subarray(nl + 1);
        }
        carry = Buffer.from(data);
      }
    } finally {
      await f.close();
    }
    return out;
  };

  let first = await readNew();
  if (o.tail > 0 && first.length > o.tail) first = first.slice(-o.tail);
  for (const e of first) yield e;
  if (!o.follow) return;

  let wake: (() => void) | undefined;
  let watcher: FSWatcher | undefined;
  const poke = () => wake?.();
  const rewatch = () => {
    watcher?.close();
    try {
      watcher = watch(path, { persistent: false }, poke);
      watcher.on('error', () => undefined);
    } catch {
      watcher = undefined; // not there yet: the poll finds it
    }
  };
  rewatch();
  let watchedIno = ino;
  let exitSeenAt: number | undefined;
  const aborted = o.signal
    ? new Promise<void>((r) => o.signal!.addEventListener('abort', () => r(), { once: true }))
    : undefined;
  try {
    for (;;) {
      if (o.signal?.aborted || c.gone.signal.aborted) return;
      const entries = await readNew();
      if (ino !== watchedIno) {
        rewatch();
        watchedIno = ino;
      }
      for (const e of entries) yield e;
      if (entries.length > 0) continue;
      if (c.exited) {
        exitSeenAt ??= Date.now();
        if (c.record.taskDeleted || Date.now() - exitSeenAt > timeouts.logFollowDrainMs) {
          for (const e of await readNew()) yield e;
          return;
        }
      }
      const stop = new AbortController();
      const woken = new Promise<void>((resolve) => (wake = resolve));
      await Promise.race([
        woken,
        sleep(timeouts.logFollowPollMs, stop.signal),
        c.until(() => c.exited, undefined, stop.signal),
        ...(aborted ? [aborted] : []),
      ]);
      stop.abort();
      wake = undefined;
    }
  } finally {
    watcher?.close();
  }
}
