import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { test } from 'node:test';
import { toInt64, toUint64 } from '@corral/api';
import { tempDir } from '@corral/test-utils';
import { commands } from '../src/index.js';
import { nowNs, startFakeCorrald } from './helpers/fake-corrald.js';
import { runCorral } from './helpers/run-corral.js';

/** One sample invocation of every command (valid flags, so only the daemon can fail it). */
const invocations: Record<string, string[]> = {
  run: ['run', 'busybox', 'true'],
  create: ['create', 'busybox'],
  start: ['start', 'web'],
  stop: ['stop', 'web'],
  rm: ['rm', 'web'],
  ps: ['ps'],
  inspect: ['inspect', 'web'],
  logs: ['logs', 'web'],
  exec: ['exec', 'web', 'true'],
  pause: ['pause', 'web'],
  unpause: ['unpause', 'web'],
  kill: ['kill', 'web'],
  wait: ['wait', 'web'],
  stats: ['stats', '--no-stream'],
  events: ['events'],
  images: ['images'],
  rmi: ['rmi', 'busybox'],
  pull: ['pull', 'busybox'],
  import: ['import', '-'],
  load: ['load'],
  save: ['save', 'busybox'],
  version: ['version'],
  info: ['info'],
};

/** Commands that never talk to corrald: like docker's, login and logout run in the CLI alone. */
const local = ['login', 'logout'];

test('against a stopped daemon every command prints one line and exits 125', async (t) => {
  const socket = join(tempDir(t), 'no-daemon.sock');
  assert.deepEqual(
    Object.keys(invocations).sort(),
    commands
      .map((c) => c.name)
      .filter((n) => !local.includes(n))
      .sort(),
  );
  for (const [name, argv] of Object.entries(invocations)) {
    const r = await runCorral(argv, { socket });
    assert.equal(r.code, 125, name);
    assert.equal(r.stdout, '', name);
    assert.equal(
      r.stderr,
      `corral: cannot connect to corrald at ${socket}: is corrald running? start it with \`corrald\` or scripts/setup\n`,
      name,
    );
  }
});

test('the default address is /run/corral/corral.sock; --host and -H override CORRAL_HOST', async (t) => {
  const r = await runCorral(['ps'], { env: {} });
  // Either nothing listens at the default address (the usual case in a test run), or a system
  // corrald does (scripts/setup starts one): both prove the CLI dialled the default.
  if (r.code === 0) assert.equal(r.stderr, '');
  else assert.match(r.stderr, /^corral: cannot connect to corrald at \/run\/corral\/corral\.sock: /);
  const fake = await startFakeCorrald(t, {
    runtime: { listContainers: () => Promise.resolve({ containers: [] }) },
  });
  const env = { CORRAL_HOST: 'unix:///nowhere.sock' };
  for (const flag of ['--host', '-H']) {
    const ok = await runCorral([flag, `unix://${fake.path}`, 'ps'], { env });
    assert.equal(ok.code, 0, ok.stderr);
  }
  const ns = await runCorral(['--namespace', 'k8s.io', 'ps'], { socket: fake.path });
  assert.equal(ns.code, 0);
  assert.equal(fake.calls.at(-1)?.namespace, 'k8s.io');
});

test('--help on every command, `corral help CMD`, and the command list', async () => {
  for (const c of commands) {
    const a = await runCorral([c.name, '--help']);
    const b = await runCorral(['help', c.name]);
    assert.equal(a.code, 0);
    assert.equal(a.stdout, b.stdout);
    assert.match(a.stdout, new RegExp(`^Usage:  corral ${c.name}`));
    assert.match(a.stdout, /-h, --help/);
  }
  const top = await runCorral(['--help']);
  assert.equal(top.code, 0);
  for (const c of commands) assert.ok(top.stdout.includes(`\n  ${c.name} `), c.name);
  const none = await runCorral([]);
  assert.equal(none.code, 125);
  assert.match(none.stderr, /^Usage: {2}corral/);
  const unknown = await runCorral(['frobnicate']);
  assert.equal(unknown.code, 125);
  assert.equal(unknown.stderr, 'corral: unknown command "frobnicate"\nSee \'corral --help\'.\n');
  assert.match((await runCorral(['--version'])).stdout, /^corral version \d/);
});

