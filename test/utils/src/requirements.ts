import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import type { TestContext } from 'node:test';

/** CORRAL_TEST_STRICT=1 (set by .ci/run): a missing real dependency fails instead of skipping. */
export const strict = process.env['CORRAL_TEST_STRICT'] === '1';

/** Absolute path of `bin` on PATH, or undefined. */
export function which(bin: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(':')) {
    if (!dir) continue;
    const p = `${dir}/${bin}`;
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // next
    }
  }
  return undefined;
}

/**
 * Returns a reason the test cannot run here (missing binary, not root), or undefined. In strict mode
 * a missing requirement throws, so CI fails rather than silently skipping.
 */
export function missingRequirement(opts: { root?: boolean; bins?: string[] }): string | undefined {
  const reasons: string[] = [];
  if (opts.root && process.getuid?.() !== 0) reasons.push('needs root');
  for (const b of opts.bins ?? [])
    if (!which(b)) reasons.push(`needs ${b} on PATH (scripts/setup installs it)`);
  if (reasons.length === 0) return undefined;
  const reason = reasons.join('; ');
  if (strict) throw new Error(`CORRAL_TEST_STRICT=1 and ${reason}`);
  return reason;
}

/** Skip `t` (printing the reason) when a requirement is missing; true when skipped. */
export function skipUnless(t: TestContext, opts: { root?: boolean; bins?: string[] }): boolean {
  const reason = missingRequirement(opts);
  if (reason === undefined) return false;
  t.skip(reason);
  return true;
}

/** Output of a command, trimmed; throws with stderr on failure. */
export function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
}
