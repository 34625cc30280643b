import { CorralError } from '@corral/api';
import type { ContentStore } from './content-store.js';
import type { ImageResolver, ResolvedImage } from './image-records.js';
import type { Descriptor } from './manifest.js';
import { mediaTypes } from './media-types.js';

export type ExportFormat = 'oci-archive' | 'docker-archive';
export const exportFormats: readonly ExportFormat[] = ['oci-archive', 'docker-archive'];

/** One image of an export and the name it is saved under (none when it was asked for by id). */
export interface ExportItem {
  name: string | undefined;
  image: ResolvedImage;
}

/** What an archive will hold, every blob checked present before the first byte is written. */
export interface ExportPlan {
  items: ExportItem[];
  /**
   * Every blob the archive reads, in the order an OCI layout writes them: a name's target, the
   * manifests of an index the store has, then configs and layers. Leased from GC while streaming.
   */
  blobs: string[];
  /** Targets that are indexes (their media type may be left out of a descriptor). */
  indexes: Set<string>;
}

export function parseExportFormat(format: string | undefined): ExportFormat {
  const f = format === undefined || format === '' ? 'docker-archive' : format;
  if (!(exportFormats as readonly string[]).includes(f))
    throw new CorralError(
      'InvalidArgument',
      `export: unknown format ${JSON.stringify(format)} (${exportFormats.join(', ')})`,
    );
  return f as ExportFormat;
}

/**
 * Collects the blobs of each item. The platform manifest's config and layers must all be present
 * (DataLoss otherwise: the store lost content it had verified). An index is exported as it is,
 * with the manifests of other platforms the store never fetched left out: the OCI layout spec
 * allows missing blobs, and the name keeps pointing at the digest its registry served.
 */
export async function planExport(
  items: ExportItem[],
  content: ContentStore,
  resolver: ImageResolver,
): Promise<ExportPlan> {
  const blobs: string[] = [];
  const indexes = new Set<string>();
  const seen = new Set<string>();
  const add = (digest: string): void => {
    if (seen.has(digest)) return;
    seen.add(digest);
    blobs.push(digest);
  };
  const need = (digest: string, what: string): void => {
    if (!content.has(digest))
      throw new CorralError('DataLoss', `export: ${what} ${digest} is missing from the content store`);
    add(digest);
  };
  const addPresent = async (digest: string): Promise<void> => {
    if (seen.has(digest) || !content.has(digest)) return;
    add(digest);
    const m = await resolver.manifestOrIndex(digest).catch(() => undefined);
    if (m?.kind === 'index') for (const child of m.manifests) await addPresent(child.digest);
    if (m?.kind === 'manifest')
      for (const d of [m.config, ...m.layers]) if (content.has(d.digest)) add(d.digest);
  };
  for (const { image } of items) {
    const what = `image ${image.configDigest}`;
    need(image.target.digest, `${what}: manifest`);
    const top = await resolver.manifestOrIndex(image.target.digest);
    if (top.kind === 'index') {
      indexes.add(image.target.digest);
      for (const child of top.manifests) await addPresent(child.digest);
    }
    need(image.manifest.config.digest, `${what}: config`);
    for (const layer of image.manifest.layers) need(layer.digest, `${what}: layer`);
  }
  return { items, blobs, indexes };
}

/** The descriptor index.json lists for an item, with its media type filled in when it was left out. */
export function topDescriptor(plan: ExportPlan, item: ExportItem): Descriptor {
  const { digest, size, mediaType } = item.image.target;
  const fallback = plan.indexes.has(digest) ? mediaTypes.ociIndex : mediaTypes.ociManifest;
  return { mediaType: mediaType || fallback, digest, size };
}
