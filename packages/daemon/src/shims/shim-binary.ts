import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CorralError } from '@corral/api';

/** An executable named `name` on PATH, or undefined. */
export function findOnPath(name: string, path = process.env['PATH'] ?? ''): string | undefined {
  for (const dir of path.split(':')) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // next
    }
  }
  return undefined;
}

/**
 * The corral-shim binary: `--shim-binary`, else `corral-shim` on PATH, else the @corral/shim
 * package's bin script. Only its path is resolved: the daemon never imports shim code.
 */
export function resolveCorralShimBinary(explicit: string | undefined): string {
  if (explicit) return explicit;
  const onPath = findOnPath('corral-shim');
  if (onPath) return onPath;
  try {
    return createRequire(import.meta.url).resolve('@corral/shim/bin');
  } catch (cause) {
    throw new CorralError(
      'FailedPrecondition',
      'corral-shim is not on PATH and @corral/shim is not installed',
      {
        hint: 'run scripts/setup, or pass --shim-binary PATH',
        cause,
      },
    );
  }
}