test('version and info show the daemon, its conditions and the last recovery', async (t) => {
  const fake = await startFakeCorrald(t, {
    runtime: {
      version: () =>
        Promise.resolve({
          version: '0.1.0',
          runtimeName: 'corral',
          runtimeVersion: '0.1.0',
          runtimeApiVersion: 'v1',
        }),
      status: () =>
        Promise.resolve({
          conditions: [
            { type: 'RuntimeReady', status: true },
            { type: 'NetworkReady', status: false, reason: 'NoNetwork', message: 'host networking only' },
          ],
          info: { root: '/var/lib/corral' },
          lastRecovery: {
            at: toInt64(nowNs - 300n * 1_000_000_000n),
            durationNs: toInt64(12_500_000),
            containers: 3,
            shimsReconnected: 2,
            exitsLearned: 1,
            shimsDead: 0,
          },
        }),
    },
  });
  const v = await runCorral(['version'], { socket: fake.path });
  assert.equal(
    v.stdout,
    'Client:\n Version:      0.1.0\nServer:\n Version:      0.1.0\n Runtime:      corral 0.1.0\n API version:  v1\n',
  );
  const i = await runCorral(['info'], { socket: fake.path });
  assert.equal(i.code, 0);
  assert.equal(
    i.stdout,
    [
      `Server: corrald at ${fake.path}`,
      ' Namespace: default',
      'Conditions:',
      ' RuntimeReady: true',
      ' NetworkReady: false (NoNetwork: host networking only)',
      'Last recovery: 5 minutes ago, took 12ms: 3 containers, 2 shims reconnected, 1 exits learned, 0 shims dead',
      'Info:',
      ' root: /var/lib/corral',
      '',
    ].join('\n'),
  );
  assert.deepEqual(fake.requests('status'), [{ verbose: true }]);
});

test('import streams the file to ImportImage with plain progress lines off a TTY', async (t) => {
  const file = join(tempDir(t), 'busybox.tar');
  writeFileSync(file, Buffer.alloc(3 * 1024 * 1024 + 5, 1));
  let received = 0;
  const fake = await startFakeCorrald(t, {
    images: {
      async importImage(req, ctx) {
        for await (const chunk of ctx.stream) received += chunk.data?.length ?? 0;
        return { images: [{ id: 'sha256:abc', repoTags: [req.name ?? ''], size: toUint64(received) }] };
      },
    },
  });
  const r = await runCorral(['import', '--name', 'busybox:latest', '--format', 'oci-archive', file], {
    socket: fake.path,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(received, 3 * 1024 * 1024 + 5);
  assert.equal(r.stdout, 'Loaded image: busybox:latest\n');
  assert.deepEqual(fake.requests('importImage'), [{ name: 'busybox:latest', format: 'oci-archive' }]);
  const lines = r.stderr.trim().split('\n');
  assert.ok(lines.length >= 2 && lines.length <= 11, r.stderr);
  assert.match(lines.at(-1) ?? '', /^Importing 3\.15MB \/ 3\.15MB \(100%\)$/);
  assert.ok(!r.stderr.includes('\r'));
  const tty = await runCorral(['import', file], { socket: fake.path, tty: true });
  assert.match(tty.stderr, /\rImporting .*\(100%\)/);
  assert.ok(tty.stderr.endsWith('Imported 3.15MB\x1b[K\n'), tty.stderr);
  const missing = await runCorral(['import', join(tempDir(t), 'nope.tar')], { socket: fake.path });
  assert.equal(missing.code, 125);
  assert.match(missing.stderr, /^corral: open .*nope\.tar: ENOENT\n$/);
});

test('inspect prints a JSON array with the verbose info parsed', async (t) => {
  const id = 'abcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabca';
  const fake = await startFakeCorrald(t, {
    runtime: {
      listContainers: () => Promise.resolve({ containers: [{ id, metadata: { name: 'web' } }] }),
      containerStatus: () =>
        Promise.resolve({
          status: { id, metadata: { name: 'web' }, createdAt: toInt64(nowNs), exitCode: 0 },
          info: { info: '{"pid":42}' },
        }),
    },
  });
  const r = await runCorral(['inspect', 'web', 'ghost'], { socket: fake.path });
  assert.equal(r.code, 125);
  assert.equal(r.stderr, 'corral: no such container: ghost\n');
  const [doc] = JSON.parse(r.stdout) as Record<string, unknown>[];
  assert.equal(doc?.id, id);
  assert.equal(doc?.createdAt, '2024-01-01T00:00:00.000000000Z');
  assert.equal(doc?.startedAt, null);
  assert.deepEqual(doc?.info, { info: { pid: 42 } });
  assert.deepEqual(fake.requests('containerStatus'), [{ containerId: id, verbose: true }]);
});

test('the corral binary exits with the code runCli gives (125 and one line without a daemon)', async (t) => {
  const socket = join(tempDir(t), 'none.sock');
  const bin = fileURLToPath(new URL('../src/bin/corral.js', import.meta.url));
  const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [bin, 'ps'],
      { env: { CORRAL_HOST: `unix://${socket}` } },
      (err, stdout, stderr) => resolve({ code: err ? (err.code as number) : 0, stdout, stderr }),
    );
  });
  assert.equal(result.code, 125);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr.split('\n').length, 2, result.stderr);
  assert.match(result.stderr, /^corral: cannot connect to corrald at /);
});
