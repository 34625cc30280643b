import type { ContentStore } from './content-store.js';
import type { ImageMetadata } from './image-metadata.js';
import type { ImageResolver } from './image-records.js';
import type { Snapshots } from './snapshots.js';

export interface GcResult {
  blobs: string[];
  layers: string[];
}

export interface GcDeps {
  content: ContentStore;
  metadata: ImageMetadata;
  resolver: ImageResolver;
  snapshots: Snapshots;
  /** Blobs kept whatever names them (an export reading them). */
  leased?: Iterable<string>;
  /** Test seam: called after each blob or layer directory is gone (crash tests stop there). */
  afterDelete?: (what: string) => void;
}

/**
 * Mark and sweep, as containerd's GC: every name marks its target, an index marks the manifests it
 * lists that are present, a manifest marks its config and layers, a config marks its layers'
 * unpacked directories. Container snapshots mark their layer directories too, so a force-removed
 * image's layers stay while a container still runs on them, and an export's leased blobs stay
 * until it has read them. Callers hold the store's lock: an import's blobs become reachable in the
 * same critical section they are committed in.
 *
 * Why a crash here loses nothing in use: marks come only from what is on disk (images.json is
 * rewritten atomically before GC runs, container snapshot records are written before their layers
 * are used), the sweep deletes only unmarked things, one unlink or one rename-aside at a time.
 * Killed anywhere, the store holds a superset of what is marked; the next open runs GC again and
 * finishes the sweep (the store's GC-crash test kills a process after each delete).
 */
export async function collectGarbage(d: GcDeps): Promise<GcResult> {
  const blobs = new Set<string>();
  const diffIds = new Set<string>();
  const markManifest = async (digest: string): Promise<void> => {
    if (blobs.has(digest) || !d.content.has(digest)) return;
    blobs.add(digest);
    let m;
    try {
      m = await d.resolver.manifestOrIndex(digest);
    } catch {
      return; // unreadable: keep what it is, mark nothing below it
    }
    if (m.kind === 'index') {
      for (const child of m.manifests) await markManifest(child.digest);
      return;
    }
    blobs.add(m.config.digest);
    for (const l of m.layers) blobs.add(l.digest);
    if (d.content.has(m.config.digest)) {
      try {
        for (const id of (await d.resolver.config(m.config.digest)).diffIds) diffIds.add(id);
      } catch {
        // a damaged config marks no layers
      }
    }
  };
  for (const [, entry] of d.metadata.all()) await markManifest(entry.target.digest);
  for (const digest of d.leased ?? []) blobs.add(digest);
  for (const c of d.snapshots.containers()) for (const id of c.layers) diffIds.add(id);

  const removed: GcResult = { blobs: [], layers: [] };
  for (const digest of d.content.list()) {
    if (blobs.has(digest)) continue;
    await d.content.delete(digest);
    d.resolver.forget(digest);
    removed.blobs.push(digest);
    d.afterDelete?.(digest);
  }
  for (const id of d.snapshots.unpackedLayers()) {
    if (diffIds.has(id)) continue;
    if (!(await d.snapshots.removeLayer(id))) continue;
    removed.layers.push(id);
    d.afterDelete?.(`layer ${id}`);
  }
  return removed;
}
