import { join } from 'node:path';
import {
  bundleFiles,
  exitRecordJson,
  exitRecordOf,
  parseExitRecord,
  readExitRecordFile,
  readOutbox,
  type ExitRecord,
} from '@corral/api/task';
import { writeFileAtomic } from './atomic-file.js';

export type { ExitRecord } from '@corral/api/task';

export function exitRecordPath(bundle: string): string {
  return join(bundle, bundleFiles.exit);
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
  return (
    readExitRecordFile(exitRecordPath(bundle)) ?? parseExitRecord(exitRecordOf(readOutbox(outbox).exits, id))
  );
}
