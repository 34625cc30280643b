// corral-shim started exactly as containerd 1.6 starts a shim (`start` in the bundle, TTRPC_ADDRESS
// naming our events receiver, runtime options on stdin), then driven over its socket with our ttrpc
// client: what the tests of one shim behaviour (outbox, crash, bad input, OOM…) build on.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { TaskService, bundleFiles, containerd, envNames, google, packAny, typeUrls } from '@corral/api';
import { type Client, type Server, type ServiceClient, dial } from '@corral/ttrpc';
import {
  type SpecOptions,
  defer,
  ensureBusyboxRootfs,
  mountsUnder,
  ociSpec,
  pidsWithArgv,
  tempDir,
  uniqueId,
} from '@corral/test-utils';
import { type RecordedEvent, startEventsRecorder } from './events-recorder.js';
import { keepSocketDirsTidy, killShimsNaming, runcForceDeleteAll, runcList } from './leftovers.js';
import { LogFifo } from './log-fifo.js';
import { type ShimFlags, expectedShimAddress, runShim, shimArgs } from './shim-binary.js';

/** The corral-shim executable (what containerd would run as containerd-shim-corral-v2). */
export const corralShimPath = createRequire(import.meta.url).resolve('@corral/shim/bin');
/** Found in every corral-shim process's argv (with the container id: pidsWithArgv). */
export const corralShimName = 'corral-shim';

export const shimTimeouts = {
  startMs: 15_000,
  deleteMs: 15_000,
  callMs: 15_000,
  eventsMs: 15_000,
  exitMs: 10_000,
} as const;

type CreateRequest = containerd.task.v2.CreateTaskRequest.$Properties;

export interface DirectShimOptions {
  /** `containerd.runc.v1.Options.binary_name` sent with Create (default: none, i.e. runc). */
  binaryName?: string;
}

/** One running corral-shim and everything around it; all of it is cleaned up after the test. */
export interface DirectShim {
  /** The shim's own id (its socket name and argv); also the id of its first container. */
  id: string;
  namespace: string;
  tmp: string;
  /** The bundle of container `id` (the shim's working directory). */
  bundle: string;
  flags: ShimFlags;
  /** The environment `start` and `delete` run with (TTRPC_ADDRESS = eventsPath). */
  env: NodeJS.ProcessEnv;
  /** The runtime binary and its state directory (`Options.root` + namespace). */
  runtime: string;
  runtimeStateDir: string;
  socketPath: string;
  eventsPath: string;
  /** Every Forward our receiver got, in arrival order (across receiver restarts). */
  events: RecordedEvent[];
  client: Client;
  task: ServiceClient<typeof TaskService>;
  shimPid: number;
  /** From spawning `start` until Connect replied. */
  startToConnectMs: number;
  /** Runtime options as corrald sends them (runc root under tmp, binary_name when asked). */
  options: google.protobuf.Any.$Properties;
  /** containerd-style rootfs mounts: the busybox rootfs bind-mounted read-only. */
  rootfs: containerd.types.Mount.$Properties[];
  /** Closes the events receiver (its socket goes too): Forward fails until it is back. */
  stopEvents(): Promise<void>;
  /** A new receiver on the same socket path, recording into the same `events`. */
  restartEvents(): Promise<void>;
}

