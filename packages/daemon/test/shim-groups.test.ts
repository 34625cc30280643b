// Shim groups (annotation io.containerd.runc.v2.group, containerd's shim grouping): containers of
// one group share one corral-shim in <state>/shims, each with its own exit, events and teardown;
// the last member out shuts the shim down and removes its directory; a restart finds the group
// again; a group shim that dies ends every member's task with an honest status; bad input changes
// nothing.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from 'node:test';
import { containerd, corral, topics, typeUrls } from '@corral/api';
import { isAlive, killPid, skipUnless, waitFor } from '@corral/test-utils';
import { shimGroupAnnotation } from '../src/shims/shim-groups.js';
import { create, execText, run, status } from './helpers/containers.js';
import { ns, startTestDaemon, type TestDaemon } from './helpers/test-daemon.js';

const S = corral.v1.ContainerState;
const inGroup = (group: string) => ({ annotations: { [shimGroupAnnotation]: group } });
/** Exits with `code` once a line arrives on its stdin FIFO. */
const exitOnInput = (code: number) => ({ command: ['sh', '-c', `read x; exit ${code}`], stdin: true });

function shimOf(h: TestDaemon, id: string) {
  const s = h.daemon.context.store.get('default', id)?.record.shim;
  assert.ok(s, `${id} has a shim`);
  return s;
}

function release(h: TestDaemon, id: string): void {
  writeFileSync(`${h.daemon.layout.bundle('default', id)}/stdin`, 'go\n');
}

/** The init exits the journal holds, per container id. */
async function journaledExits(h: TestDaemon): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  for await (const e of h.daemon.bus.journal.read({ sinceTime: 0n })) {
    if (e.topic !== topics.taskExit || e.event.type_url !== typeUrls.TaskExit) continue;
    const x = containerd.events.TaskExit.decode(e.event.value);
    if (x.id && x.id !== x.containerId) continue;
    out.set(x.containerId, [...(out.get(x.containerId) ?? []), x.exitStatus]);
  }
  return out;
}

test('containers of one shim group share one shim; each keeps its own exit; the last one out takes the shim', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc', 'mkfifo'] })) return;
  const h = await startTestDaemon(t);
  const a = await run(h, { ...exitOnInput(3), ...inGroup('g1') }, t);
  const b = await run(h, { ...exitOnInput(4), ...inGroup('g1') }, t);
  const other = await run(h, { command: ['sleep', '1000'], ...inGroup('g2') }, t);
  const alone = await run(h, { command: ['sleep', '1000'] }, t);
  const shim = shimOf(h, a);
  assert.equal(shimOf(h, b).pid, shim.pid, 'a and b run under one shim');
  assert.equal(shimOf(h, b).dir, shim.dir);
  assert.equal(shim.group, 'g1');
  assert.ok(shim.dir?.startsWith(h.daemon.layout.pooledShimsDir), 'the shim lives in <state>/shims');
  assert.match(basename(shim.dir!), /^group-[0-9a-f]{16}$/);
  assert.notEqual(shimOf(h, other).pid, shim.pid, 'another group has its own shim');
  assert.notEqual(shimOf(h, alone).pid, shim.pid);
  assert.equal(shimOf(h, alone).group, undefined);
  for (const id of [a, b]) assert.equal((await execText(h, id, ['echo', id])).stdout, `${id}\n`);

  release(h, a);
  assert.equal((await h.daemon.runtime.waitContainer({ containerId: a }, ns)).exitCode, 3);
  await waitFor(() => h.daemon.context.store.get('default', a)?.record.taskDeleted, {
    what: "a's task deleted",
  });
  assert.ok(isAlive(shim.pid), "the shim stays for b after a's task is gone");
  await h.daemon.runtime.removeContainer({ containerId: a }, ns);
  assert.ok(isAlive(shim.pid) && existsSync(shim.dir!), 'and after a is removed');
  assert.equal((await status(h, b)).state, S.CONTAINER_RUNNING);
  assert.equal((await execText(h, b, ['echo', 'still'])).stdout, 'still\n');

  release(h, b);
  assert.equal((await h.daemon.runtime.waitContainer({ containerId: b }, ns)).exitCode, 4);
  await waitFor(() => !isAlive(shim.pid), { what: 'the group shim to exit after its last task' });
  await waitFor(() => !existsSync(shim.dir!), { what: 'its directory to go' });
  assert.ok(!existsSync(shim.socket), 'and its socket');
  assert.equal((await status(h, b)).exitCode, 4, 'b keeps its exit after the shim left');

  const again = await run(h, { command: ['sleep', '1000'], ...inGroup('g1') }, t);
  assert.notEqual(shimOf(h, again).pid, shim.pid, 'the group starts a new shim');
  const exits = await journaledExits(h);
  assert.deepEqual(exits.get(a), [3], 'one /tasks/exit per container, with its own status');
  assert.deepEqual(exits.get(b), [4]);
});

