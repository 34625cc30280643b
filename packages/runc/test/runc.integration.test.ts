import assert from 'node:assert/strict';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isAlive, missingRequirement, mountsUnder, pidsWithArgv, waitFor } from '@corral/test-utils';
import { Runc, RuncError, isNotExistError, isUnsupportedError, type ProcessSpec } from '../src/index.js';
import { RuntimeSuite, cgroupDirsFor, runtimeEnv, type RuntimeEnv } from './helpers/runtime-env.js';

/*
 * The same suite against real runc and real crun, each container on the busybox-static rootfs,
 * each test on its own --root with unique ids and a unique cgroupsPath. The last test of each
 * suite is the leak check: nothing listed under any root, no cgroup, no process left.
 */

const waitMs = 10_000;

function execSpec(args: string[]): ProcessSpec {
  return { user: { uid: 0, gid: 0 }, args, env: ['PATH=/bin'], cwd: '/' };
}

/** Open `path` for the container to write to; our copy is closed once runc has handed it on. */
async function withOutputFile<T>(path: string, fn: (fd: number) => Promise<T>): Promise<T> {
  const fd = openSync(path, 'a');
  try {
    return await fn(fd);
  } finally {
    closeSync(fd);
  }
}

const read = (path: string): string => (existsSync(path) ? readFileSync(path, 'utf8') : '');

async function waitForStatus(env: RuntimeEnv, id: string, status: string): Promise<void> {
  await waitFor(async () => (await env.runc.state(id)).status === status, {
    timeoutMs: waitMs,
    what: `${id} to be ${status}`,
  });
}

