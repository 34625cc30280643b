// corral-shim driven exactly as the real containerd-shim-runc-v2 is (same scenario, same asserts):
// start, the whole task lifecycle, events in containerd's order, Shutdown, and the delete action.
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { skipUnless } from '@corral/test-utils';
import { runShimScenario } from './helpers/shim-scenario.js';

const shimPath = createRequire(import.meta.url).resolve('@corral/shim/bin');

test('corral-shim runs a busybox task through the containerd task API like containerd-shim-runc-v2', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  await runShimScenario(t, { name: 'corral-shim', path: shimPath, publishesExecDelete: true });
});
