import type { google } from './gen/proto.js';
import { toBigInt, toInt64 } from './uint64.js';

type Timestamp = google.protobuf.Timestamp.$Properties;

/** Go's zero time (0001-01-01T00:00:00Z): how containerd writes "not exited" in always-present timestamps. */
export const unsetSeconds = -62135596800n;

/** A Timestamp for `t`, or Go's zero time when `t` is undefined (never seconds = 0, which is 1970). */
export function toTimestamp(t: Date | bigint | undefined): Timestamp {
  if (t === undefined) return { seconds: toInt64(unsetSeconds) };
  const ns = typeof t === 'bigint' ? t : BigInt(t.getTime()) * 1_000_000n;
  const seconds = ns >= 0n ? ns / 1_000_000_000n : -((-ns + 999_999_999n) / 1_000_000_000n);
  const nanos = Number(ns - seconds * 1_000_000_000n);
  return nanos === 0 ? { seconds: toInt64(seconds) } : { seconds: toInt64(seconds), nanos };
}

/** Nanoseconds since the epoch, or undefined for a missing timestamp or Go's zero time. */
export function timestampToNanos(ts: Timestamp | null | undefined): bigint | undefined {
  if (ts === null || ts === undefined) return undefined;
  const seconds = toBigInt(ts.seconds);
  if (seconds === unsetSeconds && !ts.nanos) return undefined;
  return seconds * 1_000_000_000n + BigInt(ts.nanos ?? 0);
}

export function timestampToDate(ts: Timestamp | null | undefined): Date | undefined {
  const ns = timestampToNanos(ts);
  return ns === undefined ? undefined : new Date(Number(ns / 1_000_000n));
}

// Wall clock at load, advanced by the monotonic clock: nanosecond resolution that Date lacks.
const epochOffset = BigInt(Date.now()) * 1_000_000n - process.hrtime.bigint();

/** Current wall time in nanoseconds since the epoch. */
export function nowNanos(): bigint {
  return epochOffset + process.hrtime.bigint();
}
