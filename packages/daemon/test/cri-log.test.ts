import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '@corral/test-utils';
import pino from 'pino';
import { Container } from '../src/containers/container.js';
import type { ContainerRecord } from '../src/containers/container-record.js';
import { readContainerLogs } from '../src/logs/container-logs.js';
import {
  formatRfc3339Nano,
  maxCriLineBytes,
  parseCriLine,
  parseRfc3339Nano,
} from '../src/logs/cri-log-format.js';
import { CriLogWriter } from '../src/logs/cri-log-writer.js';

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

test('readContainerLogs: tail, since, and follow across a rotation until the container exits', async (t) => {
  const dir = tempDir(t);
  const logPath = join(dir, 'c.log');
  const c = new Container(
    {
      id: 'c1',
      namespace: 'default',
      logPath,
      state: 'running',
      config: { name: 'c1' },
    } as unknown as ContainerRecord,
    pino({ level: 'silent' }),
  );
  const line = (s: number, text: string) =>
    `${formatRfc3339Nano(BigInt(s) * 1_000_000_000n)} stdout F ${text}\n`;
  appendFileSync(logPath, line(1, 'one') + line(2, 'two') + line(3, 'three'));
  const texts = async (o: Parameters<typeof readContainerLogs>[1]) => {
    const out: string[] = [];
    for await (const e of readContainerLogs(c, o)) out.push(e.line.toString());
    return out;
  };
  assert.deepEqual(await texts({ follow: false, tail: 2, since: 0n }), ['two', 'three']);
  assert.deepEqual(await texts({ follow: false, tail: 0, since: 2_000_000_000n }), ['two', 'three']);

  const got: string[] = [];
  const following = (async () => {
    for await (const e of readContainerLogs(c, { follow: true, tail: 1, since: 0n }))
      got.push(e.line.toString());
  })();
  await waitUntil(() => got.length === 1);
  appendFileSync(logPath, line(4, 'four'));
  await waitUntil(() => got.length === 2);
  renameSync(logPath, `${logPath}.1`); // rotation: the path names a new file from now on
  appendFileSync(logPath, line(5, 'five'));
  await waitUntil(() => got.length === 3);
  c.record.state = 'exited';
  c.record.taskDeleted = true;
  c.notify();
  await following;
  assert.deepEqual(got, ['three', 'four', 'five']);
});

async function waitUntil(f: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!f()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
