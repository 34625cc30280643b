import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '@corral/test-utils';
import { exitRecordJson } from '@corral/api/task';
import { exitRecordPath, readExitRecord, writeExitRecord } from '../src/exit-record.js';
import { Outbox } from '../src/outbox.js';

const rec = { pid: 42, exitStatus: 137, signal: 9, exitedAt: 1_763_918_209_123_456_789n, oomKilled: true };

test('an exit record round-trips and leaves no temp file behind', (t) => {
  for (const durable of [true, false]) {
    const bundle = tempDir(t);
    writeExitRecord(bundle, rec, { durable });
    assert.deepEqual(readExitRecord(bundle), rec);
    assert.deepEqual(readdirSync(bundle), ['exit']);
  }
});

test('a missing or torn exit record reads as undefined, never as a made-up status', (t) => {
  const bundle = tempDir(t);
  assert.equal(readExitRecord(bundle), undefined);
  writeFileSync(exitRecordPath(bundle), '{"pid":42,"exitSta');
  assert.equal(readExitRecord(bundle), undefined);
});

test('without the exit file, the record comes from the outbox line of /tasks/exit', (t) => {
  const bundle = tempDir(t);
  const outbox = join(bundle, 'events.outbox');
  const box = Outbox.open(outbox, { send: () => new Promise(() => {}) });
  t.after(() => box.close());
  box.publish('/tasks/start', 'x', Buffer.from('a'), 1n);
  // What a power loss leaves of the unsynced copy: nothing, or an empty file.
  writeExitRecord(bundle, rec, { durable: false });
  box.publish('/tasks/exit', 'x', Buffer.from('b'), 2n, exitRecordJson(rec));
  rmSync(exitRecordPath(bundle));
  assert.deepEqual(readExitRecord(bundle), rec);
  writeFileSync(exitRecordPath(bundle), '');
  assert.deepEqual(readExitRecord(bundle), rec);
  // The exit file wins when there is one (an older shim's bundle has only that).
  writeExitRecord(bundle, { ...rec, exitStatus: 3 }, { durable: true });
  assert.equal(readExitRecord(bundle)?.exitStatus, 3);
  // A pooled shim's outbox lives elsewhere: the caller names it.
  rmSync(exitRecordPath(bundle));
  assert.equal(readExitRecord(bundle, join(bundle, 'nothing-here')), undefined);
});

test("a grouped shim's outbox: each container reads its own record, never another's", (t) => {
  const dir = tempDir(t);
  const outbox = join(dir, 'events.outbox');
  const [a, b] = [join(dir, 'a'), join(dir, 'b')];
  const box = Outbox.open(outbox, { send: () => new Promise(() => {}) });
  t.after(() => box.close());
  box.publish('/tasks/exit', 'x', Buffer.from('a'), 1n, exitRecordJson({ ...rec, exitStatus: 1 }, 'a'));
  box.publish('/tasks/exit', 'x', Buffer.from('b'), 2n, exitRecordJson({ ...rec, exitStatus: 2 }, 'b'));
  assert.equal(readExitRecord(a, outbox, 'a')?.exitStatus, 1);
  assert.equal(readExitRecord(b, outbox, 'b')?.exitStatus, 2);
  assert.equal(readExitRecord(a, outbox, 'c'), undefined, 'no record of c: not a or b');
});

test('one outbox line carries both the /tasks/exit event and the exit record', (t) => {
  const path = join(tempDir(t), 'events.outbox');
  const box = Outbox.open(path, { send: () => new Promise(() => {}) });
  t.after(() => box.close());
  box.publish('/tasks/exit', 'x', Buffer.from('b'), 2n, exitRecordJson(rec));
  const lines = readFileSync(path, 'utf8').trim().split('\n');
  assert.equal(lines.length, 2, 'the source line and one line for event and record');
  const line = JSON.parse(lines[1]!) as Record<string, unknown>;
  assert.equal(line['topic'], '/tasks/exit');
  assert.deepEqual(line['exit'], exitRecordJson(rec));
  assert.equal(box.backlog.length, 1);
});
