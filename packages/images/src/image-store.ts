import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CorralError, errorCode, nowNanos } from '@corral/api';
import type { ByteSource } from './byte-reader.js';
import { ContentStore } from './content-store.js';
import { isDigest } from './digest.js';
import { archiveStream, type ExportArchiveOptions, type ImageExport } from './export-archive.js';
import { parseExportFormat, planExport, type ExportItem } from './export-plan.js';
import { measureTree, type FsUsage } from './fs-usage.js';
import { collectGarbage, type GcResult } from './gc.js';
import { ImageMetadata, nameImported } from './image-metadata.js';
import { buildRecords, ImageResolver, type ImageRecord, type ResolvedImage } from './image-records.js';
import { planArchiveImport, type ImportArchiveOptions } from './import-archive.js';
import type { ImageConfig, Platform } from './manifest.js';
import { Mutex } from './mutex.js';
import { probeOverlay } from './overlay-probe.js';
import { hostPlatform } from './platform.js';
import { parseRef, tryNormalizeRef } from './reference.js';
import type { ImportPlan } from './import-plan.js';
import { pullImage } from './registry/pull-image.js';
import type { PullOptions } from './registry/pull-types.js';
import {
  Snapshots,
  validateRootfsKey,
  type PreparedRootfs,
  type SnapshotLayer,
  type SnapshotterKind,
} from './snapshots.js';

/** A pino logger fits; libraries don't make their own. */
export interface ImageStoreLogger {
  debug?(obj: object, msg?: string): void;
  info?(obj: object, msg?: string): void;
  warn?(obj: object, msg?: string): void;
}

export interface ImageStoreOptions {
  logger?: ImageStoreLogger | undefined;
  /** 'auto' (default) probes overlayfs once and falls back to copying. */
  snapshotter?: 'auto' | SnapshotterKind | undefined;
  /** The platform to pick from multi-platform images (default: this machine's). */
  platform?: Platform | undefined;
  /** Test seam: called after GC deleted each blob or layer directory (crash tests kill the process there). */
  gcAfterDelete?: ((what: string) => void) | undefined;
}

export interface RemoveImageOptions {
  /** Asked before an image loses its last name; true refuses (FailedPrecondition) unless `force`. */
  isInUse?: (imageId: string) => boolean;
  force?: boolean;
}

export interface FsInfo {
  mountpoint: string;
  usedBytes: bigint;
  inodesUsed: bigint;
}

/** overlayfs takes its options in one page; leave room for the rest of the mount data. */
const maxOverlayOptions = 4000;
/** How long an fsInfo walk is reused (CRI asks for it every few seconds). */
const fsInfoTtlMs = 5_000;

/**
 * The image store corrald uses: a content store of verified blobs, a separate name → manifest
 * table, and snapshots (unpacked layers, per-container rootfs). Lookups are synchronous from
 * memory; every change runs under one lock that also covers GC, so a blob is never collected
 * between being committed and being named.
 */
export class ImageStore {
  private readonly lock = new Mutex();
  private records = new Map<string, ImageRecord>();
  private resolved = new Map<string, ResolvedImage>();
  /** Metadata key → image id. */
  private keyIds = new Map<string, string>();
  private kind: Promise<SnapshotterKind> | undefined;
  private usage: { at: number; value: FsUsage } | undefined;
  /** Blobs an export is reading: GC keeps them whatever the names say. */
  private readonly leases = new Set<readonly string[]>();

  private constructor(
    readonly root: string,
    private readonly content: ContentStore,
    private readonly metadata: ImageMetadata,
    private readonly snapshots: Snapshots,
    private readonly resolver: ImageResolver,
    private readonly opts: ImageStoreOptions,
  ) {}

  static async open(root: string, opts: ImageStoreOptions = {}): Promise<ImageStore> {
    const abs = resolve(root);
    await mkdir(abs, { recursive: true, mode: 0o700 });
    const content = await ContentStore.open(abs);
    const metadata = await ImageMetadata.open(abs);
    const snapshots = await Snapshots.open(abs, content);
    const resolver = new ImageResolver(content, opts.platform ?? hostPlatform());
    const store = new ImageStore(abs, content, metadata, snapshots, resolver, opts);
    await store.lock.run(async () => {
      await store.refresh();
      // A crash between committing blobs and naming them leaves them unreferenced.
      store.logGc(await store.gc(), 'open');
    });
    return store;
  }

