// The container lifecycle through the Runtime service of a real corrald, once per runtime handler:
// create/start/wait/stop/remove, exit codes, env/labels/limits read back from inside and from the
// cgroup, the CRI log, ExecSync with its timeout, pause/resume, stats, pids.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { test } from 'node:test';
import { corral, toBigInt, toInt64 } from '@corral/api';
import { isAlive, skipUnless, waitFor } from '@corral/test-utils';
import { create, execText, handlers, logLines, run, status } from './helpers/containers.js';
import { ns, startTestDaemon } from './helpers/test-daemon.js';

const S = corral.v1.ContainerState;
const MiB = 1024 * 1024;

for (const handler of handlers) {
  test(`lifecycle with runtime handler ${handler}`, async (t) => {
    if (skipUnless(t, { root: true, bins: ['runc', 'crun', 'containerd-shim-runc-v2', 'mkfifo'] })) return;
    const h = await startTestDaemon(t);
    const rt = h.daemon.runtime;

    await t.test('exit codes 0 and 7 reach Wait and ContainerStatus, output the CRI log', async (st) => {
      const ok = await run(
        h,
        { command: ['sh', '-c', 'echo hello from corral'], runtimeHandler: handler },
        st,
      );
      const bad = await run(
        h,
        { command: ['sh', '-c', 'echo oops >&2; exit 7'], runtimeHandler: handler },
        st,
      );
      const w0 = await rt.waitContainer({ containerId: ok }, ns);
      const w7 = await rt.waitContainer({ containerId: bad }, ns);
      assert.equal(w0.exitCode, 0);
      assert.equal(w0.reason, 'Completed');
      assert.equal(w7.exitCode, 7);
      assert.equal(w7.reason, 'Error');
      const s7 = await status(h, bad);
      assert.equal(s7.state, S.CONTAINER_EXITED);
      assert.equal(s7.exitCode, 7);
      assert.equal(s7.runtimeHandler, handler);
      assert.ok(toBigInt(s7.finishedAt) >= toBigInt(s7.startedAt) && toBigInt(s7.startedAt) > 0n);
      // The shim closes the log after draining it once the task is deleted.
      await waitFor(() => h.daemon.context.store.get('default', ok)?.record.taskDeleted, {
        what: 'task retired',
      });
      assert.deepEqual(logLines((await status(h, ok)).logPath ?? ''), [
        { stream: 'stdout', text: 'hello from corral' },
      ]);
      await waitFor(() => h.daemon.context.store.get('default', bad)?.record.taskDeleted, {
        what: 'task retired',
      });
      assert.deepEqual(logLines(s7.logPath ?? ''), [{ stream: 'stderr', text: 'oops' }]);
      const exitedIds = (await rt.listContainers({ filter: { state: { state: S.CONTAINER_EXITED } } }, ns))
        .containers;
      assert.deepEqual(exitedIds?.map((c) => c.id).sort(), [ok, bad].sort());
      const byPrefix = await rt.listContainers({ filter: { id: ok.slice(0, 10) } }, ns);
      assert.deepEqual(
        byPrefix.containers?.map((c) => c.id),
        [ok],
      );
      for (const id of [ok, bad]) await rt.removeContainer({ containerId: id }, ns);
      assert.equal((await rt.listContainers({}, ns)).containers?.length, 0);
    });

    await t.test('env, labels and limits are applied', async (st) => {
      const id = await run(
        h,
        {
          command: ['sleep', '1000'],
          runtimeHandler: handler,
          envs: [{ key: 'GREETING', value: 'hi there' }],
          labels: { app: 'web', tier: 'front' },
          resources: {
            memoryLimitInBytes: toLong(64 * MiB),
            cpuQuota: toLong(50_000),
            pidsLimit: toLong(100),
          },
        },
        st,
      );
      const env = await execText(h, id, ['env']);
      assert.match(env.stdout, /^GREETING=hi there$/m);
      const cg = await execText(h, id, ['cat', '/proc/self/cgroup']);
      const memPath = /^\d+:memory:(.+)$/m.exec(cg.stdout)?.[1];
      assert.equal(memPath, `/corral/default/${id}`);
      assert.equal(
        readFileSync(`/sys/fs/cgroup/memory${memPath}/memory.limit_in_bytes`, 'utf8').trim(),
        String(64 * MiB),
      );
      assert.equal(readFileSync(`/sys/fs/cgroup/cpu${memPath}/cpu.cfs_quota_us`, 'utf8').trim(), '50000');
      assert.equal(readFileSync(`/sys/fs/cgroup/pids${memPath}/pids.max`, 'utf8').trim(), '100');
      const listed = await rt.listContainers({ filter: { labelSelector: { app: 'web' } } }, ns);
      assert.deepEqual(
        listed.containers?.map((c) => c.id),
        [id],
      );
      assert.deepEqual((await status(h, id)).labels, { app: 'web', tier: 'front' });
      assert.equal(
        (await rt.listContainers({ filter: { labelSelector: { app: 'db' } } }, ns)).containers?.length,
        0,
      );

      await rt.updateContainerResources(
        { containerId: id, resources: { memoryLimitInBytes: toLong(96 * MiB) } },
        ns,
      );
      assert.equal(
        readFileSync(`/sys/fs/cgroup/memory${memPath}/memory.limit_in_bytes`, 'utf8').trim(),
        String(96 * MiB),
      );
      await rt.removeContainer({ containerId: id, force: true }, ns);
    });

    await t.test(
      'ExecSync: exit code, output, and a timeout that kills the exec and its output holders',
      async (st) => {
        const id = await run(h, { command: ['sleep', '2000'], runtimeHandler: handler }, st);
        const r = await execText(h, id, ['sh', '-c', 'echo out; echo err >&2; exit 3']);
        assert.deepEqual(r, { stdout: 'out\n', stderr: 'err\n', exitCode: 3, timedOut: false });

        const initPids = (await rt.listContainerPids({ containerId: id }, ns)).pids ?? [];
        assert.equal(initPids.length, 1);
        let t0 = Date.now();
        const slow = await execText(h, id, ['sleep', '1000'], 1);
        assert.equal(slow.timedOut, true);
        assert.equal(slow.exitCode, -1);
        assert.ok(Date.now() - t0 < 5_000, `took ${Date.now() - t0} ms`);

        t0 = Date.now();
        const bg = await execText(h, id, ['sh', '-c', 'sleep 1000 & echo started; wait'], 1);
        assert.equal(bg.timedOut, true);
        assert.equal(bg.stdout, 'started\n');
        assert.ok(Date.now() - t0 < 5_000, `took ${Date.now() - t0} ms`);
        await waitFor(
          async () => ((await rt.listContainerPids({ containerId: id }, ns)).pids ?? []).length === 1,
          {
            what: 'only the init left in the container',
          },
        );
        assert.ok(
          initPids.every((p) => isAlive(p)),
          'the init survives',
        );
        await rt.removeContainer({ containerId: id, force: true }, ns);
      },
    );

    await t.test('pause, resume, stats, pids, kill and stop', async (st) => {
      const id = await run(
        h,
        { command: ['sh', '-c', 'while true; do sleep 0.1; done'], runtimeHandler: handler },
        st,
      );
      const stats = (await rt.containerStats({ containerId: id }, ns)).stats;
      assert.ok(toBigInt(stats?.cpu?.usageCoreNanoSeconds) > 0n, 'cpu usage');
      assert.ok(toBigInt(stats?.memory?.usageBytes) > 0n, 'memory usage');
      assert.ok(toBigInt(stats?.memory?.workingSetBytes) > 0n, 'working set');
      assert.ok(toBigInt(stats?.pids?.current) >= 1n, 'pids');
      const all = await rt.listContainerStats({}, ns);
      assert.deepEqual(
        all.stats?.map((s) => s.containerId),
        [id],
      );

      await rt.pauseContainer({ containerId: id }, ns);
      assert.equal((await status(h, id)).state, S.CONTAINER_PAUSED);
      await assert.rejects(rt.pauseContainer({ containerId: id }, ns), { code: 'FailedPrecondition' });
      await rt.resumeContainer({ containerId: id }, ns);
      assert.equal((await status(h, id)).state, S.CONTAINER_RUNNING);

      await assert.rejects(rt.removeContainer({ containerId: id }, ns), { code: 'FailedPrecondition' });
      const t0 = Date.now();
      await rt.stopContainer({ containerId: id, timeout: toInt64(10) }, ns); // sh as pid 1 ignores SIGTERM…
      const s = await status(h, id);
      assert.equal(s.state, S.CONTAINER_EXITED);
      assert.equal(s.exitCode, 137, '…so SIGKILL ended it');
      assert.ok(Date.now() - t0 >= 9_000, 'after the grace period');
      await rt.stopContainer({ containerId: id, timeout: toInt64(10) }, ns); // idempotent
      await assert.rejects(rt.killContainer({ containerId: id, signal: 'SIGTERM' }, ns), {
        code: 'FailedPrecondition',
      });
      await rt.removeContainer({ containerId: id }, ns);
      await rt.removeContainer({ containerId: id }, ns); // idempotent
      await assert.rejects(rt.containerStatus({ containerId: id }, ns), { code: 'NotFound' });
    });

    await t.test('a container over its memory limit exits OOMKilled', async (st) => {
      const id = await run(
        h,
        {
          command: ['tail', '/dev/zero'],
          runtimeHandler: handler,
          resources: { memoryLimitInBytes: toLong(16 * MiB) },
        },
        st,
      );
      const w = await rt.waitContainer({ containerId: id }, ns);
      assert.equal(w.exitCode, 137);
      // /tasks/oom may come after the exit; the reason follows it.
      await waitFor(async () => (await status(h, id)).reason === 'OOMKilled', { what: 'reason OOMKilled' });
      await rt.removeContainer({ containerId: id }, ns);
    });

    await t.test('ReopenContainerLog: after a rotation the log is written anew', async (st) => {
      const id = await run(
        h,
        {
          command: ['sh', '-c', 'i=0; while true; do i=$((i+1)); echo tick $i; sleep 0.1; done'],
          runtimeHandler: handler,
        },
        st,
      );
      const logPath = (await status(h, id)).logPath ?? '';
      await waitFor(() => existsSync(logPath) && logLines(logPath).length > 0, { what: 'the first tick' });
      renameSync(logPath, `${logPath}.1`);
      await rt.reopenContainerLog({ containerId: id }, ns);
      await waitFor(() => existsSync(logPath) && logLines(logPath).length > 1, {
        what: 'ticks in the new file',
      });
      const before = logLines(`${logPath}.1`).map((l) => l.text);
      const after = logLines(logPath).map((l) => l.text);
      assert.ok(
        after.every((l) => !before.includes(l)),
        'no line in both files',
      );
      await rt.removeContainer({ containerId: id, force: true }, ns);
    });

    await t.test(
      'kill with a signal the process handles; a created container stops as a no-op',
      async (st) => {
        const id = await run(
          h,
          {
            command: ['sh', '-c', "trap 'exit 42' TERM; while true; do sleep 0.1; done"],
            runtimeHandler: handler,
          },
          st,
        );
        await waitFor(async () => (await execText(h, id, ['ps'])).stdout.includes('sleep'), {
          what: 'the trap set',
        });
        await rt.killContainer({ containerId: id, signal: 'TERM' }, ns);
        assert.equal((await rt.waitContainer({ containerId: id }, ns)).exitCode, 42);
        const created = await create(h, { command: ['true'], runtimeHandler: handler }, st);
        await rt.stopContainer({ containerId: created, timeout: toInt64(1) }, ns);
        assert.equal((await status(h, created)).state, S.CONTAINER_CREATED);
        await rt.removeContainer({ containerId: created }, ns);
        await rt.removeContainer({ containerId: id }, ns);
      },
    );
  });
}

const toLong = (n: number) => toInt64(n);
