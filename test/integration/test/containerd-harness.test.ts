import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import {
  buildBusyboxImageTar,
  importImage,
  isAlive,
  mountsUnder,
  pidsWithArgv,
  skipUnless,
  startContainerd,
  tempDir,
  uniqueId,
  waitFor,
  type ContainerdHarness,
} from '@corral/test-utils';

const sha256 = (b: Buffer): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
}

test('buildBusyboxImageTar writes a valid, deterministic OCI layout, cached by content', async (t) => {
  if (skipUnless(t, { root: true, bins: ['tar'] })) return;
  const dir = tempDir(t);
  const first = await buildBusyboxImageTar(join(dir, 'a.tar'));
  const started = Date.now();
  const second = await buildBusyboxImageTar(join(dir, 'b.tar'));
  t.diagnostic(`cached build took ${Date.now() - started} ms`);
  assert.deepEqual(readFileSync(second.path), readFileSync(first.path));

  const out = join(dir, 'x');
  execFileSync('mkdir', [out]);
  execFileSync('tar', ['-xf', first.path, '-C', out]);
  assert.deepEqual(JSON.parse(readFileSync(join(out, 'oci-layout'), 'utf8')), {
    imageLayoutVersion: '1.0.0',
  });
  const blob = (digest: string): Buffer =>
    readFileSync(join(out, 'blobs', 'sha256', digest.slice('sha256:'.length)));
  for (const name of readdirSync(join(out, 'blobs', 'sha256'))) {
    assert.equal(sha256(readFileSync(join(out, 'blobs', 'sha256', name))), `sha256:${name}`);
  }
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { manifests: Descriptor[] };
  const [m] = index.manifests;
  assert.ok(m);
  assert.equal(m.mediaType, 'application/vnd.oci.image.manifest.v1+json');
  assert.equal(m.digest, first.manifestDigest);
  assert.equal(m.annotations?.['io.containerd.image.name'], 'docker.io/library/busybox:latest');
  assert.equal(m.annotations?.['org.opencontainers.image.ref.name'], 'latest');
  assert.equal(blob(m.digest).length, m.size);
  const manifest = JSON.parse(blob(m.digest).toString()) as { config: Descriptor; layers: Descriptor[] };
  assert.equal(manifest.config.mediaType, 'application/vnd.oci.image.config.v1+json');
  assert.equal(blob(manifest.config.digest).length, manifest.config.size);
  const [layer] = manifest.layers;
  assert.ok(layer);
  assert.equal(layer.mediaType, 'application/vnd.oci.image.layer.v1.tar+gzip');
  assert.equal(blob(layer.digest).length, layer.size);
  const config = JSON.parse(blob(manifest.config.digest).toString()) as {
    architecture: string;
    os: string;
    config: { Cmd: string[] };
    rootfs: { diff_ids: string[] };
  };
  assert.equal(config.os, 'linux');
  assert.equal(config.architecture, first.platform.architecture);
  assert.deepEqual(config.config.Cmd, ['sh']);
  assert.deepEqual(config.rootfs.diff_ids, [sha256(gunzipSync(blob(layer.digest)))]);
});