  /** Imports an OCI image layout or docker-archive tar; returns the images it created or updated. */
  async importArchive(stream: ByteSource, opts: ImportArchiveOptions = {}): Promise<ImageRecord[]> {
    // A stream that errors before reading starts (a client gone while the ingest dir is made) would
    // be an uncaught 'error' in the daemon. The reader still sees the error: it is the stream's state.
    if ('on' in stream && typeof stream.on === 'function') stream.on('error', () => undefined);
    const ingest = await this.content.newIngest();
    try {
      const plan = await planArchiveImport(stream, ingest, this.content, this.platform, opts);
      const out = await this.commitPlan(plan);
      this.opts.logger?.info?.(
        { images: out.map((r) => r.id), names: out.flatMap((r) => r.repoTags) },
        'imported images',
      );
      return out;
    } catch (err) {
      // Every refusal says it was the import (a tar reader's "unexpected end of archive" alone
      // does not), with its kind and hint kept.
      if (err instanceof CorralError)
        throw err.message.startsWith('import')
          ? err
          : new CorralError(err.code, `import: ${err.message}`, { hint: err.hint, cause: err });
      // A source stream that failed, a full disk: said as an import failure, kind kept when known.
      throw new CorralError(errorCode(err), `import image archive: ${(err as Error).message}`, {
        cause: err,
      });
    } finally {
      await ingest.discard();
    }
  }

  /**
   * Pulls `ref` from its registry (OCI distribution API): the platform's manifest, config and
   * missing layers, each verified by size and digest while it streams into a staging area, layers
   * checked like an import's, then committed and named at once. An image already present costs
   * the one manifest request. Errors: NotFound (unknown repository, tag or platform),
   * Unauthenticated, PermissionDenied, DataLoss (content not what the manifest says), Unavailable
   * (registry unreachable or gone mid-pull), FailedPrecondition (certificate not trusted),
   * ResourceExhausted (disk full, rate limited), Canceled.
   * No retry or back-off here: ImagePuller adds those.
   */
  async pull(ref: string, opts: PullOptions = {}): Promise<ImageRecord> {
    return pullImage(
      {
        content: this.content,
        platform: this.platform,
        logger: this.opts.logger,
        commit: (plan) => this.commitPlan(plan),
      },
      ref,
      opts,
    );
  }

  /** Moves a verified plan's blobs in and names its images, under the lock GC also takes. */
  private async commitPlan(plan: ImportPlan): Promise<ImageRecord[]> {
    const ids = await this.lock.run(async () => {
      for (const blob of plan.blobs.values()) await this.content.commit(blob);
      await this.content.syncBlobsDir();
      await this.metadata.update((m) => nameImported(m, plan.images, String(nowNanos())));
      await this.refresh();
      this.usage = undefined;
      return plan.images.map((i) => i.configDigest);
    });
    return [...new Set(ids)]
      .map((id) => this.records.get(id))
      .filter((r) => r !== undefined)
      .map((r) => structuredClone(r));
  }

  /**
   * Writes images as one archive, streamed: docker-archive (`docker save`) or an OCI image layout
   * tar. Each ref is a name (saved under it) or an id (saved unnamed). Every image is found and its
   * content checked present before the first byte (NotFound, InvalidArgument for a bad format).
   */
  async exportArchive(refs: readonly string[], opts: ExportArchiveOptions = {}): Promise<ImageExport> {
    const format = parseExportFormat(opts.format);
    if (refs.length === 0) throw new CorralError('InvalidArgument', 'export: name at least one image');
    // Under the lock: GC is not between finding the content and leasing it.
    const { plan, release } = await this.lock.run(async () => {
      const items: ExportItem[] = [];
      for (const ref of refs) items.push(await this.exportItem(ref));
      const p = await planExport(items, this.content, this.resolver);
      const blobs: readonly string[] = [...p.blobs];
      this.leases.add(blobs);
      return { plan: p, release: () => this.leases.delete(blobs) };
    });
    const images = [...new Set(plan.items.map((i) => i.image.configDigest))]
      .map((id) => this.get(id))
      .filter((r) => r !== undefined);
    this.opts.logger?.info?.(
      { format, images: images.map((r) => r.id), names: plan.items.map((i) => i.name ?? null) },
      'exporting images',
    );
    const bytes = archiveStream(format, plan, this.content, (diffId) => this.snapshots.unpackedSize(diffId));
    let read = false;
    return {
      format,
      images,
      close: release,
      [Symbol.asyncIterator]: () => {
        if (read) throw new CorralError('FailedPrecondition', 'export: an archive is read once');
        read = true;
        return (async function* () {
          try {
            yield* bytes;
          } finally {
            release();
          }
        })();
      },
    };
  }

