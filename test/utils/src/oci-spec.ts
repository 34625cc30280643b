import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SpecOptions {
  args: string[];
  env?: string[];
  cwd?: string;
  terminal?: boolean;
  /** Absolute path of the rootfs, or relative to the bundle ("rootfs"). */
  rootPath: string;
  readonlyRoot?: boolean;
  hostname?: string;
  /** e.g. "/corral-test/<id>"; runc derives a default when absent. */
  cgroupsPath?: string;
  memoryLimit?: number;
  /** Share the host PID namespace (tests of runc's kill --all behaviour). */
  hostPid?: boolean;
}

/**
 * An OCI runtime spec close to `runc spec`'s default (no network, a private pid/ipc/uts/mount
 * namespace). Never sets oomScoreAdj: root here lacks CAP_SYS_RESOURCE (DESIGN.md).
 */
export function ociSpec(o: SpecOptions): Record<string, unknown> {
  const caps = ['CAP_AUDIT_WRITE', 'CAP_KILL', 'CAP_NET_BIND_SERVICE'];
  const namespaces = [{ type: 'network' }, { type: 'ipc' }, { type: 'uts' }, { type: 'mount' }];
  if (!o.hostPid) namespaces.unshift({ type: 'pid' });
  return {
    ociVersion: '1.0.2',
    process: {
      terminal: o.terminal ?? false,
      user: { uid: 0, gid: 0 },
      args: o.args,
      env: o.env ?? ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'TERM=xterm'],
      cwd: o.cwd ?? '/',
      capabilities: { bounding: caps, effective: caps, permitted: caps, ambient: caps },
      rlimits: [{ type: 'RLIMIT_NOFILE', hard: 1024, soft: 1024 }],
      noNewPrivileges: true,
    },
    root: { path: o.rootPath, readonly: o.readonlyRoot ?? true },
    hostname: o.hostname ?? 'corral',
    mounts: [
      { destination: '/proc', type: 'proc', source: 'proc' },
      {
        destination: '/dev',
        type: 'tmpfs',
        source: 'tmpfs',
        options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'],
      },
      {
        destination: '/dev/pts',
        type: 'devpts',
        source: 'devpts',
        options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5'],
      },
      {
        destination: '/dev/shm',
        type: 'tmpfs',
        source: 'shm',
        options: ['nosuid', 'noexec', 'nodev', 'mode=1777', 'size=65536k'],
      },
      {
        destination: '/dev/mqueue',
        type: 'mqueue',
        source: 'mqueue',
        options: ['nosuid', 'noexec', 'nodev'],
      },
      { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', 'ro'] },
      { destination: '/tmp', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'nodev', 'mode=1777'] },
    ],
    linux: {
      ...(o.cgroupsPath ? { cgroupsPath: o.cgroupsPath } : {}),
      resources: {
        devices: [{ allow: false, access: 'rwm' }],
        ...(o.memoryLimit ? { memory: { limit: o.memoryLimit } } : {}),
      },
      namespaces,
      maskedPaths: [
        '/proc/acpi',
        '/proc/kcore',
        '/proc/keys',
        '/proc/latency_stats',
        '/proc/timer_list',
        '/proc/sched_debug',
        '/sys/firmware',
        '/proc/scsi',
      ],
      readonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
    },
  };
}

/** Write `<bundle>/config.json` (creating the bundle dir, 0700) and return the bundle path. */
export function writeBundle(bundle: string, o: SpecOptions): string {
  mkdirSync(bundle, { recursive: true, mode: 0o700 });
  writeFileSync(join(bundle, 'config.json'), JSON.stringify(ociSpec(o), null, 2));
  return bundle;
}
