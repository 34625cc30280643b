import { once } from 'node:events';
import { PassThrough, pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { CorralError } from '@corral/api';
import { countDigest, digestMismatch, DigestCounter } from '../digest.js';
import { sniffCompression } from '../layer-stream.js';
import { walkLayer } from '../layer-walker.js';

/**
 * The import-time layer scan (safe entries, uncompressed digest = the config's diff_id), run on a
 * layer while it downloads instead of reading the file again afterwards: the compressed bytes are
 * fed here as they arrive, gunzip works on libuv's threads while the download hashes and writes,
 * and the check is done when the last byte is. A failure is held until `end()`: the download goes
 * on, so a damaged blob is reported by its digest (DataLoss) rather than by whatever the unpacker
 * tripped on first.
 */
export class StreamingLayerCheck {
  private readonly input = new PassThrough({ highWaterMark: 1 << 20 });
  private readonly result: Promise<void>;
  private failed = false;

  constructor(
    private readonly diffId: string,
    private readonly what: string,
  ) {
    this.result = this.run();
    // From then on nothing reads the input: writes stop (see write) instead of waiting forever.
    this.result.catch(() => (this.failed = true));
  }

  /** Feeds a chunk; waits while the scan is behind (bounded memory), never after it failed. */
  async write(chunk: Uint8Array): Promise<void> {
    if (this.failed) return;
    if (!this.input.write(chunk))
      await Promise.race([once(this.input, 'drain'), this.result.catch(() => undefined)]);
  }

  /** The input is complete: resolves once the scan has checked all of it, or throws what it found. */
  async end(): Promise<void> {
    this.input.end();
    await this.result;
  }

  /** The download failed: stop the scan, and its error with it. */
  abort(): void {
    this.result.catch(() => undefined);
    this.input.destroy();
  }

  private async run(): Promise<void> {
    const it = this.input[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    const first = await it.next();
    const head = first.done ? Buffer.alloc(0) : first.value;
    async function* all(): AsyncGenerator<Buffer> {
      if (!first.done) yield first.value;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    }
    let tar: AsyncIterable<Uint8Array> = all();
    const compression = sniffCompression(head);
    if (compression === 'zstd')
      throw new CorralError('Unimplemented', `${this.what}: zstd-compressed layers need Node ≥ 22.15`);
    if (compression === 'gzip') {
      const gunzip = createGunzip();
      pipeline(Readable.from(tar), gunzip, () => undefined);
      tar = decompressErrorsAsInvalid(gunzip, this.what);
    }
    const counter = new DigestCounter();
    for await (const _ of walkLayer(countDigest(tar, counter))) {
      // each entry is validated by the walk itself
    }
    const got = counter.digest();
    if (got !== this.diffId) throw digestMismatch(this.diffId, got, `${this.what}, uncompressed`);
  }
}

async function* decompressErrorsAsInvalid(
  source: AsyncIterable<Uint8Array>,
  what: string,
): AsyncGenerator<Uint8Array> {
  try {
    yield* source;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_'))
      throw new CorralError('InvalidArgument', `${what}: decompress: ${(err as Error).message}`, {
        cause: err,
      });
    throw err;
  }
}