  /** A ref to export: a tagged name exports what that name points at, under it; anything else, by id. */
  private async exportItem(ref: string): Promise<ExportItem> {
    const id = typeof ref === 'string' ? this.lookup(ref) : undefined;
    const image = id === undefined ? undefined : this.resolved.get(id);
    if (id === undefined || !image)
      throw new CorralError('NotFound', `export: no such image ${JSON.stringify(ref)}`);
    const name = tryNormalizeRef(ref);
    const entry = name === undefined || this.keyIds.get(name) !== id ? undefined : this.metadata.get(name);
    if (name === undefined || !entry || parseRef(name).tag === undefined) return { name: undefined, image };
    return { name, image: await this.resolver.resolve(entry.target) };
  }

  /** All images, or those `filter.ref` names (empty when it names nothing). */
  list(filter: { ref?: string } = {}): ImageRecord[] {
    if (filter.ref) {
      const r = this.get(filter.ref);
      return r ? [r] : [];
    }
    return [...this.records.values()]
      .sort((a, b) => (a.repoTags[0] ?? a.id).localeCompare(b.repoTags[0] ?? b.id))
      .map((r) => structuredClone(r));
  }

  /** By reference (`busybox`, `busybox:1`, `docker.io/library/busybox:latest`, `repo@digest`), id, or unique id prefix. */
  get(refOrId: string): ImageRecord | undefined {
    const id = this.lookup(refOrId);
    const r = id === undefined ? undefined : this.records.get(id);
    return r ? structuredClone(r) : undefined;
  }

  private lookup(s: string): string | undefined {
    if (typeof s !== 'string' || s === '') return undefined;
    if (isDigest(s)) {
      if (this.records.has(s)) return s;
      return [...this.records.values()].find((r) => r.manifestDigest === s)?.id;
    }
    const ref = tryNormalizeRef(s);
    if (ref !== undefined) {
      const byKey = this.keyIds.get(ref);
      if (byKey !== undefined) return byKey;
      const p = parseRef(ref);
      if (p.digest !== undefined) {
        const repoDigest = `${p.domain}/${p.path}@${p.digest}`;
        const hit = [...this.records.values()].find((r) => r.repoDigests.includes(repoDigest));
        if (hit) return hit.id;
      }
    }
    const hex = s.startsWith('sha256:') ? s.slice(7) : s;
    if (!/^[a-f0-9]+$/.test(hex)) return undefined;
    const matches = [...this.records.keys()].filter((id) => id.startsWith(`sha256:${hex}`));
    return matches.length === 1 ? matches[0] : undefined;
  }

  /**
   * A name removes that name; an id (or a digest reference) removes every name of the image. The
   * image's content goes once nothing names it; while `isInUse` says a container uses it, that is
   * refused unless `force`. False when nothing matched.
   */
  async remove(refOrId: string, opts: RemoveImageOptions = {}): Promise<boolean> {
    return this.lock.run(async () => {
      const id = this.lookup(refOrId);
      if (id === undefined) return false;
      const ref = tryNormalizeRef(refOrId);
      const all = [...this.keyIds].filter(([, v]) => v === id).map(([k]) => k);
      const keys = ref !== undefined && this.keyIds.get(ref) === id ? [ref] : all;
      if (keys.length === all.length && !opts.force && opts.isInUse?.(id)) {
        throw new CorralError(
          'FailedPrecondition',
          `remove image ${refOrId}: image ${id} is in use by a container`,
          {
            hint: 'remove the containers using it first, or force',
          },
        );
      }
      await this.metadata.update((m) => keys.forEach((k) => m.delete(k)));
      await this.refresh();
      this.usage = undefined;
      this.opts.logger?.info?.({ image: id, names: keys }, 'removed image names');
      this.logGc(await this.gc(), 'remove');
      return true;
    });
  }

