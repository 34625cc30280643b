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

  write(stream: CriStream, chunk: Buffer): void {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      this.addToTail(stream, chunk.subarray(start, nl === -1 ? chunk.length : nl));
      if (nl === -1) break;
      this.flush(stream, 'F');
      start = nl + 1;
    }
  }

  /** The stream ended: its unterminated tail becomes a full line. */
  end(stream: CriStream): void {
    if (this.sizes[stream] > 0) this.flush(stream, 'F');
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
      const take = part.subarray(0, maxCriLineBytes - this.sizes[stream]);
      this.tails[stream].push(Buffer.from(take));
      this.sizes[stream] += take.length;
      part = part.subarray(take.length);
      if (this.sizes[stream] === maxCriLineBytes && part.length > 0) this.flush(stream, 'P');
    }
  }

  private flush(stream: CriStream, tag: 'P' | 'F'): void {
    let text = Buffer.concat(this.tails[stream]);
    this.tails[stream] = [];
    this.sizes[stream] = 0;
    if (tag === 'F' && text.at(-1) === 0x0d) text = text.subarray(0, -1);
    const head = Buffer.from(`${formatRfc3339Nano(this.now())} ${stream} ${tag} `);
    writeSync(this.fd, Buffer.concat([head, text, Buffer.from('\n')]));
  }
}

function openLog(path: string): number {
  mkdirSync(dirname(path), { recursive: true });
  return openSync(path, 'a', 0o640);
}
