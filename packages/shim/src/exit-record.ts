import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFiles } from '@corral/api/task';
import { writeFileAtomic } from './atomic-file.js';

/** What the shim knows about an init exit; written before Wait is released or TaskExit published. */
export interface ExitRecord {
  pid: number;
  /** containerd-style: the exit code, or 128 + signal. */
  exitStatus: number;
  /** The terminating signal, when there was one. */
  signal: number | null;
  /** Nanoseconds since the epoch (reap time). */
  exitedAt: bigint;
  oomKilled: boolean;
}

interface ExitRecordJson {
  pid: number;
  exitStatus: number;
  signal: number | null;
  exitedAt: string;
  oomKilled: boolean;
}

export function exitRecordPath(bundle: string): string {
  return join(bundle, bundleFiles.exit);
}

export function writeExitRecord(bundle: string, r: ExitRecord): void {
  const json: ExitRecordJson = { ...r, exitedAt: r.exitedAt.toString() };
  writeFileAtomic(exitRecordPath(bundle), `${JSON.stringify(json)}\n`, 0o644);
}

/** The exit record of a bundle, or undefined when there is none (or it is unreadable). */
export function readExitRecord(bundle: string): ExitRecord | undefined {
  let text: string;
  try {
    text = readFileSync(exitRecordPath(bundle), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const j = JSON.parse(text) as Partial<ExitRecordJson>;
    if (typeof j.pid !== 'number' || typeof j.exitStatus !== 'number' || typeof j.exitedAt !== 'string')
      return undefined;
    return {
      pid: j.pid,
      exitStatus: j.exitStatus,
      signal: typeof j.signal === 'number' ? j.signal : null,
      exitedAt: BigInt(j.exitedAt),
      oomKilled: j.oomKilled === true,
    };
  } catch {
    return undefined;
  }
}
