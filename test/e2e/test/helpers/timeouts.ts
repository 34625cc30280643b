// Every wait of the e2e suite that crosses a process boundary, named (STYLE.md "Processes"). Generous:
// other sessions load the same two cores, and none of these is a claim about speed.
export const timeouts = {
  /** corrald from spawn to "corrald serving" (it imports the built-in busybox image first). */
  corraldStart: 60_000,
  /** corrald from SIGTERM to its exit, before SIGKILL. */
  corraldStop: 15_000,
  /** One short CLI command (ps, inspect, run --rm of a quick command, import). */
  cliCommand: 60_000,
  /** A background CLI child (events, logs -f) to print what the test waits for. */
  cliOutput: 30_000,
  /** A CLI child from SIGTERM to its exit, before SIGKILL. */
  cliStop: 10_000,
  /** Shims to exit once their container is removed or corrald is gone. */
  shimExit: 15_000,
  /** Each API call of the cleanup path. */
  cleanupCall: 20_000,
} as const;