test('creates of one group at once start one shim', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc', 'mkfifo'] })) return;
  const h = await startTestDaemon(t);
  const ids = await Promise.all(
    Array.from({ length: 4 }, () => run(h, { command: ['sleep', '1000'], ...inGroup('burst') }, t)),
  );
  assert.equal(new Set(ids.map((id) => shimOf(h, id).pid)).size, 1);
  assert.equal(readdirSync(h.daemon.layout.pooledShimsDir).length, 1, 'one shim directory');
});

test('a restarted corrald finds its groups again; a group shim that dies ends every member', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc', 'mkfifo'] })) return;
  const h = await startTestDaemon(t);
  const a = await run(h, { command: ['sleep', '1000'], ...inGroup('g') }, t);
  const b = await run(h, { ...exitOnInput(7), ...inGroup('g') }, t);
  const shim = shimOf(h, a);

  await h.restart();
  assert.equal(h.daemon.recovery.shimsReconnected, 2);
  const c = await run(h, { command: ['sleep', '1000'], ...inGroup('g') }, t);
  assert.equal(shimOf(h, c).pid, shim.pid, 'a new member joins the group shim found again');
  release(h, b);
  assert.equal((await h.daemon.runtime.waitContainer({ containerId: b }, ns)).exitCode, 7);
  assert.ok(isAlive(shim.pid));

  killPid(shim.pid);
  for (const id of [a, c]) {
    await waitFor(async () => (await status(h, id)).state === S.CONTAINER_EXITED, {
      what: `${id} to end with its shim`,
    });
    const s = await status(h, id);
    assert.equal(s.reason, 'ShimDied');
    assert.equal(s.exitCode, 137, 'its init was killed by the cleanup: a real status');
  }
  await waitFor(() => !existsSync(shim.dir!), { what: "the dead group shim's directory to go" });
  assert.equal((await status(h, b)).exitCode, 7, 'the member that exited before keeps its status');
});

test('a bad shim group, or one for a runtime without corral-shim, is refused and makes nothing', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc'] })) return;
  const h = await startTestDaemon(t);
  const cases: [Record<string, string>, string | undefined, RegExp][] = [
    [{ [shimGroupAnnotation]: '../etc' }, undefined, /shim group is named like a container/],
    [{ [shimGroupAnnotation]: '' }, undefined, /shim group is named like a container/],
    [{ [shimGroupAnnotation]: 'g' }, 'io.containerd.runc.v2', /shim groups are corral-shim's/],
  ];
  for (const [annotations, runtimeHandler, message] of cases) {
    await assert.rejects(
      create(h, { command: ['true'], annotations, ...(runtimeHandler ? { runtimeHandler } : {}) }),
      (err: { code?: string; message?: string }) =>
        err.code === 'InvalidArgument' && message.test(err.message ?? ''),
    );
  }
  assert.equal(h.daemon.context.store.all().length, 0, 'no record');
  const empty = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;
  assert.ok(empty(h.daemon.layout.bundlesDir('default')), 'no bundle');
  assert.ok(empty(h.daemon.layout.pooledShimsDir), 'no shim directory');
});
