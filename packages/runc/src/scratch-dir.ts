import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A private (0700) directory for the files one runc call needs and nobody keeps: the exec process
 * spec, a pid file the caller did not ask for. Removed when `fn` settles, success or not.
 */
export async function withScratchDir<T>(parent: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(parent, 'corral-runc-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The pid runc wrote with `--pid-file` (runc writes it atomically, so no partial reads). */
export async function readPidFile(path: string): Promise<number> {
  const text = (await readFile(path, 'utf8')).trim();
  const pid = Number(text);
  if (!/^\d+$/.test(text) || pid <= 0)
    throw new TypeError(`pid file ${path}: not a pid: ${JSON.stringify(text)}`);
  return pid;
}
