import assert from 'node:assert/strict';
import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '@corral/test-utils';
import { CriLogWriter, formatRfc3339Nano, maxCriLineBytes } from '../src/cri-log.js';

const fixedNow = () => 1_763_918_209_000_000_042n;

function records(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean);
}

test('timestamps are RFC3339 with nine fractional digits in UTC', () => {
  assert.equal(formatRfc3339Nano(1_763_918_209_123_456_789n), '2025-11-23T17:16:49.123456789Z');
  assert.equal(formatRfc3339Nano(0n), '1970-01-01T00:00:00.000000000Z');
});

test('lines become F records per stream, with interleaved partial writes kept apart', (t) => {
  const path = join(tempDir(t), 'c.log');
  const w = new CriLogWriter(path, fixedNow);
  w.write('stdout', Buffer.from('hel'));
  w.write('stderr', Buffer.from('oops\r\n'));
  w.write('stdout', Buffer.from('lo\nworld\n'));
  w.write('stdout', Buffer.from('tail'));
  w.close();
  const ts = formatRfc3339Nano(fixedNow());
  assert.deepEqual(records(path), [
    `${ts} stderr F oops`,
    `${ts} stdout F hello`,
    `${ts} stdout F world`,
    `${ts} stdout F tail`,
  ]);
});

test('lines over 16 KiB are split into P records followed by an F record', (t) => {
  const path = join(tempDir(t), 'c.log');
  const w = new CriLogWriter(path, fixedNow);
  const long = 'x'.repeat(maxCriLineBytes * 2 + 10);
  w.write('stdout', Buffer.from(`${long}\n`));
  w.write('stdout', Buffer.from(`${'y'.repeat(maxCriLineBytes)}\n`));
  w.close();
  const recs = records(path).map(
    (r) => r.split(' ').slice(1, 3).join(' ') + ' ' + (r.split(' ')[3] ?? '').length,
  );
  assert.deepEqual(recs, [
    `stdout P ${maxCriLineBytes}`,
    `stdout P ${maxCriLineBytes}`,
    'stdout F 10',
    `stdout F ${maxCriLineBytes}`,
  ]);
});

test('reopen writes to a fresh file after rotation', (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'c.log');
  const w = new CriLogWriter(path, fixedNow);
  w.write('stdout', Buffer.from('one\n'));
  renameSync(path, `${path}.1`);
  w.reopen();
  w.write('stdout', Buffer.from('two\n'));
  w.close();
  assert.match(readFileSync(`${path}.1`, 'utf8'), / stdout F one\n$/);
  assert.match(readFileSync(path, 'utf8'), / stdout F two\n$/);
});
