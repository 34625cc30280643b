import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { defer } from './defer.js';
import { unmountUnder } from './mounts.js';

/** CORRAL_TEST_KEEP=1 keeps temp dirs for a post-mortem. */
export const keepArtifacts = process.env['CORRAL_TEST_KEEP'] === '1';

/**
 * A fresh temp dir removed after the test (mounts under it are lazily unmounted first). Short
 * prefix: unix socket paths inside it must stay under ~104 bytes.
 */
export function tempDir(t: Pick<TestContext, 'after'>, prefix = 'cr-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  defer(t, () => removeTempDir(dir));
  return dir;
}

export function removeTempDir(dir: string): void {
  if (keepArtifacts) {
    console.error(`# kept ${dir} (CORRAL_TEST_KEEP=1)`);
    return;
  }
  unmountUnder(dir);
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
