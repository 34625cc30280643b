import { mkdirSync } from 'node:fs';
import type { TestContext } from 'node:test';
import { defer } from '@corral/test-utils';
import { execa } from 'execa';
import type { Mount } from '../../src/index.js';

/**
 * Mounts what prepareRootfs returned at `target`, as the shim would, with mount(8); unmounted when
 * the test ends (registered on the next line, so even a failing test leaves no mount).
 */
export async function mountRootfs(t: TestContext, mounts: Mount[], target: string): Promise<string> {
  const [m] = mounts;
  if (!m || mounts.length !== 1) throw new Error(`expected one mount, got ${JSON.stringify(mounts)}`);
  mkdirSync(target, { recursive: true });
  const args =
    m.type === 'bind'
      ? ['--rbind', m.source, target]
      : ['-t', m.type, m.source, '-o', m.options.join(','), target];
  await execa('mount', args);
  defer(t, () => execa('umount', ['-l', target], { reject: false }));
  return target;
}
