// The STATUS column of `corral ps`: "Created", "Up 3 seconds", "Up 2 minutes (Paused)",
// "Exited (7) 2 seconds ago".
import { corral, toBigInt } from '@corral/api';
import { humanAgo, humanDuration } from './humanize.js';

const State = corral.v1.ContainerState;

export interface StatusTimes {
  state: corral.v1.ContainerState | null | undefined;
  /** ns since the epoch; 0 when unknown. */
  startedAt: bigint;
  finishedAt: bigint;
  exitCode: number;
}

export function statusText(s: StatusTimes, nowMs: number): string {
  const started = nsToMs(s.startedAt);
  switch (s.state ?? State.CONTAINER_CREATED) {
    case State.CONTAINER_RUNNING:
      return started ? `Up ${humanDuration(nowMs - started)}` : 'Up';
    case State.CONTAINER_PAUSED:
      return started ? `Up ${humanDuration(nowMs - started)} (Paused)` : 'Up (Paused)';
    case State.CONTAINER_EXITED: {
      const finished = nsToMs(s.finishedAt);
      return `Exited (${s.exitCode})${finished ? ` ${humanAgo(finished, nowMs)}` : ''}`;
    }
    case State.CONTAINER_UNKNOWN:
      return 'Unknown';
    default:
      return 'Created';
  }
}

/** Milliseconds from an int64 ns field; 0 for unset. */
export function nsToMs(ns: Parameters<typeof toBigInt>[0]): number {
  const v = toBigInt(ns);
  return v > 0n ? Number(v / 1_000_000n) : 0;
}

export const stateNames: Record<string, corral.v1.ContainerState> = {
  created: State.CONTAINER_CREATED,
  running: State.CONTAINER_RUNNING,
  exited: State.CONTAINER_EXITED,
  paused: State.CONTAINER_PAUSED,
  unknown: State.CONTAINER_UNKNOWN,
};
