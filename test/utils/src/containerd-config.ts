import { join } from 'node:path';

/**
 * Plugins a private test containerd does not need. CRI would start a whole Kubernetes runtime
 * service; the other snapshotters probe the host (btrfs, zfs, devmapper pools, aufs) and the
 * tracing plugins export spans. Names a build lacks are ignored by containerd 1.6. The v1 linux
 * runtime stays: 1.6's tasks service refuses to load without it.
 */
export const disabledContainerdPlugins = [
  'io.containerd.grpc.v1.cri',
  'io.containerd.snapshotter.v1.aufs',
  'io.containerd.snapshotter.v1.btrfs',
  'io.containerd.snapshotter.v1.devmapper',
  'io.containerd.snapshotter.v1.zfs',
  'io.containerd.tracing.processor.v1.otlp',
  'io.containerd.internal.v1.tracing',
];

/** The namespace label containerd 1.6's client reads for its default snapshotter. */
export const defaultSnapshotterLabel = 'containerd.io/defaults/snapshotter';

export interface ContainerdPaths {
  /** Persistent state: content store, snapshots, metadata. */
  root: string;
  /** Runtime state: bundles, runc v1 state. */
  state: string;
  /** containerd's TMPDIR (the `temp` setting). */
  temp: string;
  /** gRPC socket (what ctr dials, and what shims get as `-address`). */
  address: string;
  /** ttrpc socket (shims forward events here; their env has it as TTRPC_ADDRESS). */
  ttrpcAddress: string;
}

/** Paths of a private containerd under `dir`: short, so the socket paths stay far below 104 bytes. */
export function containerdPaths(dir: string): ContainerdPaths {
  return {
    root: join(dir, 'root'),
    state: join(dir, 'state'),
    temp: join(dir, 'tmp'),
    address: join(dir, 'c.sock'),
    ttrpcAddress: join(dir, 'c.sock.ttrpc'),
  };
}

/**
 * A containerd 1.6 config (version 2) that keeps everything under `paths`: root, state, temp, both
 * sockets, the `opt` plugin's directory and the v1 runtime's runc root. What it cannot move:
 * shim sockets (/run/containerd/s is a constant in 1.6) and the runc shim's default runc root
 * (/run/containerd/runc/<ns>, unless `ctr run --runc-root` says otherwise).
 */
export function containerdConfigToml(paths: ContainerdPaths, logLevel: string): string {
  const s = (v: string): string => JSON.stringify(v);
  return [
    'version = 2',
    `root = ${s(paths.root)}`,
    `state = ${s(paths.state)}`,
    `temp = ${s(paths.temp)}`,
    'oom_score = 0',
    `disabled_plugins = [${disabledContainerdPlugins.map(s).join(', ')}]`,
    '',
    '[grpc]',
    `  address = ${s(paths.address)}`,
    '',
    '[ttrpc]',
    `  address = ${s(paths.ttrpcAddress)}`,
    '',
    '[debug]',
    `  level = ${s(logLevel)}`,
    '',
    '[plugins]',
    '  [plugins."io.containerd.internal.v1.opt"]',
    `    path = ${s(join(paths.root, 'opt'))}`,
    '  [plugins."io.containerd.runtime.v1.linux"]',
    `    runtime_root = ${s(join(paths.state, 'runc-v1'))}`,
    '',
  ].join('\n');
}

/**
 * The shim binary containerd 1.6 looks up for a runtime name: the last two dot-separated parts,
 * `io.containerd.corral.v2` → `containerd-shim-corral-v2` (runtime/v2/shim/util.go BinaryName).
 */
export function shimBinaryName(runtime: string): string {
  const parts = runtime.split('.');
  const [name, version] = parts.slice(-2);
  if (parts.length < 2 || !name || !version) throw new Error(`invalid runtime name ${runtime}`);
  return `containerd-shim-${name}-${version}`;
}
