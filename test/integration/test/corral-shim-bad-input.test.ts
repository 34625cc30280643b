// DESIGN rule 6 on a real shim: bad input gets a clear error with the right code, never a crash
// and never a half-made container. After every refusal the shim still answers, and has left no
// mount, no runc state and no open fd behind; a good Create afterwards still works.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { bundleFiles, containerd, packAny, services, typeUrls } from '@corral/api';
import { readExitRecord } from '@corral/shim';
import { isAlive, mountsUnder, skipUnless, uniqueId, waitFor } from '@corral/test-utils';
import {
  type DirectShim,
  assertNoLeftovers,
  createRequest,
  shimTimeouts,
  startDirectShim,
  stdoutOf,
  taskBundleDir,
  writeTaskBundle,
} from './helpers/direct-shim.js';
import { fdCount, fdTargets, runcList } from './helpers/leftovers.js';

const call = { timeoutMs: shimTimeouts.callMs };
type CreateRequest = containerd.task.v2.CreateTaskRequest.$Properties;

interface BadCreate {
  what: string;
  /** Makes the bundle (or not) and returns the request. */
  request(shim: DirectShim, id: string): CreateRequest;
  code: string;
  message: RegExp;
}

const busybox = { args: ['true'] };
const runtimeOptions = (binaryName: string) =>
  packAny(typeUrls.RuncOptions, containerd.runc.v1.Options, { binaryName });

const badCreates: BadCreate[] = [
  {
    what: 'config.json missing',
    request: (shim, id) => createRequest(shim, id, { bundle: taskBundleDir(shim, id) }),
    code: 'NotFound',
    message: /has no readable config\.json/,
  },
  {
    what: 'config.json not JSON',
    request: (shim, id) => {
      const bundle = taskBundleDir(shim, id);
      writeFileSync(join(bundle, bundleFiles.config), '{"ociVersion": ');
      return createRequest(shim, id, { bundle });
    },
    code: 'InvalidArgument',
    message: /config\.json is not valid JSON/,
  },
  {
    what: 'an id with ../',
    request: (shim, id) =>
      createRequest(shim, id, { id: `../${id}`, bundle: writeTaskBundle(shim, id, busybox) }),
    code: 'InvalidArgument',
    message: /container id/,
  },
  {
    what: 'a relative bundle path',
    request: (shim, id) => {
      writeTaskBundle(shim, id, busybox);
      return createRequest(shim, id, { bundle: join(shim.namespace, id) });
    },
    code: 'InvalidArgument',
    message: /must be an absolute path/,
  },
  {
    what: 'root.path pointing nowhere (no rootfs mounts)',
    request: (shim, id) => {
      const bundle = writeTaskBundle(shim, id, { ...busybox, rootPath: join(shim.tmp, 'no-such-rootfs') });
      return createRequest(shim, id, { bundle, rootfs: [] });
    },
    code: 'Unknown',
    message: /^OCI runtime create failed: .*no-such-rootfs.*no such file or directory/,
  },
  {
    what: 'a rootfs mount whose source does not exist',
    request: (shim, id) =>
      createRequest(shim, id, {
        bundle: writeTaskBundle(shim, id, busybox),
        rootfs: [{ type: 'bind', source: join(shim.tmp, 'nowhere'), options: ['rbind', 'ro'] }],
      }),
    code: 'InvalidArgument',
    message: /^mount bind .*nowhere on .*: No such file or directory$/,
  },
  {
    what: 'a stdout path that does not exist',
    request: (shim, id) =>
      createRequest(shim, id, {
        bundle: writeTaskBundle(shim, id, busybox),
        stdout: join(shim.tmp, 'no', 'out'),
      }),
    code: 'InvalidArgument',
    message: /does not exist/,
  },
  {
    what: 'a terminal whose stdout path does not exist',
    request: (shim, id) =>
      createRequest(shim, id, {
        bundle: writeTaskBundle(shim, id, { ...busybox, terminal: true }),
        terminal: true,
        stdout: join(shim.tmp, 'no', 'tty-out'),
        stderr: '',
      }),
    code: 'InvalidArgument',
    message: /tty-out.* does not exist/,
  },
  {
    what: 'runtime binary_name "false" (exits 1, says nothing)',
    request: (shim, id) =>
      createRequest(shim, id, {
        bundle: writeTaskBundle(shim, id, busybox),
        options: runtimeOptions('false'),
      }),
    code: 'Unknown',
    message: /^OCI runtime create failed: false create: exit status 1/,
  },
  {
    what: 'a runtime binary that does not exist',
    request: (shim, id) =>
      createRequest(shim, id, {
        bundle: writeTaskBundle(shim, id, busybox),
        options: runtimeOptions('corral-no-such-runtime'),
      }),
    code: 'Unknown',
    message: /corral-no-such-runtime.*ENOENT/,
  },
];

