// docker's words for durations and sizes (go-units HumanDuration, HumanSize, BytesSize), so the
// tables read the way docker users expect.

/** "Less than a second", "1 second", "About a minute", "3 hours", "2 weeks"… */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  const minutes = Math.trunc(ms / 60_000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / 3_600_000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(ms / 3_600_000 / 24 / 365)} years`;
}

/** "5 seconds ago"; a time in the future (clock skew) reads as now. */
export function humanAgo(thenMs: number, nowMs: number): string {
  return `${humanDuration(Math.max(0, nowMs - thenMs))} ago`;
}

const decimalUnits = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
const binaryUnits = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** Decimal, 3 significant digits: "4.26MB" (docker images). */
export function humanSize(bytes: number): string {
  return scaled(bytes, 1000, decimalUnits, (v) => String(Number(v.toPrecision(3))));
}

/** Binary, two decimals: "1.5MiB" (docker stats). */
export function binarySize(bytes: number): string {
  return scaled(bytes, 1024, binaryUnits, (v) => String(Number(v.toFixed(2))));
}

function scaled(bytes: number, base: number, units: string[], fmt: (v: number) => string): string {
  let v = bytes;
  let i = 0;
  while (v >= base && i < units.length - 1) {
    v /= base;
    i++;
  }
  return `${fmt(v)}${units[i] ?? ''}`;
}
