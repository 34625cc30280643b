/**
 * A container's record: corrald's truth about its configuration (DESIGN rule 1), one JSON file per
 * container under `<root>/containers/<ns>/<id>.json`, always written whole (temp + fsync + rename).
 * What the task is doing right now is the shim's truth; the record keeps the last thing corrald
 * learned from it (state, pid, exit) and where to find the shim again after a restart.
 */

export type ContainerStateName = 'created' | 'running' | 'paused' | 'exited' | 'unknown';

/**
 * `creating`: written before anything else exists, so a crash mid-create leaves a trace that start-up
 * recovery rolls back (the client never got the id). `ready`: created. `removing`: Remove began; a
 * crash in it is finished at start-up.
 */
export type RecordPhase = 'creating' | 'ready' | 'removing';

export interface MountRecord {
  containerPath: string;
  hostPath: string;
  readonly: boolean;
  /** 0 private, 1 rslave, 2 rshared */
  propagation: number;
}

/** CRI LinuxContainerResources, as plain numbers (validated to be safe integers). */
export interface ResourcesRecord {
  cpuPeriod?: number;
  cpuQuota?: number;
  cpuShares?: number;
  memoryLimitInBytes?: number;
  pidsLimit?: number;
  oomScoreAdj?: number;
  cpusetCpus?: string;
  cpusetMems?: string;
}

/** What the client asked for, normalized. */
export interface ContainerConfigRecord {
  name: string;
  attempt: number;
  image: string;
  command: string[];
  args: string[];
  workingDir: string;
  envs: [string, string][];
  mounts: MountRecord[];
  labels: Record<string, string>;
  annotations: Record<string, string>;
  stdin: boolean;
  stdinOnce: boolean;
  tty: boolean;
  resources: ResourcesRecord;
  stopSignal: string;
  readonlyRootfs: boolean;
  user: string;
  hostname: string;
}

export interface ShimRecord {
  pid: number;
  /** /proc start time of `pid`: with it, the pid names the shim and nothing that reused the pid. */
  startTime: string;
  /** The socket path (no unix:// prefix). */
  socket: string;
  /** The binary whose `delete` action cleans up after this shim. */
  binary: string;
  /** A pooled or grouped shim's own directory (its outbox, log and pid file); absent: the bundle. */
  dir?: string;
  /** The shim group (annotation io.containerd.runc.v2.group) whose shim serves the container. */
  group?: string;
}

export interface ContainerRecord {
  version: 1;
  id: string;
  namespace: string;
  phase: RecordPhase;
  config: ContainerConfigRecord;
  /** The image as the client named it, and what it resolved to at create. */
  imageRef: string;
  imageId: string;
  runtimeHandler: string;
  /** Key of the rootfs snapshot in the image store. */
  rootfsKey: string;
  logPath: string;
  /** Whether logPath is ours (under <root>/logs) and goes with the container. */
  ownLogPath: boolean;
  stopSignal: string;
  /** ns since the epoch, as decimal strings (JSON has no bigint). */
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
  state: ContainerStateName;
  exitCode?: number;
  reason?: string;
  message?: string;
  oomKilled: boolean;
  restartCount: number;
  /** The init process and its /proc start time (the InitStartTime guard). */
  pid?: number;
  pidStartTime?: string;
  shim?: ShimRecord;
  /**
   * A Stop in progress: when (ns since the epoch) SIGKILL is due. On disk so that a stop a crash
   * cut short is finished after the restart; cleared when the exit is recorded.
   */
  stopDeadline?: string;
  /** The task was deleted in its shim (after the exit was recorded); the shim is gone or going. */
  taskDeleted: boolean;
}

/** Parses a record file's text; throws on anything that is not a record this version wrote. */
export function parseRecord(text: string, where: string): ContainerRecord {
  const r = JSON.parse(text) as Partial<ContainerRecord>;
  if (
    r === null ||
    typeof r !== 'object' ||
    r.version !== 1 ||
    typeof r.id !== 'string' ||
    typeof r.namespace !== 'string' ||
    typeof r.config !== 'object' ||
    r.config === null ||
    typeof r.state !== 'string'
  ) {
    throw new Error(`${where} is not a container record (version 1)`);
  }
  return r as ContainerRecord;
}

export function serializeRecord(r: ContainerRecord): string {
  return `${JSON.stringify(r, null, 1)}\n`;
}
