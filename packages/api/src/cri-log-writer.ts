import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatRfc3339Nano, maxCriLineBytes, type CriStream } from './cri-log-format.js';

/**
 * Writes container output as CRI log records (corral-shim's job in corrald's mode,
 * corral-cri-logger's behind containerd's shim). Each stream keeps its unterminated tail, so
 * interleaved stdout and stderr never split each other's lines. reopen() follows a rotation
 * (ReopenContainerLog).
 */
export class CriLogWriter {
  private fd: number;
  private readonly tails: Record<CriStream, Buffer[]> = { stdout: [], stderr: [] };
  private readonly sizes: Record<CriStream, number> = { stdout: 0, stderr: 0 };

  constructor(
    readonly path: string,
    private readonly now: () => bigint = () => BigInt(Date.now()) * 1_000_000n,
  ) {
    this.fd = openLog(path);
  }

  /**
   * One chunk of a stream: its complete lines go out in one write with one timestamp (the time the
   * chunk was read, as conmon stamps it), not a write and a clock read per line: a container
   * printing short lines would otherwise cost the shim a syscall per line.
   */
  write(stream: CriStream, chunk: Buffer): void {
    const out: Buffer[] = [];
    const head = Buffer.from(`${formatRfc3339Nano(this.now())} ${stream} `);
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      this.addToTail(stream, chunk.subarray(start, nl === -1 ? chunk.length : nl), head, out);
      if (nl === -1) break;
      this.record(stream, 'F', head, out);
      start = nl + 1;
    }
    // The tail may still point into `chunk`, which the caller may reuse: keep a copy.
    if (this.tails[stream].length > 0) this.tails[stream] = [Buffer.concat(this.tails[stream])];
    this.writeAll(out);
  }

  /** The stream ended: its unterminated tail becomes a full line. */
  end(stream: CriStream): void {
    if (this.sizes[stream] === 0) return;
    const out: Buffer[] = [];
    this.record(stream, 'F', Buffer.from(`${formatRfc3339Nano(this.now())} ${stream} `), out);
    this.writeAll(out);
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

  private addToTail(stream: CriStream, part: Buffer, head: Buffer, out: Buffer[]): void {
    while (part.length > 0) {
      const take = part.subarray(0, maxCriLineBytes - this.sizes[stream]);
      this.tails[stream].push(take);
      this.sizes[stream] += take.length;
      part = part.subarray(take.length);
      if (this.sizes[stream] === maxCriLineBytes && part.length > 0) this.record(stream, 'P', head, out);
    }
  }

  /** Moves the stream's tail into `out` as one record. */
  private record(stream: CriStream, tag: 'P' | 'F', head: Buffer, out: Buffer[]): void {
    const pieces = this.tails[stream];
    this.tails[stream] = [];
    this.sizes[stream] = 0;
    const last = pieces.at(-1);
    if (tag === 'F' && last?.at(-1) === 0x0d) pieces[pieces.length - 1] = last.subarray(0, -1);
    out.push(head, tag === 'F' ? full : partial, ...pieces, newline);
  }

  private writeAll(out: Buffer[]): void {
    if (out.length === 0) return;
    const data = Buffer.concat(out);
    for (let off = 0; off < data.length;) off += writeSync(this.fd, data, off);
  }
}

const full = Buffer.from('F ');
const partial = Buffer.from('P ');
const newline = Buffer.from('\n');

function openLog(path: string): number {
  mkdirSync(dirname(path), { recursive: true });
  return openSync(path, 'a', 0o640);
}
