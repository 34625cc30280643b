import { resolve } from 'node:path';
import type { CallOptions } from './command.js';
import type { ForegroundIo, ProcessIo } from './io.js';
import type { LogFormat } from './log-file.js';

/** How to run the runtime binary; the global flags go before every subcommand. */
export interface RuncOptions {
  /** The runtime binary: a path or a name on PATH. `runc` when absent; `crun` works the same way. */
  command?: string;
  /** `--root`: where the runtime keeps container state. Give each user of the wrapper its own. */
  root?: string;
  /** `--log`: the runtime's own log. Without it a failure's message is only what stderr had. */
  log?: string;
  /** `--log-format`. Use 'json': it parses unambiguously. */
  logFormat?: LogFormat;
  /** `--systemd-cgroup`: cgroupsPath is `slice:prefix:name`. */
  systemdCgroup?: boolean;
  /** `--debug`: debug lines in the log (error messages are still found). */
  debug?: boolean;
  /** `--criu`: the criu binary for checkpoint/restore. */
  criu?: string;
  /** `--rootless=true|false`; absent means the runtime's "auto". */
  rootless?: boolean;
  /** Default per-call timeout in ms (each call may override). None when absent. */
  timeoutMs?: number;
  /** Where per-call scratch files (exec process spec, unasked-for pid files) go. os.tmpdir() by default. */
  tmpDir?: string;
}

/** go-runc's order: --root, --debug, --log, --log-format, --criu, --systemd-cgroup, --rootless. */
export function globalArgs(o: RuncOptions): string[] {
  const out: string[] = [];
  if (o.root !== undefined) out.push('--root', o.root);
  if (o.debug) out.push('--debug');
  if (o.log !== undefined) out.push('--log', o.log);
  if (o.logFormat !== undefined) out.push('--log-format', o.logFormat);
  if (o.criu !== undefined) out.push('--criu', o.criu);
  if (o.systemdCgroup) out.push('--systemd-cgroup');
  if (o.rootless !== undefined) out.push(`--rootless=${o.rootless}`);
  return out;
}

interface StartProcessOptions {
  /** Where runc writes the container's (or exec'd process's) host pid. */
  pidFile?: string;
  /** A unix socket that receives the pty master (`process.terminal: true`). */
  consoleSocket?: string;
  /** Open fds handed to the process as fds 3, 4, … (`--preserve-fds`). */
  extraFiles?: number[];
}

export interface CreateOptions extends CallOptions, StartProcessOptions {
  bundle: string;
  noPivot?: boolean;
  noNewKeyring?: boolean;
  /** The container's stdio, inherited through runc (see io.ts); all ignored when absent. */
  io?: ProcessIo;
}

export interface RunOptions extends CallOptions, StartProcessOptions {
  bundle: string;
  /** Return once the container runs (like create + start) instead of waiting for it to exit. */
  detach?: boolean;
  noPivot?: boolean;
  noNewKeyring?: boolean;
  noSubreaper?: boolean;
  /** 'pipe' (capture) is only allowed without `detach`. */
  io?: ForegroundIo;
}

export interface ExecOptions extends CallOptions, StartProcessOptions {
  /** Return once the process runs instead of waiting for it to exit. */
  detach?: boolean;
  /** 'pipe' (capture) is only allowed without `detach`. */
  io?: ForegroundIo;
}

export interface KillOptions extends CallOptions {
  /** Signal every process in the container's cgroup, not only init. */
  all?: boolean;
}

export interface DeleteOptions extends CallOptions {
  /** Kill a running container (SIGKILL) before deleting it. */
  force?: boolean;
}

/** CRIU options shared by checkpoint and restore. */
export interface CriuOptions {
  imagePath?: string;
  workPath?: string;
  tcpEstablished?: boolean;
  extUnixSk?: boolean;
  shellJob?: boolean;
  fileLocks?: boolean;
  manageCgroupsMode?: 'soft' | 'full' | 'strict' | 'ignore';
  /** Namespaces (e.g. "network") to create empty on restore instead of restoring. */
  emptyNamespaces?: string[];
  autoDedup?: boolean;
  lazyPages?: boolean;
}

export interface CheckpointOptions extends CallOptions, CriuOptions {
  parentPath?: string;
  leaveRunning?: boolean;
  pageServer?: string;
  preDump?: boolean;
}

export interface RestoreOptions extends CallOptions, CriuOptions, StartProcessOptions {
  bundle: string;
  detach?: boolean;
  noPivot?: boolean;
  noSubreaper?: boolean;
  io?: ForegroundIo;
}

const flag = (on: boolean | undefined, name: string): string[] => (on ? [name] : []);
const value = (v: string | undefined, name: string): string[] => (v === undefined ? [] : [name, v]);

/**
 * create/run/restore/exec flags in go-runc's order. Paths runc resolves against its cwd are made
 * absolute here, so they mean the same thing whatever runc's cwd turns out to be.
 */
export function startProcessArgs(
  o: StartProcessOptions & {
    noPivot?: boolean;
    noNewKeyring?: boolean;
    detach?: boolean;
    noSubreaper?: boolean;
  },
): string[] {
  return [
    ...value(o.pidFile === undefined ? undefined : resolve(o.pidFile), '--pid-file'),
    ...value(o.consoleSocket, '--console-socket'),
    ...flag(o.noPivot, '--no-pivot'),
    ...flag(o.noNewKeyring, '--no-new-keyring'),
    ...flag(o.noSubreaper, '--no-subreaper'),
    ...flag(o.detach, '--detach'),
    ...(o.extraFiles?.length ? ['--preserve-fds', String(o.extraFiles.length)] : []),
  ];
}

export function criuArgs(o: CriuOptions): string[] {
  return [
    ...value(o.imagePath, '--image-path'),
    ...value(o.workPath, '--work-path'),
    ...flag(o.tcpEstablished, '--tcp-established'),
    ...flag(o.extUnixSk, '--ext-unix-sk'),
    ...flag(o.shellJob, '--shell-job'),
    ...flag(o.fileLocks, '--file-locks'),
    ...value(o.manageCgroupsMode, '--manage-cgroups-mode'),
    ...(o.emptyNamespaces ?? []).flatMap((ns) => ['--empty-ns', ns]),
    ...flag(o.autoDedup, '--auto-dedup'),
    ...flag(o.lazyPages, '--lazy-pages'),
  ];
}

export function checkpointArgs(o: CheckpointOptions): string[] {
  return [
    ...criuArgs(o),
    ...value(o.parentPath, '--parent-path'),
    ...value(o.pageServer, '--page-server'),
    ...flag(o.leaveRunning, '--leave-running'),
    ...flag(o.preDump, '--pre-dump'),
  ];
}
