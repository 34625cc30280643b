// Messages as JSON for `inspect`, `ps --json`, `events --json`: every field present (defaults
// included), 64-bit numbers as numbers, enums by name, ns timestamps as RFC 3339.

interface Convertible {
  toObject(message: never, options: object): Record<string, unknown>;
}

const toObjectOptions = {
  defaults: true,
  longs: Number,
  enums: String,
  bytes: String,
  arrays: true,
  objects: true,
};

/** Fields holding ns since the epoch, shown as RFC 3339 (null when unset). */
const timeFields = new Set(['createdAt', 'startedAt', 'finishedAt', 'timestamp', 'at']);

export function messageToJson(type: Convertible, message: unknown): Record<string, unknown> {
  return tidy(type.toObject(message as never, toObjectOptions)) as Record<string, unknown>;
}

function tidy(v: unknown, key = ''): unknown {
  if (Array.isArray(v)) return v.map((x) => tidy(x));
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, tidy(x, k)]));
  }
  // Past 2^53 ns the number is off by a few hundred ns: nothing a date shows.
  if (typeof v === 'number' && timeFields.has(key)) return v > 0 ? nsToIso(BigInt(Math.round(v))) : null;
  return v;
}

/** ns since the epoch → "2024-05-01T12:00:00.123456789Z". */
export function nsToIso(ns: bigint): string {
  const iso = new Date(Number(ns / 1_000_000n)).toISOString();
  const frac = (ns % 1_000_000_000n).toString().padStart(9, '0');
  return `${iso.slice(0, 19)}.${frac}Z`;
}
