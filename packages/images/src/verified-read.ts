import { createReadStream } from 'node:fs';
import type { ContentStore } from './content-store.js';
import { digestMismatch, DigestCounter } from './digest.js';

/** Chunks are large: an export is one frame per chunk on the API socket. */
const readChunkBytes = 1024 * 1024;

/**
 * A stored blob's bytes, hashed on the way out: content damaged on disk since it was verified
 * fails the reader with DataLoss at its end instead of passing for the image.
 */
export async function* readVerified(content: ContentStore, digest: string): AsyncGenerator<Buffer> {
  const counter = new DigestCounter();
  for await (const chunk of createReadStream(content.path(digest), {
    highWaterMark: readChunkBytes,
  })) {
    const b = chunk as Buffer;
    counter.update(b);
    yield b;
  }
  const got = counter.digest();
  if (got !== digest) throw digestMismatch(digest, got, 'in the content store, while exporting');
}