test('a private containerd runs the busybox image through runc shims and keeps a task across kill -9', async (t) => {
  if (skipUnless(t, { root: true, bins: ['containerd', 'ctr', 'runc', 'containerd-shim-runc-v2', 'tar'] }))
    return;
  const dir = tempDir(t);
  const image = await buildBusyboxImageTar(join(dir, 'busybox.tar'));
  // The runc shim under a second runtime name proves `runtimes` reaches containerd's PATH.
  const ctd = await startContainerd(t, {
    runtimes: {
      'io.containerd.probe.v2': execFileSync('which', ['containerd-shim-runc-v2']).toString().trim(),
    },
  });
  t.diagnostic(`containerd started in ${ctd.lastStartMs} ms (snapshotter ${ctd.snapshotter})`);
  const containerdPid = ctd.pid;
  assert.ok(containerdPid);

  let started = Date.now();
  const ref = await importImage(ctd.ctr, image.path);
  t.diagnostic(`ctr images import took ${Date.now() - started} ms`);
  assert.equal(ref, 'docker.io/library/busybox:latest');

  for (const runtime of ['io.containerd.runc.v2', 'io.containerd.probe.v2']) {
    const run = await ctd.ctr([
      'run',
      '--rm',
      '--runtime',
      runtime,
      ref,
      uniqueId('run'),
      'sh',
      '-c',
      'echo hi; exit 7',
    ]);
    t.diagnostic(`ctr run --rm --runtime ${runtime} took ${run.ms} ms`);
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, 'hi\n');
    assert.equal(run.exitCode, 7);
  }

  const id = uniqueId('sleep');
  const runtime = ['--runtime', 'io.containerd.runc.v2'];
  await ctd.ctr(['run', '-d', ...runtime, ref, id, 'sleep', '1000'], { check: true });
  const before = await taskRow(ctd, id);
  assert.equal(before.status, 'RUNNING');
  const shimPid = parentOf(before.pid);
  assert.match(readFileSync(`/proc/${shimPid}/cmdline`, 'utf8'), /containerd-shim-runc-v2\0/);
  assert.deepEqual(pidsWithArgv('containerd-shim-runc-v2', ctd.address), [shimPid]);
  // The runc shim sets its own oom_score_adj to containerd's + 1: raising needs no CAP_SYS_RESOURCE.
  const containerdAdj = oomScoreAdj(containerdPid);
  assert.equal(oomScoreAdj(shimPid), Math.min(containerdAdj + 1, 1000));
  assert.equal(oomScoreAdj(before.pid), oomScoreAdj(shimPid));

  await ctd.kill9();
  assert.equal(isAlive(containerdPid), false);
  assert.ok(isAlive(shimPid), 'the shim survives SIGKILL of containerd');
  assert.ok(isAlive(before.pid), 'the task survives SIGKILL of containerd');
  started = Date.now();
  await ctd.restart();
  t.diagnostic(`restart with one live shim took ${Date.now() - started} ms`);
  assert.notEqual(ctd.pid, containerdPid);
  assert.deepEqual(await taskRow(ctd, id), before);

  await ctd.ctr(['tasks', 'kill', '-s', 'SIGKILL', id], { check: true });
  await waitFor(async () => (await taskRow(ctd, id)).status === 'STOPPED', { what: `${id} STOPPED` });
  await ctd.ctr(['tasks', 'rm', id], { check: true });
  await ctd.ctr(['containers', 'rm', id], { check: true });

  // Leak checks: what containerd itself cleaned up, then what the harness had to force.
  await waitFor(() => !isAlive(shimPid), { what: `shim ${shimPid} to exit` });
  assert.equal(isAlive(before.pid), false);
  assert.deepEqual(pidsWithArgv('containerd-shim-runc-v2', ctd.address), []);
  assert.deepEqual(mountsUnder(ctd.dir), []);
  assert.deepEqual(readdirSync(ctd.fifoDir), []);
  const report = await ctd.dispose();
  assert.deepEqual(report, { killedPids: [], deletedRuncContainers: [], removedSockets: [], unmounted: [] });
  assert.equal(ctd.running, false);
  assert.deepEqual(pidsWithArgv(ctd.address), []);
  assert.deepEqual(mountsUnder(ctd.dir), []);
  assert.deepEqual(mountsUnder(dir), []);
});

test('teardown cleans up after a test that left a task running and containerd killed', async (t) => {
  if (skipUnless(t, { root: true, bins: ['containerd', 'ctr', 'runc', 'containerd-shim-runc-v2', 'tar'] }))
    return;
  const dir = tempDir(t);
  const image = await buildBusyboxImageTar(join(dir, 'busybox.tar'));
  const ctd = await startContainerd(t);
  const ref = await importImage(ctd.ctr, image.path);
  const id = uniqueId('left');
  await ctd.ctr(['run', '-d', ref, id, 'sleep', '1000'], { check: true });
  const { pid } = await taskRow(ctd, id);
  const shimPid = parentOf(pid);
  await ctd.kill9();

  const report = await ctd.dispose();
  // containerd came back for the teardown and removed the task itself: nothing needed force.
  assert.deepEqual(report, { killedPids: [], deletedRuncContainers: [], removedSockets: [], unmounted: [] });
  assert.equal(isAlive(pid), false);
  assert.equal(isAlive(shimPid), false);
  assert.deepEqual(pidsWithArgv(ctd.address), []);
  assert.deepEqual(mountsUnder(ctd.dir), []);
});

async function taskRow(ctd: ContainerdHarness, id: string): Promise<{ pid: number; status: string }> {
  const { stdout } = await ctd.ctr(['tasks', 'ls'], { check: true });
  const row = stdout
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .find((cols) => cols[0] === id);
  assert.ok(row, `task ${id} in ctr tasks ls:\n${stdout}`);
  return { pid: Number(row[1]), status: row[2] ?? '' };
}

function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

function oomScoreAdj(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/oom_score_adj`, 'utf8').trim());
}