for (const bin of ['runc', 'crun']) {
  describe(bin, () => {
    const suite = new RuntimeSuite(bin);
    before(() => suite.open());
    after(() => suite.close());

    it('run propagates the exit code of the container process', async (t) => {
      const env = runtimeEnv(t, suite);
      if (!env) return;
      const id = env.newId();
      const bundle = env.bundle(id, ['sh', '-c', 'exit 3']);
      const r = await env.runc.run(id, { bundle });
      assert.equal(r.exitCode, 3);
      assert.deepEqual(await env.runc.list(), []);
    });

    it('create, start, ps, exec, pause, resume, update, stats, kill, delete', async (t) => {
      const env = runtimeEnv(t, suite);
      if (!env) return;
      const { runc } = env;
      const id = env.newId();
      const bundle = env.bundle(id, ['sh', '-c', 'echo hello-from-init; exec sleep 1000']);
      const initOut = join(env.dir, 'init.out');

      const pid = await withOutputFile(initOut, (fd) =>
        runc.create(id, { bundle, io: { stdout: fd, stderr: fd } }),
      );
      suite.pids.push(pid);
      let state = await runc.state(id);
      assert.equal(state.status, 'created');
      assert.equal(state.pid, pid);
      assert.equal(state.id, id);
      assert.equal(state.bundle, bundle);
      assert.equal(isAlive(pid), true);

      await runc.start(id);
      assert.equal((await runc.state(id)).status, 'running');
      await waitFor(() => read(initOut).includes('hello-from-init'), {
        timeoutMs: waitMs,
        what: 'init output',
      });
      assert.ok((await runc.ps(id)).includes(pid));

      const execOut = join(env.dir, 'exec.out');
      const exec = await withOutputFile(execOut, (fd) =>
        runc.exec(id, execSpec(['sh', '-c', 'touch /tmp/marker; echo exec-marker']), {
          detach: true,
          io: { stdout: fd },
        }),
      );
      assert.equal(exec.exitCode, 0);
      assert.ok(exec.pid !== undefined && exec.pid > 0);
      suite.pids.push(exec.pid);
      await waitFor(() => read(execOut).includes('exec-marker'), { timeoutMs: waitMs, what: 'exec output' });
      const check = await runc.exec(id, execSpec(['sh', '-c', 'test -f /tmp/marker && echo present']), {
        io: { stdout: 'pipe' },
      });
      assert.deepEqual([check.exitCode, check.stdout], [0, 'present\n']);
      const failing = await runc.exec(id, execSpec(['sh', '-c', 'exit 7']));
      assert.equal(failing.exitCode, 7);

      await runc.pause(id);
      assert.equal((await runc.state(id)).status, 'paused');
      await runc.resume(id);
      assert.equal((await runc.state(id)).status, 'running');

      const limit = 64 * 1024 * 1024;
      await runc.update(id, { memory: { limit } });
      const limitFile = join('/sys/fs/cgroup/memory', env.cgroupsPath(id), 'memory.limit_in_bytes');
      assert.equal(readFileSync(limitFile, 'utf8').trim(), String(limit));

      try {
        const stats = await runc.stats(id);
        assert.ok(stats.memory.usage.usage > 0, 'memory usage');
        assert.equal(stats.memory.usage.limit, limit);
        assert.ok(stats.pids.current >= 1, 'pids.current');
        assert.ok(stats.cpu.usage.total > 0, 'cpu usage');
      } catch (err) {
        // crun 1.8 has no `events`; the wrapper must say so clearly rather than fake numbers.
        if (bin !== 'crun' || !isUnsupportedError(err)) throw err;
        t.diagnostic(`${bin} has no events --stats: ${(err as Error).message}`);
      }

      await runc.kill(id, 'SIGKILL');
      await waitForStatus(env, id, 'stopped');
      state = await runc.state(id);
      assert.equal(state.pid, 0);
      await runc.delete(id);
      assert.ok(!(await runc.list()).some((c) => c.id === id));
      await waitFor(() => !isAlive(pid), { timeoutMs: waitMs, what: 'init to be gone' });
      assert.deepEqual(cgroupDirsFor(env.cgroupsPath(id)), []);
    });

    it('kill --all signals every process of the container', async (t) => {
      const env = runtimeEnv(t, suite);
      if (!env) return;
      const id = env.newId();
      const bundle = env.bundle(id, ['sleep', '1000']);
      const pid = await env.runc.create(id, { bundle });
      suite.pids.push(pid);
      await env.runc.start(id);
      const exec = await env.runc.exec(id, execSpec(['sleep', '1000']), { detach: true });
      assert.ok(exec.pid);
      suite.pids.push(exec.pid);
      await env.runc.kill(id, 9, { all: true });
      await waitFor(() => !isAlive(pid) && !isAlive(exec.pid ?? 0), {
        timeoutMs: waitMs,
        what: 'both to die',
      });
      await waitForStatus(env, id, 'stopped');
      await env.runc.delete(id);
    });

    it('delete --force removes a running container', async (t) => {
      const env = runtimeEnv(t, suite);
      if (!env) return;
      const id = env.newId();
      const bundle = env.bundle(id, ['sleep', '1000']);
      const r = await env.runc.run(id, { bundle, detach: true });
      assert.equal(r.exitCode, 0);
      assert.ok(r.pid);
      suite.pids.push(r.pid);
      assert.equal((await env.runc.state(id)).status, 'running');

      await assert.rejects(env.runc.delete(id), RuncError, 'plain delete of a running container fails');
      await env.runc.delete(id, { force: true });
      await assert.rejects(env.runc.state(id), isNotExistError);
      await waitFor(() => !isAlive(r.pid ?? 0), { timeoutMs: waitMs, what: 'init to be gone' });
      assert.deepEqual(cgroupDirsFor(env.cgroupsPath(id)), []);
    });

    it("state of an unknown id fails with the runtime's own message", async (t) => {
      const env = runtimeEnv(t, suite);
      if (!env) return;
      const err = await env.runc.state('no-such-container').catch((e: unknown) => e);
      assert.ok(err instanceof RuncError);
      assert.equal(err.reason, 'exit');
      assert.match(err.runcMessage ?? '', /does not exist|No such file or directory/);
      assert.ok(err.message.startsWith(`${bin} state: exit status 1: `), err.message);
      assert.equal(isNotExistError(err), true);
      t.diagnostic(err.message);
    });

    it("create with a missing rootfs fails with the runtime's own message", async (t) => {
      const env = runtimeEnv(t, suite);
      if (!env) return;
      const id = env.newId();
      const missing = join(env.dir, 'no-rootfs');
      const bundle = env.bundle(id, ['true'], { rootPath: missing });
      const err = await env.runc.create(id, { bundle }).catch((e: unknown) => e);
      assert.ok(err instanceof RuncError);
      assert.equal(err.subcommand, 'create');
      assert.ok(err.runcMessage?.includes(missing), `runc's message names the rootfs: ${err.message}`);
      t.diagnostic(err.message);
      assert.deepEqual(await env.runc.list(), []);
    });

    it('version, and features where the runtime has them', async (t) => {
      const env = runtimeEnv(t, suite);
      if (!env) return;
      const v = await env.runc.version();
      assert.equal(v.name, bin);
      assert.match(v.version, /^\d+\.\d+/);
      assert.ok(v.spec);
      try {
        const f = await env.runc.features();
        assert.ok(f.ociVersionMax);
      } catch (err) {
        if (bin !== 'crun' || !isUnsupportedError(err)) throw err;
        t.diagnostic(`${bin} has no features: ${(err as Error).message}`);
      }
    });

    it('checkpoint a running container (skips with CRIU’s reason where CRIU cannot run)', async (t) => {
      const env = runtimeEnv(t, suite);
      if (!env) return;
      const id = env.newId();
      const bundle = env.bundle(id, ['sleep', '1000']);
      const r = await env.runc.run(id, { bundle, detach: true });
      assert.ok(r.pid);
      suite.pids.push(r.pid);
      const imagePath = join(env.dir, 'checkpoint');
      const workPath = join(env.dir, 'criu-work');
      mkdirSync(imagePath);
      mkdirSync(workPath);
      try {
        await env.runc.checkpoint(id, { imagePath, workPath, leaveRunning: true });
      } catch (err) {
        if (isUnsupportedError(err)) {
          t.skip(`${bin} cannot checkpoint: ${(err as Error).message}`);
          return;
        }
        if (err instanceof RuncError && /criu/i.test(err.runcMessage ?? '')) {
          t.skip(`CRIU cannot checkpoint here: ${err.runcMessage?.split('\n')[0]}; ${criuErrors(workPath)}`);
          return;
        }
        throw err;
      }
      assert.ok(
        readdirSync(imagePath).some((f) => f.endsWith('.img')),
        'checkpoint images written',
      );
      assert.equal((await env.runc.state(id)).status, 'running');
    });

    it('leaves no containers, cgroups, processes or mounts behind', async (t) => {
      const missing = missingRequirement({ root: true, bins: [bin] });
      if (missing !== undefined) return t.skip(missing);
      for (const root of suite.roots) {
        assert.deepEqual(await new Runc({ command: bin, root }).list(), [], `containers left under ${root}`);
        assert.deepEqual(pidsWithArgv(root), [], `processes naming ${root}`);
      }
      for (const path of suite.cgroupsPaths) assert.deepEqual(cgroupDirsFor(path), [], `cgroup ${path} left`);
      assert.deepEqual(
        suite.pids.filter((p) => isAlive(p)),
        [],
        'container processes still alive',
      );
      assert.deepEqual(mountsUnder(suite.dir), []);
    });
  });
}

/** The Error lines of CRIU's own log: the actual reason (here the vDSO) behind runc's summary. */
function criuErrors(workPath: string): string {
  for (const name of existsSync(workPath) ? readdirSync(workPath) : []) {
    if (!name.endsWith('.log')) continue;
    const errors = readFileSync(join(workPath, name), 'utf8')
      .split('\n')
      .filter((l) => l.includes('Error'))
      .map((l) => l.replace(/^\([\d.]+\)\s*/, ''));
    // The last ones are why CRIU gave up; earlier ones are probes it tolerates.
    if (errors.length > 0) return `${name}: ${errors.slice(-2).join(' / ')}`;
  }
  return 'no CRIU log';
}
