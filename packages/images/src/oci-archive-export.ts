import type { ContentStore } from './content-store.js';
import { digestHex } from './digest.js';
import { topDescriptor, type ExportPlan } from './export-plan.js';
import type { Descriptor } from './manifest.js';
import { annotations, mediaTypes } from './media-types.js';
import { parseRef } from './reference.js';
import { tarBuffer, tarDir, tarFile } from './tar-stream.js';
import { readVerified } from './verified-read.js';

/**
 * An OCI image layout tar, as `ctr images export` writes it: `oci-layout`, `index.json` with one
 * entry per name (`io.containerd.image.name` = the full reference, `org.opencontainers.image.ref.name`
 * = its tag, what `skopeo copy oci-archive:FILE:TAG` picks by), then the blobs as stored, unchanged,
 * so digests, the image id and a registry's repo digest survive the trip. An image saved by id gets
 * an entry without annotations (none when a name lists its manifest already). The metadata comes first: a streaming reader knows the images
 * before the blobs arrive.
 */
export async function* ociArchiveStream(plan: ExportPlan, content: ContentStore): AsyncGenerator<Buffer> {
  yield* tarBuffer('oci-layout', json({ imageLayoutVersion: '1.0.0' }));
  yield* tarBuffer(
    'index.json',
    json({ schemaVersion: 2, mediaType: mediaTypes.ociIndex, manifests: entries(plan) }),
  );
  yield tarDir('blobs');
  yield tarDir('blobs/sha256');
  for (const digest of plan.blobs) {
    yield* tarFile(
      `blobs/sha256/${digestHex(digest)}`,
      await content.size(digest),
      readVerified(content, digest),
    );
  }
}

function entries(plan: ExportPlan): Descriptor[] {
  const out: Descriptor[] = [];
  const seen = new Set<string>();
  for (const item of plan.items) {
    if (item.name === undefined) continue;
    const desc = topDescriptor(plan, item);
    if (seen.has(`${item.name} ${desc.digest}`)) continue;
    seen.add(`${item.name} ${desc.digest}`).add(desc.digest);
    const tag = parseRef(item.name).tag ?? 'latest';
    out.push({ ...desc, annotations: { [annotations.imageName]: item.name, [annotations.refName]: tag } });
  }
  // Asked for by id too: one unnamed entry, unless a name already lists that manifest.
  for (const item of plan.items) {
    const desc = topDescriptor(plan, item);
    if (item.name !== undefined || seen.has(desc.digest)) continue;
    seen.add(desc.digest);
    out.push(desc);
  }
  return out;
}

function json(v: unknown): Buffer {
  return Buffer.from(JSON.stringify(v));
}
