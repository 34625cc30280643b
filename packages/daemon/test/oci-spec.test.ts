import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { toInt64 } from '@corral/api';
import { tempDir } from '@corral/test-utils';
import { normalizeConfig } from '../src/containers/normalize-config.js';
import { buildOciSpec, processArgs, processEnv } from '../src/spec/oci-spec.js';
import { ociLinuxResources } from '../src/spec/resources.js';
import { layerDirsOf, resolveUser } from '../src/spec/user.js';

const base = { image: { image: 'busybox' } };

test('command and args combine with the image entrypoint and cmd as containerd CRI does', () => {
  const image = { Entrypoint: ['/entry'], Cmd: ['default'] };
  assert.deepEqual(processArgs({ command: [], args: [] }, image), ['/entry', 'default']);
  assert.deepEqual(processArgs({ command: [], args: ['x'] }, image), ['/entry', 'x']);
  assert.deepEqual(processArgs({ command: ['sh'], args: [] }, image), ['sh']);
  assert.deepEqual(processArgs({ command: ['sh'], args: ['-c', 'true'] }, image), ['sh', '-c', 'true']);
  assert.throws(() => processArgs({ command: [], args: [] }, {}), { code: 'InvalidArgument' });
});

test('env: the image first, the request wins, PATH by default, TERM with a tty', () => {
  const config = normalizeConfig({ ...base, envs: [{ key: 'A', value: 'request' }], tty: true });
  const env = processEnv(config, { Env: ['A=image', 'B=image'] }, 'h1');
  assert.deepEqual(env, [
    'HOSTNAME=h1',
    'A=request',
    'B=image',
    'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    'TERM=xterm',
  ]);
});

test('the spec carries resources, mounts, annotations and no oomScoreAdj unless asked', (t) => {
  const dir = tempDir(t);
  const config = normalizeConfig({
    ...base,
    command: ['true'],
    resources: { memoryLimitInBytes: toInt64(64 << 20), cpuQuota: toInt64(50_000), pidsLimit: toInt64(10) },
    mounts: [{ containerPath: '/data', hostPath: dir, readonly: true }],
    annotations: { team: 'a' },
    readonlyRootfs: true,
  });
  const spec = buildOciSpec({
    id: 'a'.repeat(64),
    config,
    image: {},
    user: { uid: 0, gid: 0 },
    criLogPath: '/l.log',
    cgroupsPath: '/corral/default/x',
  }) as {
    process: Record<string, unknown>;
    root: { readonly: boolean };
    mounts: { destination: string; options?: string[] }[];
    annotations: Record<string, string>;
    linux: { resources: Record<string, unknown>; cgroupsPath: string };
  };
  assert.equal(spec.root.readonly, true);
  assert.equal('oomScoreAdj' in spec.process, false);
  assert.deepEqual(spec.linux.resources['memory'], { limit: 64 << 20 });
  assert.deepEqual(spec.linux.resources['cpu'], { quota: 50_000, period: 100_000 });
  assert.deepEqual(spec.linux.resources['pids'], { limit: 10 });
  assert.deepEqual(spec.mounts.find((m) => m.destination === '/data')?.options, ['rbind', 'ro', 'rprivate']);
  assert.deepEqual(spec.annotations, { team: 'a', 'io.corral.cri.log-path': '/l.log' });
  assert.deepEqual(ociLinuxResources({}), {});
});

test('normalizeConfig refuses what would fail later, naming the field', () => {
  const bad: [object, RegExp][] = [
    [{}, /image is required/],
    [{ ...base, metadata: { name: 'a b' } }, /container name/],
    [{ ...base, mounts: [{ containerPath: '/x', hostPath: '/nope/nope' }] }, /does not exist/],
    [{ ...base, mounts: [{ containerPath: '/x/../y', hostPath: '/tmp' }] }, /without \.\./],
    [{ ...base, resources: { memoryLimitInBytes: toInt64(-5) } }, /memory_limit_in_bytes -5/],
    [{ ...base, resources: { cpuShares: toInt64(1) } }, /cpu_shares/],
    [{ ...base, annotations: { 'io.kubernetes.cri.sandbox-id': 'g' } }, /reserved/],
    [{ ...base, stopSignal: 'SIGWHAT' }, /unknown signal/],
    [{ ...base, hostname: '-bad-' }, /host name/],
    [{ ...base, workingDir: 'rel' }, /must be absolute/],
    [{ ...base, command: ['a\0b'] }, /NUL/],
  ];
  for (const [config, re] of bad)
    assert.throws(() => normalizeConfig(config), { code: 'InvalidArgument', message: re });
});

test('users resolve numerically or from the image layers, top layer first', (t) => {
  const top = tempDir(t);
  const bottom = tempDir(t);
  for (const d of [top, bottom]) mkdirSync(join(d, 'etc'));
  writeFileSync(join(bottom, 'etc', 'passwd'), 'app:x:1000:1000::/:/bin/sh\n');
  writeFileSync(join(top, 'etc', 'passwd'), 'root:x:0:0::/:/bin/sh\nweb:x:33:44::/:/bin/sh\n');
  writeFileSync(join(top, 'etc', 'group'), 'staff:x:50:\n');
  const layers = layerDirsOf([
    {
      type: 'overlay',
      source: 'overlay',
      options: [`lowerdir=${top}:${bottom}`, 'upperdir=/u', 'workdir=/w'],
    },
  ]);
  assert.deepEqual(layers, ['/u', top, bottom]);
  assert.deepEqual(resolveUser('', layers), { uid: 0, gid: 0 });
  assert.deepEqual(resolveUser('web', layers), { uid: 33, gid: 44 });
  assert.deepEqual(resolveUser('web:staff', layers), { uid: 33, gid: 50 });
  assert.deepEqual(resolveUser('1234:5', layers), { uid: 1234, gid: 5 });
  assert.deepEqual(resolveUser('33', layers), { uid: 33, gid: 44 });
  assert.throws(() => resolveUser('app', layers), /not in the image's \/etc\/passwd/);
});
