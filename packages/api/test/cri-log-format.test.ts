import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '@corral/test-utils';
import {
  CriLogWriter,
  formatRfc3339Nano,
  maxCriLineBytes,
  parseCriLine,
  parseRfc3339Nano,
} from '../src/cri-log.js';

test('RFC 3339 with nanoseconds round-trips', () => {
  const ns = 1_795_456_961_790_123_456n;
  assert.equal(formatRfc3339Nano(ns), '2026-11-23T18:02:41.790123456Z');
  assert.equal(parseRfc3339Nano(formatRfc3339Nano(ns)), ns);
  assert.equal(parseRfc3339Nano('2026-11-23T19:02:41+01:00'), 1_795_456_961_000_000_000n);
  assert.equal(parseRfc3339Nano('yesterday'), undefined);
});

test('the writer frames lines per stream, splits long ones into P records, keeps CR-LF out', (t) => {
  const path = join(tempDir(t), 'c.log');
  const w = new CriLogWriter(path, () => 0n);
  w.write('stdout', Buffer.from('hel'));
  w.write('stderr', Buffer.from('oops\r\n'));
  w.write('stdout', Buffer.from('lo\nlong:'));
  w.write('stdout', Buffer.alloc(maxCriLineBytes, 'x'));
  w.close();
  const text = readFileSync(path, 'utf8');
  const records = text
    .split('\n')
    .filter(Boolean)
    .map((l) => parseCriLine(Buffer.from(l))!);
  assert.deepEqual(
    records.map((r) => [r.stream, r.partial, r.line.length]),
    [
      ['stderr', false, 4],
      ['stdout', false, 5],
      ['stdout', true, maxCriLineBytes],
      ['stdout', false, 5],
    ],
  );
  assert.equal(parseCriLine(Buffer.from('garbage line')), undefined);
});
