import { readFileSync } from 'node:fs';
import { CorralError } from '@corral/api/task';
import { runtimeError } from './runtime-errors.js';

/** What CRIU logs under its work directory (runc's `--work-path`, else the image path). */
export const criuDumpLog = 'dump.log';

/**
 * A failed checkpoint in containerd's words plus CRIU's own reason. runc only says "criu failed:
 * type DUMP errno 0 / log file: dump.log"; the reason (e.g. "vdso: Failed to fill self vdso
 * symtable") is in that log, which a client may never see. FailedPrecondition: the container is
 * fine and keeps running, it is the host that cannot checkpoint it.
 */
export function checkpointError(err: unknown, dumpLog: string): CorralError {
  const e = runtimeError('checkpoint', err, 'FailedPrecondition');
  const criu = lastCriuErrors(dumpLog);
  if (criu.length === 0) return e;
  const runcSays = e.message.split('\n')[0] ?? e.message;
  return new CorralError(e.code, `${runcSays}: ${criu.join('; ')} (${dumpLog})`, { cause: err });
}

/** CRIU's last error lines, without their timestamps. */
export function lastCriuErrors(logPath: string, max = 2): string[] {
  let text: string;
  try {
    text = readFileSync(logPath, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .map((l) => /^\([\d.]+\)\s+(Error .*)$/.exec(l.trim())?.[1])
    .filter((l): l is string => l !== undefined)
    .slice(-max);
}
