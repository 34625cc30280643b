// How long a container start waits for the shim: from spawning `corral-shim … start` (as containerd
// does) until the serving shim has answered its first RPC (Connect). Median of 10, printed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAlive, skipUnless, waitFor } from '@corral/test-utils';
import { assertNoLeftovers, shimTimeouts, startDirectShim } from './helpers/direct-shim.js';

const runs = 10;

test('corral-shim start → first RPC answered: median of 10', async (t) => {
  if (skipUnless(t, { root: true })) return;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const shim = await startDirectShim(t);
    times.push(shim.startToConnectMs);
    // No container: Shutdown makes it exit at once.
    await shim.task
      .shutdown({ id: shim.id }, { timeoutMs: shimTimeouts.callMs })
      .catch((err: { code?: string }) => assert.equal(err.code, 'Unavailable'));
    await waitFor(() => !isAlive(shim.shimPid), { timeoutMs: shimTimeouts.exitMs, what: 'the shim to exit' });
    assertNoLeftovers(shim);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = ((sorted[runs / 2 - 1] ?? 0) + (sorted[runs / 2] ?? 0)) / 2;
  t.diagnostic(
    `shim start → Connect answered: median ${median.toFixed(1)} ms ` +
      `(min ${sorted[0]?.toFixed(1)}, max ${sorted.at(-1)?.toFixed(1)}; ${sorted.map((ms) => ms.toFixed(0)).join(' ')})`,
  );
  assert.ok(median < 5_000, `a shim that takes ${median} ms to answer is broken, not slow`);
});
