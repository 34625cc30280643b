import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFiles } from '@corral/api/task';
import { writeFileAtomic } from './atomic-file.js';
import { loadOutbox } from './outbox.js';

/** What the shim knows about an init exit; durable before Wait is released or TaskExit published. */
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

/** The record as JSON: in the `exit` file, and as the `exit` field of the outbox's /tasks/exit line. */
export interface ExitRecordJson {
  /** The container: one outbox holds the records of every container a grouped shim serves. */
  id?: string;
  pid: number;
  exitStatus: number;
  signal: number | null;
  exitedAt: string;
  oomKilled: boolean;
}

export function exitRecordPath(bundle: string): string {
  return join(bundle, bundleFiles.exit);
}

export function exitRecordJson(r: ExitRecord, id?: string): ExitRecordJson {
  return { ...(id === undefined ? {} : { id }), ...r, exitedAt: r.exitedAt.toString() };
}

/**
 * Writes the bundle's `exit` file. `durable: false` when the record is made durable by the outbox
 * line of /tasks/exit instead (the common case, see Container.onInitExit): the file is then a copy
 * that no killed process can lose, and readExitRecord falls back to the outbox after a power loss.
 */
export function writeExitRecord(bundle: string, r: ExitRecord, { durable }: { durable: boolean }): void {
  writeFileAtomic(exitRecordPath(bundle), `${JSON.stringify(exitRecordJson(r))}\n`, 0o644, {
    sync: durable,
  });
}

/**
 * The exit record of a bundle: its `exit` file, else the record the outbox's /tasks/exit line
 * carries (`outbox`: the shim's outbox, in the bundle unless corrald pooled or grouped the shim;
 * `id`: the container, whose record is the one taken from an outbox several containers share).
 * Undefined when neither has one (or what there is is torn).
 */
export function readExitRecord(
  bundle: string,
  outbox = join(bundle, bundleFiles.outbox),
  id?: string,
): ExitRecord | undefined {
  let text: string | undefined;
  try {
    text = readFileSync(exitRecordPath(bundle), 'utf8');
  } catch {
    // none: an older shim's bundle before the exit, or a copy a power loss took
  }
  let json: unknown;
  try {
    json = text === undefined ? undefined : JSON.parse(text);
  } catch {
    // torn: same as none
  }
  return parseExitRecord(json) ?? parseExitRecord(exitRecordOf(loadOutbox(outbox).exits, id));
}

/** The record of container `id` among an outbox's; one without an id is a single-container shim's. */
function exitRecordOf(exits: readonly ExitRecordJson[], id: string | undefined): ExitRecordJson | undefined {
  return exits.find((e) => id !== undefined && e.id === id) ?? exits.find((e) => e.id === undefined);
}

function parseExitRecord(json: unknown): ExitRecord | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const j = json as Partial<ExitRecordJson>;
  if (typeof j.pid !== 'number' || typeof j.exitStatus !== 'number' || typeof j.exitedAt !== 'string')
    return undefined;
  try {
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
