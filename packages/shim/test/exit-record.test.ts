import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { tempDir } from '@corral/test-utils';
import { exitRecordPath, readExitRecord, writeExitRecord } from '../src/exit-record.js';

test('an exit record round-trips and leaves no temp file behind', (t) => {
  const bundle = tempDir(t);
  const rec = { pid: 42, exitStatus: 137, signal: 9, exitedAt: 1_763_918_209_123_456_789n, oomKilled: true };
  writeExitRecord(bundle, rec);
  assert.deepEqual(readExitRecord(bundle), rec);
  assert.deepEqual(readdirSync(bundle), ['exit']);
});

test('a missing or torn exit record reads as undefined, never as a made-up status', (t) => {
  const bundle = tempDir(t);
  assert.equal(readExitRecord(bundle), undefined);
  writeFileSync(exitRecordPath(bundle), '{"pid":42,"exitSta');
  assert.equal(readExitRecord(bundle), undefined);
});
