import { CorralError } from '@corral/api';
import type { Ingest, StagedBlob } from '../content-store.js';
import type { Descriptor } from '../manifest.js';
import type { BlobProgress } from './blob-progress.js';
import type { StreamingLayerCheck } from './layer-check.js';
import type { RegistryClient } from './registry-client.js';

/**
 * Streams blob `desc` from the registry into a staging file of `ingest`, hashing as it goes: more
 * bytes than the descriptor says stop the download at once, fewer or other bytes fail it after,
 * and either way the staging file is removed (DataLoss naming the expected and the actual). What
 * returns is complete, fsynced and verified, ready to be renamed into the content store; a pull
 * that fails leaves nothing half-written anywhere the store reads. With `check`, a layer's bytes
 * are scanned on the way too, and its verdict awaited once the blob's own digest is known good.
 */
export async function downloadBlob(
  client: RegistryClient,
  ingest: Ingest,
  desc: Descriptor,
  what: string,
  progress: BlobProgress,
  signal: AbortSignal | undefined,
  check?: StreamingLayerCheck,
): Promise<StagedBlob> {
  let received = 0;
  async function* verified(body: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    for await (const chunk of body) {
      received += chunk.length;
      if (received > desc.size)
        throw new CorralError(
          'DataLoss',
          `${what}: blob ${desc.digest} size mismatch: the registry sent more than the ${desc.size} bytes the manifest says`,
        );
      progress.add(chunk.length);
      await check?.write(chunk);
      yield chunk;
    }
    if (received !== desc.size)
      throw new CorralError(
        'DataLoss',
        `${what}: blob ${desc.digest} size mismatch: got ${received} bytes, the manifest says ${desc.size}`,
      );
  }
  let staged: StagedBlob;
  try {
    const body = await client.blob(desc, what, signal);
    progress.start();
    staged = await ingest.stage(verified(body), {
      expected: desc.digest,
      where: `${what}, from ${client.host}`,
    });
  } catch (err) {
    check?.abort();
    throw err;
  }
  progress.verifying();
  await check?.end();
  return staged;
}
