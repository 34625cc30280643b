/** Every wait of the shim that crosses a process boundary, named in one table (STYLE.md). */
export const timeouts = {
  /** `start`: is a shim already serving this socket? */
  probeExistingShimMs: 1_000,
  /** Delete: how long the stdio copy loops may drain before they are cut (containerd: 2 s). */
  ioDrainMs: 2_000,
  /** Shutdown: how long undelivered events may hold the exit (containerd: 5 s). */
  shutdownDrainMs: 5_000,
  /** Forward: the deadline of one event delivery (containerd: 5 s). */
  forwardMs: 5_000,
  /** Dialing the events receiver (containerd: 5 s). */
  dialEventsMs: 5_000,
  /** Init exit: how long TaskExit of the init may wait for running execs' exits (they die with it). */
  execExitsBeforeInitMs: 10_000,
  /** Waiting for runc to send the pty master over the console socket. */
  consoleMs: 30_000,
} as const;