export async function startDirectShim(t: TestContext, o: DirectShimOptions = {}): Promise<DirectShim> {
  const tmp = tempDir(t, 'cr-');
  keepSocketDirsTidy(t);
  const rootfsSource = ensureBusyboxRootfs();
  const namespace = 'corral-it';
  const id = uniqueId('shim');
  const flags: ShimFlags = {
    namespace,
    address: join(tmp, 'corrald.sock'),
    publishBinary: '/bin/false',
    id,
  };
  const runtime = o.binaryName ?? 'runc';
  const runcRoot = join(tmp, 'runc');
  const runtimeStateDir = join(runcRoot, namespace);
  const bundle = makeBundleDir(tmp, namespace, id);
  const log = new LogFifo(bundle);
  defer(t, () => log.close());
  defer(t, () => {
    if ((t as { passed?: boolean }).passed === false) t.diagnostic(`shim log:\n${shimLogTail(bundle)}`);
  });

  const eventsPath = join(tmp, 'ev.sock');
  const receiver = await startEventsRecorder(eventsPath);
  let eventsServer: Server = receiver.server;
  defer(t, () => eventsServer.close());
  const socketPath = expectedShimAddress(flags).slice('unix://'.length);
  defer(t, () => rmSync(socketPath, { force: true }));
  defer(t, () => killShimsNaming(corralShimName, id));
  defer(t, () => runcForceDeleteAll(runtimeStateDir, runtime));

  const options = packAny(typeUrls.RuncOptions, containerd.runc.v1.Options, {
    root: runcRoot,
    ...(o.binaryName === undefined ? {} : { binaryName: o.binaryName }),
  });
  const env = { ...process.env, GOMAXPROCS: '2', [envNames.ttrpcAddress]: eventsPath };
  const started = performance.now();
  const start = await runShim(corralShimPath, shimArgs(flags, 'start'), {
    cwd: bundle,
    env,
    stdin: google.protobuf.Any.encode(options).finish(),
    timeoutMs: shimTimeouts.startMs,
  });
  assert.equal(start.code, 0, `shim start: ${start.combined}`);
  const client = await dial(start.combined.trim());
  defer(t, () => client.close());
  const task = client.service(TaskService);
  const shimPid = (await task.connect({ id }, { timeoutMs: shimTimeouts.callMs })).shimPid ?? 0;
  const startToConnectMs = performance.now() - started;
  assert.deepEqual(pidsWithArgv(corralShimName, id), [shimPid], 'Connect names the serving shim');

  const shim: DirectShim = {
    id,
    namespace,
    tmp,
    bundle,
    flags,
    env,
    runtime,
    runtimeStateDir,
    socketPath,
    eventsPath,
    events: receiver.events,
    client,
    task,
    shimPid,
    startToConnectMs,
    options,
    rootfs: [{ type: 'bind', source: rootfsSource, options: ['rbind', 'ro'] }],
    stopEvents: () => eventsServer.close(),
    restartEvents: async () => {
      eventsServer = (await startEventsRecorder(eventsPath, receiver.events)).server;
    },
  };
  return shim;
}

/**
 * The bundle dir of container `id` with an empty `rootfs` dir for the rootfs mount, and no
 * config.json yet: the shim's own bundle for the shim's id, else one beside it.
 */
export function taskBundleDir(shim: DirectShim, id: string): string {
  return id === shim.id ? shim.bundle : makeBundleDir(shim.tmp, shim.namespace, id);
}

/** Writes `config.json` (busybox, runc-spec-like defaults) for container `id`; returns the bundle. */
export function writeTaskBundle(
  shim: DirectShim,
  id: string,
  spec: Omit<SpecOptions, 'rootPath'> & { rootPath?: string },
): string {
  const bundle = taskBundleDir(shim, id);
  writeFileSync(
    join(bundle, bundleFiles.config),
    JSON.stringify(ociSpec({ rootPath: bundleFiles.rootfs, ...spec }), null, 2),
  );
  return bundle;
}

/** A Create request as containerd makes one: rootfs mounts, runtime options, stdio files. */
export function createRequest(
  shim: DirectShim,
  id: string,
  extra: Partial<CreateRequest> = {},
): CreateRequest {
  const bundle = id === shim.id ? shim.bundle : join(shim.tmp, shim.namespace, id);
  return {
    id,
    bundle,
    rootfs: shim.rootfs,
    stdout: outputFile(shim, `${id}.out`),
    stderr: outputFile(shim, `${id}.err`),
    options: shim.options,
    ...extra,
  };
}

/** What the container wrote to its stdout file so far. */
export function stdoutOf(shim: DirectShim, id: string): string {
  return readFileSync(join(shim.tmp, `${id}.out`), 'utf8');
}

/** The leak checks every direct-shim test ends with. */
export function assertNoLeftovers(shim: DirectShim): void {
  assert.deepEqual(pidsWithArgv(corralShimName, shim.id), [], 'no shim left naming our id');
  assert.equal(runcList(shim.runtimeStateDir, shim.runtime), '', 'the runtime lists no container');
  assert.deepEqual(mountsUnder(shim.tmp), [], 'no mount left under the temp dir');
}

/** The last lines the shim logged to `shim.log` in its bundle. */
export function shimLogTail(bundle: string, lines = 40): string {
  try {
    return readFileSync(join(bundle, bundleFiles.shimLog), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(-lines)
      .join('\n');
  } catch {
    return '(no shim.log)';
  }
}

function makeBundleDir(tmp: string, namespace: string, id: string): string {
  const bundle = join(tmp, namespace, id);
  mkdirSync(join(bundle, bundleFiles.rootfs), { recursive: true, mode: 0o711 });
  return bundle;
}

function outputFile(shim: DirectShim, name: string): string {
  const path = join(shim.tmp, name);
  writeFileSync(path, '', { flag: 'a' });
  return path;
}
