import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { type TestContext, test } from 'node:test';
import { ProcessChangedError, SysError, openProcess, processStartTime } from '../src/index.js';

function spawnBlocked(t: TestContext) {
  const child = spawn('sh', ['-c', 'read x'], { stdio: ['pipe', 'ignore', 'inherit'] });
  t.after(() => child.kill('SIGKILL')); // child_process never signals a pid it has reaped
  return child;
}

test('a process handle signals the process it was opened on', async (t) => {
  const child = spawnBlocked(t);
  await once(child, 'spawn');
  const p = openProcess(child.pid!, processStartTime(child.pid!));
  t.after(() => p.close());
  assert.equal(p.pid, child.pid);
  p.signal(0);
  const exited = once(child, 'exit');
  p.signal('SIGTERM');
  assert.deepEqual(await exited, [null, 'SIGTERM']);
  assert.throws(() => p.signal('SIGKILL'), { name: 'SysError', code: 'ESRCH', syscall: 'pidfd_send_signal' });
});

test('openProcess refuses with a typed error when the start time does not match', async (t) => {
  const child = spawnBlocked(t);
  await once(child, 'spawn');
  const actual = processStartTime(child.pid!)!;
  assert.throws(
    () => openProcess(child.pid!, actual + 1n),
    (err: unknown) => {
      assert.ok(err instanceof ProcessChangedError);
      assert.ok(err instanceof SysError);
      assert.equal(err.code, 'ESRCH');
      assert.equal(err.pid, child.pid);
      assert.equal(err.expectedStartTime, actual + 1n);
      assert.equal(err.actualStartTime, actual);
      assert.match(err.message, /the pid was reused/);
      return true;
    },
  );
  assert.equal(child.exitCode, null, 'and it was not signalled');
});

test('openProcess of a missing pid is ESRCH; a closed handle refuses to signal', async (t) => {
  assert.throws(() => openProcess(2 ** 22 + 1), { name: 'SysError', code: 'ESRCH', syscall: 'pidfd_open' });
  assert.throws(() => openProcess(-1), RangeError);
  const child = spawnBlocked(t);
  await once(child, 'spawn');
  const p = openProcess(child.pid!);
  p.close();
  p.close();
  assert.equal(p.closed, true);
  assert.throws(() => p.signal('SIGKILL'), { code: 'EBADF' });
  const q = openProcess(child.pid!);
  t.after(() => q.close());
  assert.throws(() => q.signal('SIGNOPE' as NodeJS.Signals), RangeError);
});

test('exited() resolves when the process exits (a zombie has exited), and gives up on its signal', async (t) => {
  const child = spawnBlocked(t);
  await once(child, 'spawn');
  const p = openProcess(child.pid!, processStartTime(child.pid!));
  t.after(() => p.close());
  await assert.rejects(p.exited({ signal: AbortSignal.timeout(50) }), { name: 'TimeoutError' });
  let done = false;
  const exited = p.exited().then(() => (done = true));
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(done, false, 'still running');
  child.stdin.end('go\n');
  await exited;
  assert.equal(done, true);
});
