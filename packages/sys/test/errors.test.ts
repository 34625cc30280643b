import assert from 'node:assert/strict';
import { once } from 'node:events';
import { constants } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { tempDir } from '@corral/test-utils';
import { PidfdUnsupportedError, SysError, openProcess } from '../src/index.js';
import { pidfdError } from '../src/pidfd-errors.js';

test('errors from the addon are SysErrors shaped like Node system errors', () => {
  assert.throws(
    () => openProcess(2 ** 22 + 1),
    (err: unknown) => {
      assert.ok(err instanceof SysError);
      assert.equal(err.code, 'ESRCH');
      assert.equal(err.errno, -constants.errno.ESRCH);
      assert.equal(err.syscall, 'pidfd_open');
      assert.equal(
        err.message,
        `open process ${2 ** 22 + 1}: pidfd_open pid ${2 ** 22 + 1}: No such process`,
      );
      assert.ok(err.cause instanceof SysError, 'the addon error stays as the cause');
      return true;
    },
  );
});

test('ENOSYS, and EINVAL from waitid(P_PIDFD) on Linux 5.3, become PidfdUnsupportedError', () => {
  const enosys = new SysError('pidfd_open pid 1: Function not implemented', 'ENOSYS', -38, 'pidfd_open');
  const e1 = pidfdError(enosys, 'watch exit of pid 1');
  assert.ok(e1 instanceof PidfdUnsupportedError);
  assert.equal(e1.code, 'ENOSYS');
  assert.equal(e1.cause, enosys);
  assert.match(e1.message, /^watch exit of pid 1: pidfds are not supported by this kernel/);
  const einval = new SysError('waitid P_PIDFD fd 3: Invalid argument', 'EINVAL', -22, 'waitid');
  assert.ok(pidfdError(einval, 'x') instanceof PidfdUnsupportedError);
  const esrch = new SysError('pidfd_open pid 1: No such process', 'ESRCH', -3, 'pidfd_open');
  assert.ok(!(pidfdError(esrch, 'x') instanceof PidfdUnsupportedError));
});

test('a worker thread that ends with polls still open tears down cleanly', async (t) => {
  const dir = tempDir(t);
  const index = JSON.stringify(new URL('../src/index.js', import.meta.url).href);
  const worker = new Worker(
    `import { ConsoleSocket } from ${index};
     import { parentPort, workerData } from 'node:worker_threads';
     const cs = await ConsoleSocket.listen(workerData);
     void cs.receiveFd().catch(() => {});
     parentPort.postMessage('listening');`,
    { eval: true, workerData: join(dir, 'w.sock') },
  );
  t.after(() => worker.terminate());
  const [msg] = (await once(worker, 'message')) as [string];
  assert.equal(msg, 'listening');
  const exit = once(worker, 'exit');
  await worker.terminate();
  assert.deepEqual(await exit, [1]);
});
