import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseVersion } from '../src/version.js';
import { crunVersion, runcVersion } from './fixtures/outputs.js';

describe('parseVersion', () => {
  it('reads runc 1.1.5', () => {
    assert.deepEqual(parseVersion(runcVersion), {
      name: 'runc',
      version: '1.1.5+ds1',
      commit: '1.1.5+ds1-1+deb12u1',
      spec: '1.0.2-dev',
      extra: { go: 'go1.19.8', libseccomp: '2.5.4' },
      buildFeatures: [],
    });
  });

  it('reads crun 1.8.1, build features included', () => {
    assert.deepEqual(parseVersion(crunVersion), {
      name: 'crun',
      version: '1.8.1',
      commit: 'f8a096be060b22ccd3d5f3ebe44108517fbf6c30',
      spec: '1.0.0',
      extra: { rundir: '/run/crun' },
      buildFeatures: ['+SYSTEMD', '+SELINUX', '+APPARMOR', '+CAP', '+SECCOMP', '+EBPF', '+YAJL'],
    });
  });

  it('throws on something else', () => {
    assert.throws(() => parseVersion('Usage: runc …'), TypeError);
    assert.throws(() => parseVersion(''), TypeError);
  });
});
