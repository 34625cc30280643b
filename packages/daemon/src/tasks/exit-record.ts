import { join } from 'node:path';
import {
  bundleFiles,
  exitRecordOf,
  parseExitRecord,
  readExitRecordFile,
  type ExitRecord,
  type OutboxContents,
} from '@corral/api';

/** corral-shim's exit record (`<bundle>/exit`), written before Wait returns or TaskExit leaves. */
export type ShimExitRecord = ExitRecord;

/** The bundle's exit record, or undefined (none, torn, or a shim that does not write one). */
export function readShimExitRecord(bundle: string): ShimExitRecord | undefined {
  return readExitRecordFile(join(bundle, bundleFiles.exit));
}

/**
 * The exit record a corral-shim's outbox carries (the `exit` field of its /tasks/exit line, or the
 * `{"exit": …}` line compaction keeps): the durable copy of the record. The shim writes `exit`
 * without fsync when that line is the durable write, so after a power loss this may be all there is.
 * A grouped shim's outbox holds one per container: only `id`'s counts (one without an id is a
 * single-container shim's).
 */
export function outboxExitRecord(outbox: OutboxContents, id: string): ShimExitRecord | undefined {
  return parseExitRecord(exitRecordOf(outbox.exits, id));
}
