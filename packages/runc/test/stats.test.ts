import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeStats, parseStatsEvent } from '../src/stats.js';
import { runcStatsLine } from './fixtures/outputs.js';

describe('parseStatsEvent', () => {
  it("reads runc 1.1.5's events --stats line", () => {
    const s = parseStatsEvent(runcStatsLine);
    assert.deepEqual(s.cpu.usage, {
      total: 11338153,
      kernel: 10000000,
      user: 0,
      percpu: [4792248, 6545905],
      percpu_kernel: [8000000, 3984448],
      percpu_user: [0, 0],
    });
    assert.deepEqual(s.cpu.throttling, { periods: 0, throttledPeriods: 0, throttledTime: 0 });
    assert.deepEqual(s.memory.usage, {
      limit: 9223372036854771712,
      usage: 1347584,
      max: 2265088,
      failcnt: 0,
    });
    assert.deepEqual(s.memory.kernelTCP, { limit: 9223372036854771712, usage: 0, max: 0, failcnt: 0 });
    assert.equal(s.memory.cache, 532480);
    assert.equal(s.memory.raw['total_cache'], 532480);
    assert.deepEqual(s.pids, { current: 1, limit: 0 });
    assert.deepEqual(s.hugetlb, {
      '1GB': { usage: 0, max: 0, failcnt: 0 },
      '2MB': { usage: 0, max: 0, failcnt: 0 },
    });
    assert.deepEqual(s.blkio.ioServiceBytesRecursive, []);
    assert.deepEqual(s.cpuset.cpus, [0, 1]);
    assert.equal(s.cpuset.sched_relax_domain_level, -1);
    assert.deepEqual(s.network_interfaces, []);
  });

  it('fills in what omitempty left out and keeps blkio entries', () => {
    const s = normalizeStats({
      blkio: { ioServiceBytesRecursive: [{ major: 8, op: 'Read', value: 4096 }] },
      network_interfaces: [{ Name: 'eth0', RxBytes: 10 }],
    });
    assert.deepEqual(s.blkio.ioServiceBytesRecursive, [{ major: 8, minor: 0, value: 4096, op: 'Read' }]);
    assert.equal(s.network_interfaces[0]?.Name, 'eth0');
    assert.equal(s.network_interfaces[0]?.TxBytes, 0);
    assert.equal(s.memory.usage.usage, 0);
    assert.deepEqual(s.cpu.usage.percpu, []);
  });

  it('rejects anything but a stats event', () => {
    assert.throws(() => parseStatsEvent('{"type":"oom","id":"c1"}'), /expected a "stats" event/);
    assert.throws(() => parseStatsEvent(''), TypeError);
  });
});