test('corral-shim refuses bad input with a clear error and leaves nothing behind', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const shim = await startDirectShim(t);
  const { task, shimPid } = shim;

  const unknown = await shim.client.call(services.task, 'Frobnicate', new Uint8Array(0), call).then(
    () => assert.fail('an unknown method succeeded'),
    (err: { code?: string; message?: string }) => err,
  );
  assert.equal(unknown.code, 'Unimplemented');
  assert.match(unknown.message ?? '', /method Frobnicate/);
  assert.equal((await task.connect({ id: shim.id }, call)).shimPid, shimPid, 'the shim still answers');

  const fdsBefore = fdTargets(shimPid);
  for (const bad of badCreates) {
    const id = uniqueId('bad');
    const request = bad.request(shim, id);
    const err = await task.create(request, call).then(
      () => assert.fail(`${bad.what}: Create succeeded`),
      (e: { code?: string; message?: string }) => e,
    );
    t.diagnostic(`${bad.what}: ${err.code}: ${err.message}`);
    assert.equal(err.code, bad.code, `${bad.what}: ${err.message}`);
    assert.match(err.message ?? '', bad.message, bad.what);
    assert.equal((await task.connect({ id }, call)).shimPid, shimPid, `${bad.what}: the shim still answers`);
    assert.deepEqual(mountsUnder(shim.tmp), [], `${bad.what}: no mount left`);
    assert.equal(runcList(shim.runtimeStateDir), '', `${bad.what}: no runc state left`);
    assert.deepEqual(fdTargets(shimPid), fdsBefore, `${bad.what}: no fd left open (${fdCount(shimPid)})`);
    await assert.rejects(task.state({ id }, call), { code: 'NotFound' }, `${bad.what}: no task`);
    await settle(shim);
    assert.equal(
      readExitRecord(request.bundle ?? ''),
      undefined,
      `${bad.what}: no exit record of a non-task`,
    );
  }

  assert.deepEqual(
    shim.events.map((e) => e.topic),
    [],
    'no event about a container that was never made',
  );

  // The shim is as good as new: a container with the shim's own id runs.
  writeTaskBundle(shim, shim.id, { args: ['sh', '-c', 'echo fine'] });
  await task.create(createRequest(shim, shim.id), call);
  const waited = task.wait({ id: shim.id }, call);
  await task.start({ id: shim.id }, call);
  assert.equal((await waited).exitStatus, 0);
  assert.equal(stdoutOf(shim, shim.id), 'fine\n');
  await task.delete({ id: shim.id }, call);
  await task
    .shutdown({ id: shim.id }, call)
    .catch((err: { code?: string }) => assert.equal(err.code, 'Unavailable'));
  await waitFor(() => !isAlive(shimPid), { timeoutMs: shimTimeouts.exitMs, what: 'the shim to exit' });
  assertNoLeftovers(shim);
});

/** One round trip through the shim: whatever a refused Create set off has run by the reply. */
async function settle(shim: DirectShim): Promise<void> {
  await shim.task.connect({ id: shim.id }, call);
}
