import { digestMismatch } from './digest.js';
import { walkLayer } from './layer-walker.js';
import { openLayerStream } from './layer-stream.js';

export interface LayerScan {
  diffId: string;
  /** Uncompressed size of the layer tar. */
  size: number;
  entries: number;
}

/**
 * Reads a whole layer at import time: every entry must pass the extractor's safety rules and the
 * uncompressed stream must hash to the config's diff_id. A bad layer fails the import instead of
 * the first container that uses it.
 */
export async function scanLayer(path: string, what: string, expectedDiffId: string): Promise<LayerScan> {
  const layer = await openLayerStream(path, what);
  let entries = 0;
  // Bodies are skipped by the reader; only headers and the digest matter here.
  for await (const _ of walkLayer(layer.tar)) entries++;
  const diffId = layer.diffId.digest();
  if (diffId !== expectedDiffId) throw digestMismatch(expectedDiffId, diffId, `${what}, uncompressed`);
  return { diffId, size: layer.diffId.size, entries };
}
