import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '@corral/test-utils';
import { processStartTime, readProcStat } from '../src/index.js';

test('processStartTime parses after the last ")" even when comm has spaces and parentheses', async (t) => {
  const dir = tempDir(t);
  const tricky = join(dir, 'a) b (c');
  symlinkSync('/bin/sh', tricky); // comm is the basename of the path that was exec'd
  const child = spawn(tricky, ['-c', 'read x'], { stdio: ['pipe', 'ignore', 'inherit'] });
  t.after(() => child.kill('SIGKILL'));
  await new Promise((resolve) => child.once('spawn', resolve));
  const stat = readProcStat(child.pid!);
  assert.ok(stat);
  assert.equal(stat.ppid, process.pid, 'fields counted from the right place');
  const own = processStartTime(process.pid);
  assert.ok(own !== undefined && stat.startTime >= own, 'started after us');
  assert.equal(processStartTime(child.pid!), stat.startTime);
  child.stdin.end('\n');
});

test('processStartTime of a pid that does not exist is undefined', () => {
  assert.equal(processStartTime(2 ** 22 + 1), undefined);
});
