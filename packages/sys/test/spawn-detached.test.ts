import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '@corral/test-utils';
import { spawnDetached, watchExit } from '../src/index.js';

test('spawnDetached starts a program in its own session, in cwd, with exactly the given env', async (t) => {
  const dir = tempDir(t);
  const pid = spawnDetached({
    file: 'sh',
    args: ['-c', 'echo "$(pwd) $ONLY ${HOME:-none} $(cut -d" " -f6 /proc/$$/stat)" > out; read x; exit 7'],
    env: { ONLY: 'this', PATH: process.env['PATH'] },
    cwd: dir,
  });
  const status = await watchExit(pid);
  // stdin is /dev/null: `read` got EOF at once, so it exited on its own, reaped by watchExit.
  assert.equal(status.exitCode, 7);
  const [cwd, only, home, sid] = readFileSync(join(dir, 'out'), 'utf8').trim().split(' ');
  assert.deepEqual([cwd, only, home], [dir, 'this', 'none']);
  assert.equal(Number(sid), pid, 'the session leader of a session of its own');
});

test('spawnDetached of a program that does not exist throws ENOENT and starts nothing', (t) => {
  const dir = tempDir(t);
  assert.throws(() => spawnDetached({ file: '/nonexistent/corral', args: [], env: {}, cwd: dir }), {
    name: 'SysError',
    code: 'ENOENT',
    syscall: 'posix_spawn',
  });
  assert.throws(() => spawnDetached({ file: 'true', args: [], env: {}, cwd: join(dir, 'missing') }), {
    code: 'ENOENT',
  });
});
