// The overlay probe corrald runs at start: a corrald killed in the middle of it leaves its overlay
// mounted under the snapshots dir; the next probe takes that away (the churn crash test found one).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defer, mountsUnder, skipUnless, tempDir } from '@corral/test-utils';
import { probeOverlay } from '../src/overlay-probe.js';

test('the overlay probe removes what a killed probe left mounted, and leaves nothing itself', async (t) => {
  if (skipUnless(t, { root: true })) return;
  const dir = tempDir(t);
  defer(t, () => {
    for (const m of mountsUnder(dir)) execFileSync('umount', ['-l', m]);
  });
  const dead = join(dir, '.overlay-probe-4255-3f40f00f');
  const [l, u, w, m] = ['l', 'u', 'w', 'm'].map((d) => join(dead, d));
  for (const d of [l, u, w, m]) mkdirSync(d!, { recursive: true });
  execFileSync('mount', ['-t', 'overlay', 'overlay', '-o', `lowerdir=${l},upperdir=${u},workdir=${w}`, m!]);
  assert.deepEqual(mountsUnder(dir), [m]);

  assert.deepEqual(await probeOverlay(dir), { ok: true });
  assert.deepEqual(mountsUnder(dir), [], 'the dead probe is unmounted');
  assert.ok(!existsSync(dead), 'and removed');
  assert.deepEqual(readdirSync(dir), [], 'the probe leaves nothing of its own');
});
