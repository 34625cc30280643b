import assert from 'node:assert/strict';
import { appendFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '@corral/test-utils';
import pino from 'pino';
import { Container } from '../src/containers/container.js';
import type { ContainerRecord } from '../src/containers/container-record.js';
import { readContainerLogs } from '../src/logs/container-logs.js';
import { formatRfc3339Nano } from '@corral/api/cri-log';

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
