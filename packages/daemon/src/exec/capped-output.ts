import type { Readable } from 'node:stream';
import { maxFrameBytes } from '../api-server/index.js';

/**
 * ExecSync keeps at most this much of each stream (the rest is read and dropped, never blocking
 * the process): both streams and the reply's framing fit in one API frame.
 */
export const maxExecOutputBytes = Math.floor((maxFrameBytes - 64 * 1024) / 2);

/** Collects a stream up to `cap` bytes; `ended` resolves at EOF (or when the stream is destroyed). */
export class CappedOutput {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  truncated = false;
  readonly ended: Promise<void>;
  #eof = false;

  constructor(
    private readonly stream: Readable,
    private readonly cap = maxExecOutputBytes,
  ) {
    stream.on('data', (chunk: Buffer) => this.add(chunk));
    stream.on('error', () => undefined);
    this.ended = new Promise<void>((resolve) => {
      // A FIFO whose writers were all gone before we got here (an exec that printed nothing and
      // exited at once) has already ended: a paused stream emits 'end' with an empty buffer, so
      // nothing was missed, but the event was.
      if (stream.readableEnded || stream.destroyed) {
        this.#eof = stream.readableEnded;
        resolve();
        return;
      }
      stream.once('end', () => {
        this.#eof = true;
        resolve();
      });
      stream.once('close', () => resolve());
    });
  }

  /** True once the writers all closed (not merely destroyed by us). */
  get eof(): boolean {
    return this.#eof;
  }

  private add(chunk: Buffer): void {
    const room = this.cap - this.size;
    if (room <= 0) {
      this.truncated = true;
      return;
    }
    if (chunk.length > room) {
      this.chunks.push(chunk.subarray(0, room));
      this.size += room;
      this.truncated = true;
      return;
    }
    this.chunks.push(chunk);
    this.size += chunk.length;
  }

  destroy(): void {
    this.stream.destroy();
  }

  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}
