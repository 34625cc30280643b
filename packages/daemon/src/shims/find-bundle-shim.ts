import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFiles } from '@corral/api';
import { processStartTime } from '@corral/sys';

export interface FoundShim {
  pid: number;
  startTime: bigint;
}

/**
 * The shims serving `bundle` when the record does not name one (corrald died between spawning it
 * and writing the record). corral-shim writes `shim.pid` into its bundle once it serves; one that
 * was still starting has not, so /proc is searched too: every shim runs with cwd = its bundle and
 * `-id <id>` on its command line. A pid is only believed when both hold.
 */
export function findBundleShims(bundle: string, id: string): FoundShim[] {
  const found = new Map<number, FoundShim>();
  const fromFile = Number.parseInt(readText(join(bundle, bundleFiles.shimPid)).trim(), 10);
  const candidates = Number.isSafeInteger(fromFile) && fromFile > 0 ? [fromFile] : [];
  for (const name of readdirSync('/proc')) if (/^\d+$/.test(name)) candidates.push(Number(name));
  for (const pid of candidates) {
    if (found.has(pid) || pid === process.pid) continue;
    const startTime = processStartTime(pid);
    if (startTime === undefined || !servesBundle(pid, bundle, id)) continue;
    if (processStartTime(pid) === startTime) found.set(pid, { pid, startTime });
  }
  return [...found.values()];
}

function servesBundle(pid: number, bundle: string, id: string): boolean {
  try {
    if (readlinkSync(`/proc/${pid}/cwd`) !== bundle) return false;
  } catch {
    return false;
  }
  const argv = readText(`/proc/${pid}/cmdline`).split('\0');
  const i = argv.indexOf('-id');
  return i >= 0 && argv[i + 1] === id;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
