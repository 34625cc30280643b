import { CorralError } from '@corral/api';

/** What importArchive and the layer readers accept: a Node stream or any async iterable of bytes. */
export type ByteSource = NodeJS.ReadableStream | AsyncIterable<Uint8Array>;

/**
 * Pulls exact byte counts out of an async iterable of chunks without copying more than needed: the
 * tar reader asks for 512-byte headers and streams bodies chunk by chunk, so a 1 GiB layer never
 * sits in memory.
 */
export class ByteReader {
  private readonly it: AsyncIterator<Uint8Array | string>;
  private buf: Buffer = Buffer.alloc(0);
  private off = 0;
  private done = false;
  /** Bytes handed out so far (onProgress, error positions). */
  consumed = 0;

  constructor(source: ByteSource) {
    this.it = (source as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
  }

  private get available(): number {
    return this.buf.length - this.off;
  }

  /** Loads the next chunk; false at end of input. */
  private async fill(): Promise<boolean> {
    if (this.done) return false;
    for (;;) {
      const r = await this.it.next();
      if (r.done) {
        this.done = true;
        return false;
      }
      const chunk = typeof r.value === 'string' ? Buffer.from(r.value) : Buffer.from(r.value);
      if (chunk.length === 0) continue;
      this.buf = this.available > 0 ? Buffer.concat([this.buf.subarray(this.off), chunk]) : chunk;
      this.off = 0;
      return true;
    }
  }

  /** Exactly `n` bytes, or undefined when the input ends before any byte; throws on a short read. */
  async readExact(n: number): Promise<Buffer | undefined> {
    while (this.available < n) {
      if (!(await this.fill())) {
        if (this.available === 0) return undefined;
        throw new CorralError('InvalidArgument', `unexpected end of archive at byte ${this.consumed}`);
      }
    }
    const out = this.buf.subarray(this.off, this.off + n);
    this.off += n;
    this.consumed += n;
    return out;
  }

  /** The next `n` bytes as chunks, without buffering them all. */
  async *stream(n: number): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      if (this.available === 0 && !(await this.fill())) {
        throw new CorralError('InvalidArgument', `unexpected end of archive at byte ${this.consumed}`);
      }
      const take = Math.min(left, this.available);
      const out = this.buf.subarray(this.off, this.off + take);
      this.off += take;
      this.consumed += take;
      left -= take;
      yield out;
    }
  }

  async skip(n: number): Promise<void> {
    for await (const _ of this.stream(n)) {
      // discard
    }
  }

  /** Reads to the end of the input (a layer's diff_id covers the zero padding after the tar's end). */
  async drain(): Promise<void> {
    this.consumed += this.available;
    this.off = this.buf.length;
    while (await this.fill()) {
      this.consumed += this.available;
      this.off = this.buf.length;
    }
  }

  /** Stops the underlying source (a destroyed file or gunzip stream releases its fd). */
  async close(): Promise<void> {
    if (!this.done) {
      this.done = true;
      await this.it.return?.();
    }
  }
}
