/** Every wait of corrald that crosses a process boundary, named in one table (STYLE.md). */
export const timeouts = {
  /** A freshly spawned corral-shim: from spawn until its socket answers (a Node start under load). */
  shimReadyMs: 15_000,
  /**
   * Between two dial attempts while a fresh shim is still binding its socket: a failed dial of a
   * unix socket is cheap, and the wait after the bind averages half of this (spawn → connected,
   * N=12 in turns: 159 ms at 25, 150 ms at 5).
   */
  shimDialRetryMs: 5,
  /** containerd-shim-runc-v2 `start` (it daemonizes and prints the address; observed 8–62 ms). */
  shimStartCommandMs: 15_000,
  /** `<shim> delete`: runc delete --force and unmounts after a dead shim (containerd: 5 s hook). */
  shimDeleteCommandMs: 15_000,
  /** Liveness check of a shim found at start-up: Connect (containerd: 5 s). */
  shimConnectMs: 5_000,
  /** Create: mounts + `runc create` inside the shim. */
  shimCreateMs: 60_000,
  /** Start (`runc start`), Exec start (`runc exec --detach`). */
  shimStartMs: 30_000,
  /** A Start that failed: how long another, interrupted Start may take to show the task running. */
  concurrentStartMs: 2_000,
  /** Every other task call: State, Kill, Pause, Resume, Pids, Stats, Update, Delete. */
  shimCallMs: 15_000,
  /** Shutdown (containerd: 3 s), then how long the shim process may take to leave. */
  shimShutdownMs: 3_000,
  /** … longer than the shim's own outbox drain at Shutdown (5 s): then it is killed. */
  shimExitAfterShutdownMs: 7_000,
  /** After the shim connection closed while the shim lives on: between reconnect attempts. */
  shimReconnectDelayMs: 500,
  /** After SIGKILL: how long the task may take to report its exit before Stop/Remove give up. */
  killWaitMs: 15_000,
  /** Exec: after the process exited, how long its output may still drain (containerd: 2 s). */
  execDrainMs: 2_000,
  /** ExecSync timeout path: how long the killed exec may take to report its exit. */
  execKillWaitMs: 10_000,
  /** ContainerLogs follow: how often the log file is polled besides inotify (rotation, NFS). */
  logFollowPollMs: 250,
  /** ContainerLogs follow: after the container exited, how long to wait for the shim's last lines. */
  logFollowDrainMs: 2_000,
  /** mkfifo(1) for exec and stdin FIFOs. */
  mkfifoMs: 5_000,
  /** The root lock: refresh interval and the age after which proper-lockfile calls it stale. */
  lockUpdateMs: 2_000,
  lockStaleMs: 10_000,
} as const;

/** Start-up recovery reconnects to this many shims at once. */
export const recoveryConcurrency = 16;
