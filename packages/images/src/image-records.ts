import { CorralError } from '@corral/api';
import type { ContentStore } from './content-store.js';
import { isUntaggedKey, type RefEntry } from './image-metadata.js';
import {
  parseImageConfigFile,
  parseManifestOrIndex,
  type Descriptor,
  type ImageConfigFile,
  type Index,
  type Manifest,
  type Platform,
} from './manifest.js';
import { selectPlatform } from './platform.js';
import { parseRef, repositoryOf } from './reference.js';

/** One image as CRI lists it: identified by its config digest, with every name that points at it. */
export interface ImageRecord {
  /** `sha256:<config digest>`. */
  id: string;
  /** Normalized `repo:tag` names. */
  repoTags: string[];
  /** `repo@<manifest digest>` for each repository naming it. */
  repoDigests: string[];
  /** Compressed layer sizes plus the config's, as a registry would count them. */
  size: number;
  /** When the store first had a name for it (ns since the epoch). */
  createdAt: bigint;
  /** The digest a name points at: the manifest, or the index for a multi-platform image. */
  manifestDigest: string;
  /** Layer blob digests, bottom to top. */
  layers: string[];
  /** Uncompressed layer digests (rootfs.diff_ids), bottom to top. */
  diffIds: string[];
  platform: Platform;
}

/** A name's target followed down to this platform's manifest and config. */
export interface ResolvedImage {
  target: Descriptor;
  manifest: Manifest;
  configDigest: string;
  config: ImageConfigFile;
}

/** Reads manifests and configs out of the content store, caching them: blobs never change. */
export class ImageResolver {
  private readonly cache = new Map<string, Manifest | Index | ImageConfigFile>();

  constructor(
    private readonly content: ContentStore,
    private readonly platform: Platform,
  ) {}

  async manifestOrIndex(digest: string): Promise<Manifest | Index> {
    const hit = this.cache.get(digest);
    if (hit && 'kind' in hit) return hit;
    const m = parseManifestOrIndex(await this.content.read(digest), `manifest ${digest}`);
    this.cache.set(digest, m);
    return m;
  }

  async config(digest: string): Promise<ImageConfigFile> {
    const hit = this.cache.get(digest);
    if (hit && 'diffIds' in hit) return hit;
    const c = parseImageConfigFile(await this.content.read(digest), `image config ${digest}`);
    this.cache.set(digest, c);
    return c;
  }

  /** The platform manifest of an index (NotFound when none matches), or the manifest itself. */
  async platformManifest(target: Descriptor): Promise<Manifest> {
    const m = await this.manifestOrIndex(target.digest);
    if (m.kind === 'manifest') return m;
    const child = selectPlatform(m.manifests, this.platform);
    if (!child) {
      const p = `${this.platform.os}/${this.platform.architecture}`;
      throw new CorralError('NotFound', `index ${target.digest} has no manifest for ${p}`);
    }
    const inner = await this.manifestOrIndex(child.digest);
    if (inner.kind !== 'manifest') throw new CorralError('InvalidArgument', `nested index ${child.digest}`);
    return inner;
  }

  async resolve(target: Descriptor): Promise<ResolvedImage> {
    const manifest = await this.platformManifest(target);
    const config = await this.config(manifest.config.digest);
    if (config.diffIds.length !== manifest.layers.length)
      throw new CorralError(
        'InvalidArgument',
        `image ${manifest.config.digest}: ${manifest.layers.length} layers but ${config.diffIds.length} diff_ids`,
      );
    return { target, manifest, configDigest: manifest.config.digest, config };
  }

  forget(digest: string): void {
    this.cache.delete(digest);
  }
}

/** Groups names by image id (config digest) into CRI-shaped records. */
export function buildRecords(
  entries: [string, RefEntry][],
  resolved: ReadonlyMap<string, ResolvedImage>,
): Map<string, ImageRecord> {
  const records = new Map<string, ImageRecord & { updatedAt: bigint }>();
  for (const [key, entry] of entries) {
    const r = resolved.get(entry.target.digest);
    if (!r) continue;
    const id = r.configDigest;
    const createdAt = BigInt(entry.createdAt);
    const updatedAt = BigInt(entry.updatedAt);
    let rec = records.get(id);
    if (!rec) {
      rec = {
        id,
        repoTags: [],
        repoDigests: [],
        size: r.manifest.config.size + r.manifest.layers.reduce((n, l) => n + l.size, 0),
        createdAt,
        updatedAt,
        manifestDigest: entry.target.digest,
        layers: r.manifest.layers.map((l) => l.digest),
        diffIds: [...r.config.diffIds],
        platform: {
          os: r.config.os,
          architecture: r.config.architecture,
          ...(r.config.variant ? { variant: r.config.variant } : {}),
        },
      };
      records.set(id, rec);
    }
    if (createdAt < rec.createdAt) rec.createdAt = createdAt;
    if (updatedAt > rec.updatedAt) {
      // The most recently named manifest speaks for the image.
      rec.updatedAt = updatedAt;
      rec.manifestDigest = entry.target.digest;
      rec.size = r.manifest.config.size + r.manifest.layers.reduce((n, l) => n + l.size, 0);
      rec.layers = r.manifest.layers.map((l) => l.digest);
    }
    if (isUntaggedKey(key)) continue;
    if (parseRef(key).tag !== undefined) rec.repoTags.push(key);
    const repoDigest = `${repositoryOf(key)}@${entry.target.digest}`;
    if (!rec.repoDigests.includes(repoDigest)) rec.repoDigests.push(repoDigest);
  }
  const out = new Map<string, ImageRecord>();
  for (const [id, { updatedAt: _, ...rec }] of records) {
    rec.repoTags.sort();
    rec.repoDigests.sort();
    out.set(id, rec);
  }
  return out;
}
