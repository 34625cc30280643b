import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, fstatSync, readSync } from 'node:fs';
import { test } from 'node:test';
import { pipe } from '../src/pipe.js';

test('pipe() gives a FIFO pair a child can reopen through /proc/self/fd, as /dev/stdout needs', async () => {
  const [r, w] = pipe();
  try {
    assert.ok(fstatSync(r).isFIFO() && fstatSync(w).isFIFO());
    // `echo > /dev/stdout` reopens fd 1; that fails with ENXIO on the socketpairs Node makes.
    const child = spawn('sh', ['-c', 'echo through-dev-stdout > /dev/stdout'], {
      stdio: ['ignore', w, 'inherit'],
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    assert.equal(code, 0);
    closeSync(w);
    const buf = Buffer.alloc(64);
    const n = readSync(r, buf);
    assert.equal(buf.subarray(0, n).toString(), 'through-dev-stdout\n');
  } finally {
    closeSync(r);
    try {
      closeSync(w);
    } catch {
      // closed above
    }
  }
});
