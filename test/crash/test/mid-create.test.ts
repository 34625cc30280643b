// Scenario 3, CreateContainer: corrald is killed inside each window of a create (failpoints, see
// packages/daemon/src/failpoints.ts). The client never got the id, so the create is rolled back:
// after the restart no container, shim, runc state, mount, bundle or socket remains — including a
// shim spawned but not yet on record, and one whose `runc create` had already run. The same name
// can be used again at once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { skipUnless } from '@corral/test-utils';
import { create, exited, run } from './helpers/containers.js';
import { startCorrald } from './helpers/corrald.js';
import { assertConsistent, killAt } from './helpers/failpoint-kill.js';
import { recordScenario } from './helpers/summary.js';

const windows = [
  'create.after-record',
  'create.after-launch',
  'create.after-shim-record',
  'create.after-task',
] as const;

test('corrald killed inside CreateContainer: rolled back, nothing left', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const d = await startCorrald(t);
  let containers = 0;
  const cases = [
    ...windows.map((w) => [w, 'SIGKILL'] as const),
    ['create.after-task', 'SIGTERM'] as const,
    ['create.after-launch', 'SIGTERM'] as const,
  ];
  for (const [failpoint, signal] of cases) {
    await t.test(`${failpoint} (${signal})`, async () => {
      const name = `c-${failpoint.replace(/\W/g, '-')}-${signal}`;
      const r = await killAt(
        d,
        failpoint,
        () => create(d, { command: ['sleep', '1000'], metadata: { name } }),
        signal,
      );
      assert.notEqual(r.outcome, 'ok', 'the create was cut off');
      const list = (await d.client.runtime.listContainers({})).containers ?? [];
      assert.deepEqual(
        list.map((c) => c.metadata?.name),
        [],
        'the interrupted create was rolled back',
      );
      const last = d.lastRecovery();
      assert.equal(last?.['createsRolledBack'], 1);
      await assertConsistent(d);
      // The name is free again and the daemon works.
      const id = await run(d, { command: ['sh', '-c', 'exit 4'], metadata: { name } });
      assert.equal((await exited(d, id)).exitCode, 4);
      await d.client.runtime.removeContainer({ containerId: id });
      containers += 2;
    });
  }
  await assertConsistent(d);
  recordScenario({ scenario: 'kill inside create (4 windows)', kills: cases.length, containers, leaks: 0 });
});
