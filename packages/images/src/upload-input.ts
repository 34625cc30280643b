import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { CorralError } from '@corral/api';
import type { ByteSource } from './byte-reader.js';
import { sniffCompression } from './layer-stream.js';

/** Chunks as Uint8Arrays, counted for `onProgress` (bytes as the sender sent them). */
export async function* countBytes(
  source: ByteSource,
  onProgress?: (bytes: number) => void,
): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of source as AsyncIterable<Uint8Array | string>) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += b.length;
    onProgress?.(total);
    yield b;
  }
}

/**
 * The upload's tar: a gzip-compressed one (`docker save | gzip`, a `rootfs.tar.gz`) is decompressed
 * as it streams, as `docker load` and `docker import` do; anything else passes as it is.
 */
export async function* tarOfUpload(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const it = source[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headLen = 0;
  let ended = false;
  while (headLen < 4) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    head.push(r.value);
    headLen += r.value.length;
  }
  const all = (async function* (): AsyncGenerator<Uint8Array> {
    yield* head;
    while (!ended) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  })();
  const compression = sniffCompression(Buffer.concat(head));
  if (compression === 'none') {
    yield* all;
    return;
  }
  if (compression === 'zstd')
    throw new CorralError(
      'InvalidArgument',
      'import: zstd-compressed input is not supported; decompress it first',
    );
  const gunzip = createGunzip();
  const feeding = pipeline(Readable.from(all), gunzip).catch(() => undefined);
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_'))
      throw new CorralError('InvalidArgument', `import: gunzip the input: ${(err as Error).message}`, {
        cause: err,
      });
    throw err;
  } finally {
    gunzip.destroy();
    await feeding;
  }
}
