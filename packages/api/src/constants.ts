// Cross-process names: bundle files, env vars, topics, metadata keys. Written once, here.

/** Files in a bundle directory. */
export const bundleFiles = {
  config: 'config.json',
  rootfs: 'rootfs',
  address: 'address',
  shimPid: 'shim.pid',
  initPid: 'init.pid',
  initStart: 'init.start',
  exit: 'exit',
  log: 'log',
  runcLog: 'log.json',
  outbox: 'events.outbox',
  options: 'options.json',
  shimLog: 'shim.log',
  shimBinaryPath: 'shim-binary-path',
  work: 'work',
} as const;

/** Environment variables that cross process boundaries. */
export const envNames = {
  ttrpcAddress: 'TTRPC_ADDRESS',
  grpcAddress: 'GRPC_ADDRESS',
  namespace: 'NAMESPACE',
} as const;

/**
 * Node settings no shim inherits (DESIGN.md: the shim "inherits no NODE_OPTIONS /
 * NODE_EXTRA_CA_CERTS"): they change its behaviour or slow every start (NODE_EXTRA_CA_CERTS makes
 * Node parse every system CA before the first line of JavaScript, ~45 ms here); the last two would
 * tie a shim to the test runner or the parent that spawned corrald. corrald drops them for every
 * shim command, corral-shim for the serving shim it spawns and in its bundle's `#!` line.
 */
export const nodeEnvNotInherited: readonly string[] = [
  'NODE_OPTIONS',
  'NODE_EXTRA_CA_CERTS',
  'NODE_V8_COVERAGE',
  'NODE_TEST_CONTEXT',
  'NODE_CHANNEL_FD',
];

/** ttrpc metadata key carrying the containerd namespace. */
export const namespaceMetadataKey = 'containerd-namespace-ttrpc';

/** ttrpc metadata key carrying a shim's outbox sequence number on Forward (corral extension). */
export const eventSequenceMetadataKey = 'corral-event-seq';

/** ttrpc metadata key naming the outbox a sequence number belongs to (corral extension). */
export const eventSourceMetadataKey = 'corral-event-source';

export const services = {
  task: 'containerd.task.v2.Task',
  events: 'containerd.services.events.ttrpc.v1.Events',
} as const;

export const topics = {
  taskCreate: '/tasks/create',
  taskStart: '/tasks/start',
  taskDelete: '/tasks/delete',
  taskExit: '/tasks/exit',
  taskOOM: '/tasks/oom',
  taskExecAdded: '/tasks/exec-added',
  taskExecStarted: '/tasks/exec-started',
  taskPaused: '/tasks/paused',
  taskResumed: '/tasks/resumed',
  taskCheckpointed: '/tasks/checkpointed',
  containerCreate: '/containers/create',
  containerUpdate: '/containers/update',
  containerDelete: '/containers/delete',
  imageCreate: '/images/create',
  imageUpdate: '/images/update',
  imageDelete: '/images/delete',
} as const;

/** containerd's shim socket directory (a constant, whatever containerd's state dir is). */
export const containerdShimSocketDir = '/run/containerd/s';
