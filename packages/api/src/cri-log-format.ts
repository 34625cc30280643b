/** CRI log format (what the kubelet reads): `<RFC3339Nano> <stdout|stderr> <P|F> <text>\n`. */

export type CriStream = 'stdout' | 'stderr';

/** Kubelet's limit for one record; longer lines become several partial (P) records. */
export const maxCriLineBytes = 16 * 1024;

/** `2026-11-23T17:16:49.123456789Z`: nine fraction digits, UTC. */
export function formatRfc3339Nano(ns: bigint): string {
  const iso = new Date(Number(ns / 1_000_000n)).toISOString();
  const frac = (((ns % 1_000_000_000n) + 1_000_000_000n) % 1_000_000_000n).toString().padStart(9, '0');
  return `${iso.slice(0, 19)}.${frac}Z`;
}

/** Parses RFC 3339 with any fraction and a Z or ±hh:mm offset to ns since the epoch. */
export function parseRfc3339Nano(s: string): bigint | undefined {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/.exec(s);
  if (!m) return undefined;
  const ms = Date.parse(`${m[1]}${m[3] === 'Z' ? 'Z' : m[3]}`);
  if (Number.isNaN(ms)) return undefined;
  return BigInt(ms) * 1_000_000n + BigInt((m[2] ?? '').padEnd(9, '0') || '0');
}

export interface CriLogEntry {
  timestamp: bigint;
  stream: CriStream;
  partial: boolean;
  line: Buffer;
}

/** One record line (without its newline), or undefined for a line that is not one. */
export function parseCriLine(line: Buffer): CriLogEntry | undefined {
  const s1 = line.indexOf(0x20);
  if (s1 <= 0) return undefined;
  const s2 = line.indexOf(0x20, s1 + 1);
  if (s2 < 0) return undefined;
  const timestamp = parseRfc3339Nano(line.subarray(0, s1).toString('latin1'));
  const stream = line.subarray(s1 + 1, s2).toString('latin1');
  if (timestamp === undefined || (stream !== 'stdout' && stream !== 'stderr')) return undefined;
  const s3 = line.indexOf(0x20, s2 + 1);
  const tag = line.subarray(s2 + 1, s3 < 0 ? line.length : s3).toString('latin1');
  if (tag !== 'P' && tag !== 'F') return undefined;
  return { timestamp, stream, partial: tag === 'P', line: s3 < 0 ? Buffer.alloc(0) : line.subarray(s3 + 1) };
}
