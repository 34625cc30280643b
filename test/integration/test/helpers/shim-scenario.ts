// One shim, started and driven exactly as containerd 1.6 does it (shim-v2-protocol.md §4.3, §5.4),
// with our ttrpc client on its socket and our ttrpc server receiving its events. Run against
// Debian's containerd-shim-runc-v2 (the byte-compatibility proof of @corral/ttrpc) and against
// corral-shim (which must behave the same).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import {
  TaskService,
  bundleFiles,
  containerd,
  containerdShimSocketDir,
  envNames,
  google,
  packAny,
  packJsonAny,
  services,
  timestampToNanos,
  topics,
  typeUrls,
} from '@corral/api';
import { Server, dial } from '@corral/ttrpc';
import type { ServiceImpl } from '@corral/ttrpc';
import {
  ensureBusyboxRootfs,
  isAlive,
  mountsUnder,
  ociSpec,
  pidsWithArgv,
  removeTempDir,
  uniqueId,
  waitFor,
  writeBundle,
} from '@corral/test-utils';
import { startEventsRecorder } from './events-recorder.js';
import { killShimsNaming, rmdirIfEmpty, runcForceDelete, runcList } from './leftovers.js';
import { LogFifo } from './log-fifo.js';
import { expectedShimAddress, runShim, shimArgs } from './shim-binary.js';
import type { ShimFlags } from './shim-binary.js';
import { Teardown } from './teardown.js';
import { probeWire, withoutDecoderText } from './wire-probe.js';

const timeouts = {
  shimStartMs: 15_000,
  shimDeleteMs: 15_000,
  callMs: 15_000,
  eventsMs: 15_000,
  shimExitMs: 10_000,
};
const Status = containerd.v1.types.Status;
const SIGKILL = 9;
const encodeState = (r: containerd.task.v2.StateRequest.$Properties): Uint8Array =>
  TaskService.methods.state.requestType.encode(r).finish();

export interface ShimUnderTest {
  /** The name its processes carry in argv (found with pidsWithArgv). */
  name: string;
  /** The executable containerd would run. */
  path: string;
  /** containerd 1.6's runc shim publishes no TaskDelete for execs; the README makes it a SHOULD. */
  publishesExecDelete: boolean;
}

