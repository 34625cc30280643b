// Byte-compatibility proof of @corral/ttrpc against the real thing: Debian's containerd-shim-runc-v2
// (1.6.20) driven through the whole task lifecycle by our client, its events received by our server.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { skipUnless, which } from '@corral/test-utils';
import { runShimScenario } from './helpers/shim-scenario.js';

const name = 'containerd-shim-runc-v2';

test('containerd-shim-runc-v2 runs a busybox task for our ttrpc client and forwards its events to our server', async (t) => {
  if (skipUnless(t, { root: true, bins: [name, 'runc'] })) return;
  const path = which(name) ?? assert.fail(`${name} vanished from PATH`);
  await runShimScenario(t, { name, path, publishesExecDelete: false });
});
