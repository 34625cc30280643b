import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFiles } from '@corral/api';

/** corral-shim's exit record (`<bundle>/exit`), written before Wait returns or TaskExit leaves. */
export interface ShimExitRecord {
  pid: number;
  exitStatus: number;
  exitedAt: bigint;
  oomKilled: boolean;
}

/** The bundle's exit record, or undefined (none, torn, or a shim that does not write one). */
export function readShimExitRecord(bundle: string): ShimExitRecord | undefined {
  try {
    return parseExitRecord(JSON.parse(readFileSync(join(bundle, bundleFiles.exit), 'utf8')));
  } catch {
    return undefined;
  }
}

/**
 * The exit record a corral-shim's outbox carries (the `exit` field of its /tasks/exit line, or the
 * `{"exit": …}` line compaction keeps): the durable copy of the record. The shim writes `exit`
 * without fsync when that line is the durable write, so after a power loss this may be all there is.
 * A grouped shim's outbox holds one per container: only `id`'s counts (one without an id is a
 * single-container shim's).
 */
export function readOutboxExitRecord(outbox: string, id: string): ShimExitRecord | undefined {
  let text: string;
  try {
    text = readFileSync(outbox, 'utf8');
  } catch {
    return undefined;
  }
  let found: ShimExitRecord | undefined;
  for (const line of text.split('\n')) {
    if (!line.includes('"exit"')) continue;
    try {
      const exit = (JSON.parse(line) as Record<string, unknown>)['exit'];
      const of = (exit as Record<string, unknown> | null)?.['id'];
      if (of !== undefined && of !== id) continue;
      found = parseExitRecord(exit) ?? found;
    } catch {
      // a line torn by a crash mid-append
    }
  }
  return found;
}

function parseExitRecord(json: unknown): ShimExitRecord | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const j = json as Record<string, unknown>;
  if (
    typeof j['pid'] !== 'number' ||
    typeof j['exitStatus'] !== 'number' ||
    typeof j['exitedAt'] !== 'string'
  )
    return undefined;
  try {
    return {
      pid: j['pid'],
      exitStatus: j['exitStatus'],
      exitedAt: BigInt(j['exitedAt']),
      oomKilled: j['oomKilled'] === true,
    };
  } catch {
    return undefined;
  }
}
