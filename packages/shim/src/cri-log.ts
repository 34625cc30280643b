import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export type CriStream = 'stdout' | 'stderr';

/** Kubelet's limit for one log record; longer lines become several partial (P) records. */
export const maxCriLineBytes = 16 * 1024;

/**
 * Writes container output in the CRI log format the kubelet reads:
 * `<RFC3339Nano> <stdout|stderr> <P|F> <text>\n`. Each stream keeps its own unterminated tail so
 * interleaved stdout/stderr never split each other's lines. `reopen()` serves ReopenContainerLog
 * (log rotation moved the file away).
 */
export class CriLogWriter {
  private fd: number;
  private readonly tails: Record<CriStream, Buffer[]> = { stdout: [], stderr: [] };
  private readonly tailBytes: Record<CriStream, number> = { stdout: 0, stderr: 0 };

  constructor(
    readonly path: string,
    private readonly now: () => bigint = () => BigInt(Date.now()) * 1_000_000n,
  ) {
    this.fd = openLog(path);
  }

  write(stream: CriStream, chunk: Buffer): void {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      const end = nl === -1 ? chunk.length : nl;
      this.addToTail(stream, chunk.subarray(start, end));
      if (nl === -1) break;
      this.flushLine(stream, 'F');
      start = nl + 1;
    }
  }

  /** Flush a stream's unterminated tail as a full line (the stream ended). */
  end(stream: CriStream): void {
    if (this.tailBytes[stream] > 0) this.flushLine(stream, 'F');
  }

  reopen(): void {
    const fd = openLog(this.path);
    closeSync(this.fd);
    this.fd = fd;
  }

  close(): void {
    this.end('stdout');
    this.end('stderr');
    closeSync(this.fd);
  }

  private addToTail(stream: CriStream, part: Buffer): void {
    while (part.length > 0) {
      const room = maxCriLineBytes - this.tailBytes[stream];
      const take = part.subarray(0, room);
      this.tails[stream].push(Buffer.from(take));
      this.tailBytes[stream] += take.length;
      part = part.subarray(take.length);
      if (this.tailBytes[stream] === maxCriLineBytes && part.length > 0) this.flushLine(stream, 'P');
    }
  }

  private flushLine(stream: CriStream, tag: 'P' | 'F'): void {
    let text = Buffer.concat(this.tails[stream]);
    this.tails[stream] = [];
    this.tailBytes[stream] = 0;
    if (tag === 'F' && text.at(-1) === 0x0d) text = text.subarray(0, -1);
    const head = Buffer.from(`${formatRfc3339Nano(this.now())} ${stream} ${tag} `);
    writeSync(this.fd, Buffer.concat([head, text, Buffer.from('\n')]));
  }
}

function openLog(path: string): number {
  mkdirSync(dirname(path), { recursive: true });
  return openSync(path, 'a', 0o640);
}

/** `2026-11-23T17:16:49.123456789Z`: fixed nine digits, UTC (parses as Go's RFC3339Nano). */
export function formatRfc3339Nano(ns: bigint): string {
  const ms = ns / 1_000_000n;
  const iso = new Date(Number(ms)).toISOString(); // …T17:16:49.123Z
  const frac = (ns % 1_000_000_000n).toString().padStart(9, '0');
  return `${iso.slice(0, 19)}.${frac}Z`;
}
