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
    const j = JSON.parse(readFileSync(join(bundle, bundleFiles.exit), 'utf8')) as Record<string, unknown>;
    if (
      typeof j['pid'] !== 'number' ||
      typeof j['exitStatus'] !== 'number' ||
      typeof j['exitedAt'] !== 'string'
    ) {
      return undefined;
    }
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