  /**
   * Makes a container's rootfs from an image: layers unpacked once (shared), then an overlay with a
   * private upper dir, or a private copy where overlayfs is unavailable. Returns the mounts for the
   * shim's CreateTaskRequest.rootfs. Preparing the same key from the same image again returns the
   * same mounts.
   */
  async prepareRootfs(imageId: string, key: string): Promise<PreparedRootfs> {
    validateRootfsKey(key);
    const id = this.lookup(imageId);
    const resolved = id === undefined ? undefined : this.resolved.get(id);
    if (id === undefined || !resolved)
      throw new CorralError('NotFound', `prepare rootfs ${key}: image ${imageId}: not found`);
    const layers: SnapshotLayer[] = resolved.manifest.layers.map((l, i) => ({
      blob: l.digest,
      diffId: resolved.config.diffIds[i] ?? '',
    }));
    const diffIds = layers.map((l) => l.diffId);
    let kind = await this.snapshotter();
    if (
      kind === 'overlay' &&
      (layers.length === 0 || this.snapshots.overlayOptionsLength(key, diffIds) > maxOverlayOptions)
    ) {
      this.opts.logger?.warn?.(
        { key, image: id, layers: layers.length },
        'overlay cannot take these layers; copying',
      );
      kind = 'copy';
    }
    const rec = { key, imageId: id, snapshotter: kind, layers: diffIds, createdAt: String(nowNanos()) };
    try {
      const prepared = await this.snapshots.prepare(rec, layers, (fn) => this.lock.run(fn));
      this.usage = undefined;
      this.opts.logger?.debug?.({ key, image: id, snapshotter: kind }, 'prepared rootfs');
      return prepared;
    } catch (err) {
      if (err instanceof CorralError) throw err;
      throw new CorralError(errorCode(err), `prepare rootfs ${key} from ${id}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }

  /** Removes a container's rootfs (unmounting anything left mounted in it); idempotent. */
  async removeRootfs(key: string): Promise<void> {
    validateRootfsKey(key);
    const unmounted = await this.snapshots.removeContainer(key);
    if (unmounted.length > 0)
      this.opts.logger?.warn?.({ key, unmounted }, 'unmounted leftovers in a removed rootfs');
    this.usage = undefined;
    // Layers of a force-removed image were kept for this container; they may go now.
    await this.lock.run(async () => this.logGc(await this.gc(), 'remove rootfs'));
  }

  /** The image config's runtime defaults (Entrypoint, Cmd, Env, WorkingDir, User, …). */
  imageConfig(imageId: string): ImageConfig {
    const id = this.lookup(imageId);
    const r = id === undefined ? undefined : this.resolved.get(id);
    if (!r) throw new CorralError('NotFound', `image ${imageId}: not found`);
    return structuredClone(r.config.config);
  }

  /** Bytes and inodes under the store's root, for CRI's ImageFsInfo; cached for a few seconds. */
  fsInfo(): FsInfo {
    const now = Date.now();
    if (!this.usage || now - this.usage.at > fsInfoTtlMs)
      this.usage = { at: now, value: measureTree(this.root) };
    return { mountpoint: this.root, ...this.usage.value };
  }

  /** Which snapshotter containers get: overlay when a probe mount works (decided once). */
  snapshotter(): Promise<SnapshotterKind> {
    this.kind ??= (async (): Promise<SnapshotterKind> => {
      const want = this.opts.snapshotter ?? 'auto';
      if (want !== 'auto') return want;
      // overlayfs separates its options and layers with ',' and ':'; such a root cannot be said.
      if (/[,:]/.test(this.snapshots.dir)) {
        this.opts.logger?.warn?.({ root: this.root }, "root has ',' or ':'; container rootfs will be copies");
        return 'copy';
      }
      const probe = await probeOverlay(this.snapshots.dir);
      if (!probe.ok)
        this.opts.logger?.warn?.(
          { reason: probe.reason },
          'overlayfs unavailable; container rootfs will be copies',
        );
      return probe.ok ? 'overlay' : 'copy';
    })();
    return this.kind;
  }

  private get platform(): Platform {
    return this.opts.platform ?? hostPlatform();
  }

  /** Rebuilds the in-memory view from metadata; a name whose content is damaged is logged and left out. */
  private async refresh(): Promise<void> {
    const resolvedByTarget = new Map<string, ResolvedImage>();
    const keyIds = new Map<string, string>();
    for (const [key, entry] of this.metadata.all()) {
      let r = resolvedByTarget.get(entry.target.digest);
      if (!r) {
        try {
          r = await this.resolver.resolve(entry.target);
        } catch (err) {
          this.opts.logger?.warn?.(
            { name: key, target: entry.target.digest, err },
            'image content unreadable; left out',
          );
          continue;
        }
        resolvedByTarget.set(entry.target.digest, r);
      }
      keyIds.set(key, r.configDigest);
    }
    this.records = buildRecords(this.metadata.all(), resolvedByTarget);
    const byId = new Map<string, ResolvedImage>();
    for (const rec of this.records.values()) {
      const r = resolvedByTarget.get(rec.manifestDigest);
      if (r) byId.set(rec.id, r);
    }
    this.resolved = byId;
    this.keyIds = keyIds;
  }

  private gc(): Promise<GcResult> {
    return collectGarbage({
      content: this.content,
      metadata: this.metadata,
      resolver: this.resolver,
      snapshots: this.snapshots,
      leased: [...this.leases].flat(),
      afterDelete: this.opts.gcAfterDelete,
    });
  }

  private logGc(r: GcResult, during: string): void {
    if (r.blobs.length + r.layers.length > 0)
      this.opts.logger?.info?.({ during, blobs: r.blobs, layers: r.layers }, 'collected garbage');
  }
}
