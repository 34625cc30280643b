import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corral, toInt64, toUint64 } from '@corral/api';
import { recoveryLine } from '../src/commands/daemon-info.js';
import {
  binarySize,
  cpuPercent,
  ellipsize,
  formatTable,
  humanDuration,
  humanSize,
  parseCpus,
  parseMemory,
  splitTag,
  statusText,
} from '../src/index.js';

test('durations read as docker writes them', () => {
  const s = 1000;
  const cases: [number, string][] = [
    [500, 'Less than a second'],
    [s, '1 second'],
    [59 * s, '59 seconds'],
    [60 * s, 'About a minute'],
    [119 * s, 'About a minute'],
    [45 * 60 * s, '45 minutes'],
    [60 * 60 * s, 'About an hour'],
    [5 * 3600 * s, '5 hours'],
    [3 * 86400 * s, '3 days'],
    [20 * 86400 * s, '2 weeks'],
    [90 * 86400 * s, '3 months'],
    [800 * 86400 * s, '2 years'],
  ];
  for (const [ms, text] of cases) assert.equal(humanDuration(ms), text, String(ms));
});

test('sizes: decimal for images, binary for memory', () => {
  assert.equal(humanSize(999), '999B');
  assert.equal(humanSize(4_261_234), '4.26MB');
  assert.equal(humanSize(1_500), '1.5kB');
  assert.equal(binarySize(1.5 * 1024 * 1024), '1.5MiB');
  assert.equal(binarySize(64 * 1024 * 1024), '64MiB');
  assert.equal(binarySize(0), '0B');
});

test('--memory and --cpus', () => {
  assert.equal(parseMemory('run', '--memory', '64m'), 64 * 1024 * 1024);
  assert.equal(parseMemory('run', '--memory', '1G'), 1024 ** 3);
  assert.equal(parseMemory('run', '--memory', '512kb'), 512 * 1024);
  assert.equal(parseMemory('run', '--memory', '4096'), 4096);
  assert.throws(() => parseMemory('run', '--memory', '64x'), /invalid --memory/);
  assert.deepEqual(parseCpus('run', '0.5'), { cpuPeriod: 100_000, cpuQuota: 50_000 });
  assert.deepEqual(parseCpus('run', '2'), { cpuPeriod: 100_000, cpuQuota: 200_000 });
  assert.throws(() => parseCpus('run', '0.001'), /minimum/);
});

test('status words, tables, tags', () => {
  const S = corral.v1.ContainerState;
  assert.equal(
    statusText({ state: S.CONTAINER_CREATED, startedAt: 0n, finishedAt: 0n, exitCode: 0 }, 0),
    'Created',
  );
  assert.equal(
    statusText({ state: S.CONTAINER_EXITED, startedAt: 0n, finishedAt: 0n, exitCode: 137 }, 0),
    'Exited (137)',
  );
  assert.equal(formatTable(['A', 'BB'], [['xyz', '1']]), 'A     BB\nxyz   1\n');
  assert.equal(ellipsize('abcdef', 4), 'abc…');
  assert.deepEqual(splitTag('localhost:5000/busybox'), ['localhost:5000/busybox', '<none>']);
  assert.deepEqual(splitTag('busybox:1.36'), ['busybox', '1.36']);
});

test('CPU % from usage_nano_cores, else from two samples', () => {
  const at = (ns: number, usage: number) => ({
    cpu: { timestamp: toInt64(ns), usageCoreNanoSeconds: toUint64(usage) },
  });
  assert.equal(cpuPercent({ cpu: { usageNanoCores: toUint64(1_500_000_000) } }, undefined), '150.00%');
  assert.equal(cpuPercent(at(2e9, 5e8), at(1e9, 0)), '50.00%');
  assert.equal(cpuPercent(at(2e9, 5e8), undefined), '--');
});

test('the recovery line names settled operations only when there were some', () => {
  const at = toInt64(BigInt(Date.UTC(2026, 0, 1, 12, 0, 0)) * 1_000_000n);
  const now = Date.UTC(2026, 0, 1, 12, 1, 0);
  const base = { at, durationNs: toInt64(7_000_000n), containers: 4, shimsReconnected: 2, shimsDead: 2 };
  assert.equal(
    recoveryLine(base, now),
    'Last recovery: About a minute ago, took 7ms: 4 containers, 2 shims reconnected, 0 exits learned, 2 shims dead',
  );
  assert.equal(
    recoveryLine({ ...base, createsRolledBack: 1, stopsResumed: 2, failed: 1 }, now),
    'Last recovery: About a minute ago, took 7ms: 4 containers, 2 shims reconnected, 0 exits learned, 2 shims dead' +
      ', 1 creates rolled back, 2 stops resumed, 1 failed',
  );
  assert.equal(recoveryLine(undefined, now), 'Last recovery: none');
});
