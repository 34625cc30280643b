import assert from 'node:assert/strict';
import { closeSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '@corral/test-utils';
import { pipe, spawnDetached, spawnWithFds, watchExit } from '../src/index.js';

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

test('spawnWithFds gives the child our fds at the places asked, /dev/null for -1, nothing else', async () => {
  const [out, err, three] = [pipe(), pipe(), pipe()];
  const pid = spawnWithFds(
    'sh',
    ['-c', 'echo out; echo err >&2; echo three >&3; read x || echo stdin-eof; echo $(ls /proc/$$/fd)'],
    [-1, out[1], err[1], three[1]],
  );
  for (const [, w] of [out, err, three]) closeSync(w);
  const status = await watchExit(pid);
  assert.equal(status.exitCode, 0);
  const text = (fd: number) => {
    const b = Buffer.alloc(256);
    const n = readSync(fd, b);
    closeSync(fd);
    return b.subarray(0, n).toString();
  };
  const [first, eof, fdList] = text(out[0]).trim().split('\n');
  assert.deepEqual([first, eof], ['out', 'stdin-eof']);
  // The shell's fds: 0–3 as asked; none of the pipe ends this process holds (all close-on-exec).
  const inChild = new Set(fdList!.split(' ').map(Number));
  for (const fd of [0, 1, 2, 3]) assert.ok(inChild.has(fd), `fd ${fd} in the child`);
  for (const fd of [out, err, three].flat().filter((fd) => fd > 3)) {
    assert.ok(!inChild.has(fd), `our fd ${fd} did not leak into the child`);
  }
  assert.equal(text(err[0]), 'err\n');
  assert.equal(text(three[0]), 'three\n');
});
