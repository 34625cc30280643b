// What corrald keeps in memory of a container after RemoveContainer: nothing. Heap snapshots before
// and after create/start/remove cycles found one thing that stayed per container, the journal's
// de-duplication entry for its shim's outbox (kept up to a week); removal now drops it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readOutbox } from '@corral/api';
import { skipUnless, waitFor } from '@corral/test-utils';
import { shimOutboxPath } from '../src/tasks/dead-shim-outbox.js';
import { run } from './helpers/containers.js';
import { ns, startTestDaemon } from './helpers/test-daemon.js';

test('a removed container leaves no record and no event de-duplication entry behind', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc', 'mkfifo'] })) return;
  const h = await startTestDaemon(t);
  const { context, runtime } = h.daemon;
  const dedup = h.daemon.bus.journal.dedup;
  const before = dedup.size;
  // One removed while running (force), one after it exited on its own.
  const running = await run(h, { command: ['sleep', '1000'] }, t);
  const exited = await run(h, { command: ['true'] }, t);
  const sources = [running, exited].map((id) => {
    const c = context.store.get('default', id)!;
    const source = readOutbox(shimOutboxPath(context, c)).source;
    assert.ok(source, `the outbox of ${id} names its source`);
    return source;
  });
  // The shims' /tasks/start (and the exited one's /tasks/exit) reach the journal under their source.
  await waitFor(() => sources.every((s) => dedup.lastSeq(s) !== undefined), {
    what: 'events of both shims journaled',
  });
  await waitFor(() => context.store.get('default', exited)?.record.taskDeleted, { what: 'task retired' });

  await runtime.removeContainer({ containerId: running, force: true }, ns);
  await runtime.removeContainer({ containerId: exited }, ns);

  assert.deepEqual(
    sources.map((s) => dedup.lastSeq(s)),
    [undefined, undefined],
  );
  assert.equal(dedup.size, before);
  assert.equal(context.store.all().length, 0);
});
