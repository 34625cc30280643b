// A terminal task driven directly (what `ctr run -t` and corrald's attach do): runc's pty master
// reaches the shim over the console socket, its output is copied to a plain file, and ResizePty
// sets the size the container sees.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAlive, skipUnless, waitFor } from '@corral/test-utils';
import {
  assertNoLeftovers,
  createRequest,
  shimTimeouts,
  startDirectShim,
  stdoutOf,
  writeTaskBundle,
} from './helpers/direct-shim.js';
import { fdTargets } from './helpers/leftovers.js';

const call = { timeoutMs: shimTimeouts.callMs };

test('a terminal task: a pty on its stdio, ResizePty sets its size, its output lands in a plain file', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const shim = await startDirectShim(t);
  const { id, task } = shim;
  // runc's pty starts at 0x0, on which busybox stty fails: wait for the size ResizePty sets.
  const script = 'until [ -n "$(stty size 2>/dev/null)" ]; do sleep 0.05; done; stty size; tty; exit 4';
  writeTaskBundle(shim, id, { args: ['sh', '-c', script], terminal: true });
  const request = createRequest(shim, id, { terminal: true, stderr: '' });
  await task.create(request, call);
  const ptyFds = () =>
    fdTargets(shim.shimPid).filter((f) => /^\/dev\/(ptmx|pts\/)/.test(f) || f === request.stdout);
  assert.equal(ptyFds().length, 2, 'the shim holds the pty master and the stdout file');
  assert.equal((await task.state({ id }, call)).terminal, true);
  const waited = task.wait({ id }, call);
  await task.start({ id }, call);
  await task.resizePty({ id, width: 101, height: 33 }, call);

  assert.equal((await waited).exitStatus, 4);
  const output = await waitFor(() => /\/dev\/pts\/\d+/.test(stdoutOf(shim, id)) && stdoutOf(shim, id), {
    timeoutMs: shimTimeouts.eventsMs,
    what: 'the pty output in the stdout file',
  });
  assert.match(output, /^33 101\r?$/m, 'the container sees the size ResizePty set');
  assert.match(output, /^\/dev\/pts\/\d+\r?$/m, 'its stdio is a pty');
  // The pty is gone with the process: a late resize is a no-op, never a write to a reused fd.
  await task.resizePty({ id, width: 80, height: 24 }, call);

  await task.delete({ id }, call);
  assert.deepEqual(ptyFds(), [], 'Delete closed the pty master and the stdout file');
  await task.shutdown({ id }, call).catch((err: { code?: string }) => assert.equal(err.code, 'Unavailable'));
  await waitFor(() => !isAlive(shim.shimPid), { timeoutMs: shimTimeouts.exitMs, what: 'the shim to exit' });
  assertNoLeftovers(shim);
});
