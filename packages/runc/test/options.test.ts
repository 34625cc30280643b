import assert from 'node:assert/strict';
import { it } from 'node:test';
import { globalArgs, startProcessArgs } from '../src/options.js';

it('globalArgs: only what is set, in go-runc order', () => {
  assert.deepEqual(globalArgs({}), []);
  assert.deepEqual(globalArgs({ command: 'crun', timeoutMs: 5, systemdCgroup: false, debug: false }), []);
  assert.deepEqual(
    globalArgs({ rootless: true, systemdCgroup: true, logFormat: 'json', log: '/l', root: '/r' }),
    ['--root', '/r', '--log', '/l', '--log-format', 'json', '--systemd-cgroup', '--rootless=true'],
  );
});

it('startProcessArgs: --preserve-fds counts the extra files', () => {
  assert.deepEqual(startProcessArgs({ extraFiles: [] }), []);
  assert.deepEqual(startProcessArgs({ extraFiles: [5, 6, 7] }), ['--preserve-fds', '3']);
});
