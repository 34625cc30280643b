import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline, type Transform } from 'node:stream';
import * as zlib from 'node:zlib';
import { CorralError } from '@corral/api';
import { countDigest, DigestCounter } from './digest.js';

export type Compression = 'none' | 'gzip' | 'zstd';

/** A layer's uncompressed tar stream and the digest (diff_id) being computed as it is read. */
export interface LayerStream {
  tar: AsyncIterable<Uint8Array>;
  diffId: DigestCounter;
  compression: Compression;
}

/** Tells compression by magic bytes, not media type: archives in the wild mislabel layers. */
export function sniffCompression(head: Uint8Array): Compression {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'zstd';
  return 'none';
}

type ZstdFactory = () => Transform;

function zstdDecompressor(): ZstdFactory | undefined {
  // Node ≥ 22.15 has zstd; Node 20 does not. Feature-detect rather than pin a version.
  const f = (zlib as unknown as { createZstdDecompress?: ZstdFactory }).createZstdDecompress;
  return typeof f === 'function' ? f : undefined;
}

/** Opens the layer file at `path`, decompressing as its first bytes say. */
export async function openLayerStream(path: string, what: string): Promise<LayerStream> {
  const head = Buffer.alloc(4);
  const fh = await open(path, 'r');
  try {
    await fh.read(head, 0, 4, 0);
  } finally {
    await fh.close();
  }
  const compression = sniffCompression(head);
  const file = createReadStream(path);
  let tar: AsyncIterable<Uint8Array> = file;
  if (compression !== 'none') {
    let decompress: Transform;
    if (compression === 'gzip') decompress = zlib.createGunzip();
    else {
      const zstd = zstdDecompressor();
      if (!zstd) {
        file.destroy();
        throw new CorralError('Unimplemented', `${what}: zstd-compressed layers need Node ≥ 22.15`);
      }
      decompress = zstd();
    }
    // pipeline forwards a read error into the decompressor, which ends the iteration with it.
    pipeline(file, decompress, () => undefined);
    tar = wrapDecompressErrors(decompress, what);
  }
  const diffId = new DigestCounter();
  return { tar: countDigest(tar, diffId), diffId, compression };
}

/** A corrupt gzip stream is bad input (InvalidArgument), not an internal error. */
async function* wrapDecompressErrors(
  source: AsyncIterable<Uint8Array>,
  what: string,
): AsyncGenerator<Uint8Array> {
  try {
    yield* source;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_') || code.startsWith('ERR_ZSTD'))
      throw new CorralError('InvalidArgument', `${what}: decompress: ${(err as Error).message}`, {
        cause: err,
      });
    throw err;
  }
}