export async function runShimScenario(t: TestContext, shim: ShimUnderTest): Promise<void> {
  const shimBinary = shim.name;
  const shimPath = shim.path;
  const rootfsSource = ensureBusyboxRootfs();
  const teardown = new Teardown(t);
  let passed = false;

  const tmp = mkdtempSync(join(tmpdir(), 'cr-'));
  teardown.add('remove the temp dir', () => removeTempDir(tmp));
  const hadRunContainerd = existsSync('/run/containerd');
  const hadSocketDir = existsSync(containerdShimSocketDir);
  teardown.add('remove the socket dirs the shim created', () => {
    if (!hadSocketDir) rmdirIfEmpty(containerdShimSocketDir);
    if (!hadRunContainerd) rmdirIfEmpty('/run/containerd');
  });

  const ns = 'corral-it';
  const id = uniqueId('shim');
  const flags: ShimFlags = {
    namespace: ns,
    address: join(tmp, 'corrald.sock'),
    // Never run by a v2 shim (events go over TTRPC_ADDRESS): a command that fails would show.
    publishBinary: '/bin/false',
    id,
  };
  const runcRoot = join(tmp, 'runc');
  const runcStateDir = join(runcRoot, ns); // the runc shim appends the namespace to Options.root
  const bundle = join(tmp, ns, id);
  writeBundle(bundle, {
    args: ['sh', '-c', 'echo hello; exec sleep 1000'],
    rootPath: bundleFiles.rootfs,
    readonlyRoot: true,
  });
  mkdirSync(join(bundle, bundleFiles.rootfs), { mode: 0o711 });
  const stdoutPath = join(tmp, 'stdout');
  const stderrPath = join(tmp, 'stderr');
  writeFileSync(stdoutPath, '');
  writeFileSync(stderrPath, '');

  const log = new LogFifo(bundle);
  teardown.add('close the log fifo', () => log.close());
  teardown.add('report the shim log', () => {
    if (!passed) t.diagnostic(`shim log:\n${log.text()}`);
  });
  const eventsPath = join(tmp, 'events.sock');
  const { server: eventsServer, events } = await startEventsRecorder(eventsPath);
  teardown.add('close the events server', () => eventsServer.close());

  const socketPath = expectedShimAddress(flags).slice('unix://'.length);
  teardown.add('remove the shim socket', () => rmSync(socketPath, { force: true }));
  teardown.add('SIGKILL a leftover shim', () => killShimsNaming(shimBinary, id));
  teardown.add('runc delete -f', () => runcForceDelete(runcStateDir, id));

  // --- start, as containerd 1.6 runs it ---
  const runcOptions = packAny(typeUrls.RuncOptions, containerd.runc.v1.Options, { root: runcRoot });
  const env = { ...process.env, GOMAXPROCS: '2', [envNames.ttrpcAddress]: eventsPath };
  const start = await runShim(shimPath, shimArgs(flags, 'start'), {
    cwd: bundle,
    env,
    stdin: google.protobuf.Any.encode(runcOptions).finish(),
    timeoutMs: timeouts.shimStartMs,
  });
  assert.equal(start.code, 0, `shim start: ${start.combined}`);
  const address = start.combined.trim();
  assert.equal(address, expectedShimAddress(flags), 'the socket is named by sha256(address/ns/id)');
  assert.equal(readFileSync(join(bundle, bundleFiles.address), 'utf8'), address);

  let connectionClosed = false;
  const client = await dial(address, { onClose: () => (connectionClosed = true) });
  teardown.add('close the ttrpc client', () => client.close());
  const task = client.service(TaskService);
  const call = { timeoutMs: timeouts.callMs };

  const early = await task.connect({ id }, call);
  assert.equal(early.taskPid ?? 0, 0, 'Connect works before Create, with no task pid');

  // --- init process ---
  const rootfs = [{ type: 'bind', source: rootfsSource, options: ['rbind', 'ro'] }];
  const created = await task.create(
    { id, bundle, rootfs, stdout: stdoutPath, stderr: stderrPath, options: runcOptions },
    call,
  );
  const pid = created.pid ?? 0;
  assert.ok(pid > 0, 'Create replies with the init pid');
  assert.deepEqual(mountsUnder(join(bundle, bundleFiles.rootfs)), [join(bundle, bundleFiles.rootfs)]);

  const connected = await task.connect({ id }, call);
  const shimPid = connected.shimPid ?? 0;
  assert.deepEqual(pidsWithArgv(shimBinary, '-id', id), [shimPid], 'Connect names the shim daemon');
  assert.equal(connected.taskPid, pid);

  assert.equal((await task.start({ id }, call)).pid, pid);
  const running = await task.state({ id }, call);
  assert.equal(running.id, id);
  assert.equal(running.bundle, bundle);
  assert.equal(running.pid, pid);
  assert.equal(running.status, Status.RUNNING);
  assert.equal(running.stdout, stdoutPath);
  assert.equal(timestampToNanos(running.exitedAt), undefined, 'a running process has no exit time');
  // gogo always sends exited_at; "no time" is Go's zero time, field 10 = 52 0b 08 <-62135596800>.
  const rawState = await client.call(services.task, 'State', encodeState({ id }), call);
  assert.match(Buffer.from(rawState).toString('hex'), /520b088092b8c398feffffff01/);
  const pids = await task.pids({ id }, call);
  assert.ok(
    (pids.processes ?? []).some((p) => p.pid === pid),
    'Pids lists the init process',
  );
  await waitFor(() => readFileSync(stdoutPath, 'utf8').includes('hello'), {
    timeoutMs: timeouts.callMs,
    what: 'the init process output in the stdout file',
  });

  // --- the same hand-made frames to the shim's Go ttrpc (v1.1.1) and to ours: the same replies ---
  const oursPath = join(tmp, 'ours.sock');
  const ours = new Server().register(TaskService, anyReplyTask());
  await ours.listen(oursPath);
  teardown.add('close our probe server', () => ours.close());
  const shimReplies = await probeWire(socketPath, timeouts.callMs);
  const ourReplies = await probeWire(oursPath, timeouts.callMs);
  await ours.close();
  assert.deepEqual(
    shimReplies.map((r) => [r.probe, r.code, withoutDecoderText(r).message]),
    [
      ['even stream id', 3, 'StreamID must be odd for client initiated streams'],
      ['unknown service', 12, 'service no.such.Service'],
      ['unknown method', 12, 'method Nope'],
      ['garbage request', 3, 'unmarshal request error: …'],
      ['garbage payload', 13, 'ttrpc: error unmarshalling payload: …'],
      ['oversized frame', 8, 'message length 4194305 exceed maximum message size of 4194304'],
      ['non-request frames are ignored', 0, ''],
      ['empty request', 12, 'service '],
    ],
  );
  assert.deepEqual(ourReplies.map(withoutDecoderText), shimReplies.map(withoutDecoderText));

  // --- an exec, in containerd's order: Exec, Wait (pending), Start ---
  const execId = 'e1';
  const execProcess = { ...(ociSpec({ args: [], rootPath: bundleFiles.rootfs }).process as object) };
  await task.exec(
    { id, execId, spec: packJsonAny(typeUrls.OciProcess, { ...execProcess, args: ['sh', '-c', 'exit 3'] }) },
    call,
  );
  await assert.rejects(task.exec({ id, execId, spec: packJsonAny(typeUrls.OciProcess, execProcess) }, call), {
    code: 'AlreadyExists',
    message: `id ${execId}`,
  });
  const execWait = task.wait({ id, execId }, call);
  const execPid = (await task.start({ id, execId }, call)).pid ?? 0;
  assert.ok(execPid > 0 && execPid !== pid);
  const execExit = await execWait;
  assert.equal(execExit.exitStatus, 3);
  assert.notEqual(timestampToNanos(execExit.exitedAt), undefined);
  const execState = await task.state({ id, execId }, call);
  assert.deepEqual([execState.id, execState.status, execState.exitStatus], [execId, Status.STOPPED, 3]);
  const execDeleted = await task.delete({ id, execId }, call);
  assert.deepEqual([execDeleted.pid, execDeleted.exitStatus], [execPid, 3]);
  await assert.rejects(task.state({ id, execId }, call), {
    code: 'NotFound',
    message: `process does not exist ${execId}`,
  });

  // --- kill, wait, delete ---
  const initWait = task.wait({ id }, call);
  await task.kill({ id, signal: SIGKILL }, call);
  const initExit = await initWait;
  assert.equal(initExit.exitStatus, 128 + SIGKILL);
  const stopped = await task.state({ id }, call);
  assert.deepEqual([stopped.status, stopped.exitStatus], [Status.STOPPED, 137]);
  await assert.rejects(task.kill({ id, signal: SIGKILL }, call), {
    code: 'NotFound',
    message: 'process already finished',
  });
  const deleted = await task.delete({ id }, call);
  assert.deepEqual([deleted.pid, deleted.exitStatus], [pid, 137]);
  assert.equal(timestampToNanos(deleted.exitedAt), timestampToNanos(initExit.exitedAt));
  assert.deepEqual(mountsUnder(tmp), [], 'the shim unmounts the rootfs on Delete');
  assert.equal(isAlive(pid), false);
  await assert.rejects(task.state({ id }, call), { code: 'NotFound', message: 'container not created' });

  const eventCount = shim.publishesExecDelete ? 8 : 7;
  await waitFor(() => events.length >= eventCount, {
    timeoutMs: timeouts.eventsMs,
    what: `${eventCount} forwarded events`,
  });

  // --- shutdown: the reply, or the connection closing, are both fine (containerd accepts either) ---
  await task.shutdown({ id }, call).catch((err: { code?: string }) => {
    assert.equal(err.code, 'Unavailable');
  });
  await waitFor(() => !isAlive(shimPid), { timeoutMs: timeouts.shimExitMs, what: 'the shim to exit' });
  await waitFor(() => connectionClosed, { timeoutMs: timeouts.shimExitMs, what: 'onClose' });
  assert.equal(existsSync(socketPath), false, 'the shim removes its socket on Shutdown');

  // --- the events, in order, decoded ---
  assert.deepEqual(
    events.map((e) => [e.topic, e.typeUrl]),
    [
      [topics.taskCreate, typeUrls.TaskCreate],
      [topics.taskStart, typeUrls.TaskStart],
      [topics.taskExecAdded, typeUrls.TaskExecAdded],
      [topics.taskExecStarted, typeUrls.TaskExecStarted],
      [topics.taskExit, typeUrls.TaskExit],
      ...(shim.publishesExecDelete ? [[topics.taskDelete, typeUrls.TaskDelete]] : []),
      [topics.taskExit, typeUrls.TaskExit],
      [topics.taskDelete, typeUrls.TaskDelete],
    ],
  );
  const execDeleteEvent = shim.publishesExecDelete ? events.splice(5, 1)[0] : undefined;
  if (execDeleteEvent) {
    const ed = execDeleteEvent.event as containerd.events.TaskDelete;
    assert.deepEqual([ed.containerId, ed.id, ed.exitStatus], [id, 'e1', 3]);
  }
  for (const e of events) {
    assert.equal(e.namespace, ns, `${e.topic}: envelope namespace`);
    assert.equal(e.metadataNamespace, ns, `${e.topic}: containerd-namespace-ttrpc metadata`);
    assert.ok((e.timestampNs ?? 0n) > 0n, `${e.topic}: envelope timestamp`);
    const left = e.remainingMs ?? 0;
    assert.ok(left > 4_000 && left <= 5_000, `${e.topic}: a 5 s Forward deadline, ${left} ms left`);
  }
  const [create, started, added, execStarted, execExited, initExited, removed] = events.map((e) => e.event);
  const c = create as containerd.events.TaskCreate;
  assert.deepEqual(
    [c.containerId, c.bundle, c.pid, c.io?.stdout, c.io?.stderr],
    [id, bundle, pid, stdoutPath, stderrPath],
  );
  assert.deepEqual(
    c.rootfs.map((m) => ({ type: m.type, source: m.source, options: m.options })),
    rootfs,
  );
  assert.deepEqual(pick(started as containerd.events.TaskStart, 'containerId', 'pid'), {
    containerId: id,
    pid,
  });
  assert.deepEqual(pick(added as containerd.events.TaskExecAdded, 'containerId', 'execId'), {
    containerId: id,
    execId,
  });
  assert.deepEqual(pick(execStarted as containerd.events.TaskExecStarted, 'containerId', 'execId', 'pid'), {
    containerId: id,
    execId,
    pid: execPid,
  });
  const exitFields = ['containerId', 'id', 'pid', 'exitStatus'] as const;
  assert.deepEqual(pick(execExited as containerd.events.TaskExit, ...exitFields), {
    containerId: id,
    id: execId,
    pid: execPid,
    exitStatus: 3,
  });
  assert.deepEqual(pick(initExited as containerd.events.TaskExit, ...exitFields), {
    containerId: id,
    id,
    pid,
    exitStatus: 137,
  });
  assert.equal(
    timestampToNanos((initExited as containerd.events.TaskExit).exitedAt),
    timestampToNanos(initExit.exitedAt),
  );
  const d = removed as containerd.events.TaskDelete;
  assert.deepEqual([d.containerId, d.pid, d.exitStatus, d.id], [id, pid, 137, '']);
  assert.equal(timestampToNanos(d.exitedAt), timestampToNanos(deleted.exitedAt));

  // --- the `delete` subcommand, as containerd runs it after every closed shim connection ---
  const before = Date.now();
  const del = await runShim(shimPath, shimArgs({ ...flags, bundle }, 'delete'), {
    cwd: bundle,
    env,
    stdin: 'null',
    timeoutMs: timeouts.shimDeleteMs,
  });
  assert.equal(del.code, 0, `shim delete: ${del.combined}`);
  const cleanup = containerd.task.v2.DeleteResponse.decode(del.stdout);
  assert.deepEqual([cleanup.pid, cleanup.exitStatus], [pid, 137]);
  const cleanedAt = Number((timestampToNanos(cleanup.exitedAt) ?? 0n) / 1_000_000n);
  assert.ok(cleanedAt >= before - 1_000 && cleanedAt <= Date.now() + 1_000, 'exited_at is "now"');

  // --- leak checks ---
  assert.deepEqual(pidsWithArgv(shimBinary, id), [], 'no shim left naming our id');
  assert.equal(runcList(runcStateDir), '', 'runc list is empty for our root');
  assert.deepEqual(mountsUnder(tmp), [], 'no mount left under the temp dir');
  passed = true;
}

/** A task service whose every method succeeds with an empty reply: only the framework answers matter. */
function anyReplyTask(): ServiceImpl<typeof TaskService> {
  return new Proxy({} as ServiceImpl<typeof TaskService>, { get: () => () => Promise.resolve({}) });
}

function pick<T extends object, K extends keyof T>(o: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
}
