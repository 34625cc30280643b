import { CorralError } from '@corral/api';
import type { ArchiveFiles } from './archive-files.js';
import type { ContentStore, Ingest, StagedBlob } from './content-store.js';
import { sizeMismatch } from './digest.js';
import { scanLayer } from './layer-scan.js';
import {
  parseImageConfigFile,
  parseManifestOrIndex,
  type Descriptor,
  type ImageConfigFile,
  type Index,
  type Manifest,
  type Platform,
} from './manifest.js';
import { normalizeRef } from './reference.js';

/** One image an archive holds: what its names will point at. */
export interface PlannedImage {
  /** Normalized references; empty when the archive leaves it unnamed. */
  names: string[];
  target: Descriptor;
  configDigest: string;
}

/** Everything verified and ready to commit: the blobs to move in and the names to write. */
export interface ImportPlan {
  images: PlannedImage[];
  blobs: Map<string, StagedBlob>;
}

export interface PlanContext {
  files: ArchiveFiles;
  ingest: Ingest;
  content: ContentStore;
  platform: Platform;
  /** Names an unnamed image; with a bare OCI ref-name tag, gives the repository. */
  name: string | undefined;
}

/**
 * Collects and verifies the blobs an import will commit. Each blob comes from the archive or, when
 * the archive leaves it out, from the store; sizes are checked against the descriptors, configs are
 * parsed, and every new layer is scanned (safe paths, diff_id matches the config).
 */
export class PlanBuilder {
  readonly blobs = new Map<string, StagedBlob>();
  private readonly archiveBlobs: Map<string, StagedBlob>;
  private readonly scanned = new Set<string>();

  constructor(private readonly ctx: PlanContext) {
    this.archiveBlobs = ctx.files.blobsByDigest();
  }

  /** Adds a blob staged under another name (docker-archive files, synthesized manifests). */
  addStaged(staged: StagedBlob): void {
    this.blobs.set(staged.digest, staged);
  }

  /** The blob `desc` names, size-checked, added to the plan. */
  async blob(desc: Descriptor, what: string): Promise<StagedBlob> {
    let staged = this.blobs.get(desc.digest) ?? this.archiveBlobs.get(desc.digest);
    if (!staged && this.ctx.content.has(desc.digest)) {
      staged = {
        digest: desc.digest,
        size: await this.ctx.content.size(desc.digest),
        path: undefined,
        head: Buffer.alloc(0),
      };
    }
    if (!staged) throw new CorralError('InvalidArgument', `import: archive lacks ${what} ${desc.digest}`);
    if (staged.size !== desc.size) throw sizeMismatch(desc.digest, staged.size, desc.size);
    this.blobs.set(desc.digest, staged);
    return staged;
  }

  async manifestOrIndex(desc: Descriptor, what: string): Promise<Manifest | Index> {
    const staged = await this.blob(desc, what);
    return parseManifestOrIndex(await this.ctx.ingest.read(staged), `${what} ${desc.digest}`);
  }

  /** Verifies a manifest's config and layers; returns the config. */
  async verifyManifest(manifest: Manifest, what: string): Promise<ImageConfigFile> {
    const configBlob = await this.blob(manifest.config, `config of ${what}`);
    const config = parseImageConfigFile(
      await this.ctx.ingest.read(configBlob),
      `image config ${manifest.config.digest}`,
    );
    if (config.diffIds.length !== manifest.layers.length)
      throw new CorralError(
        'InvalidArgument',
        `import: ${what} has ${manifest.layers.length} layers but its config lists ${config.diffIds.length} diff_ids`,
      );
    for (const [i, layer] of manifest.layers.entries()) {
      const staged = await this.blob(layer, `layer of ${what}`);
      await this.scan(staged, config.diffIds[i] ?? '', `layer ${layer.digest}`);
    }
    return config;
  }

  /** Scans a layer once per import; one already in the store was scanned when it came in. */
  async scan(staged: StagedBlob, diffId: string, what: string): Promise<void> {
    if (staged.path === undefined || this.scanned.has(`${staged.digest} ${diffId}`)) return;
    await scanLayer(staged.path, what, diffId);
    this.scanned.add(`${staged.digest} ${diffId}`);
  }
}

/** Normalizes names, keeping the first of duplicates. */
export function normalizeNames(names: Iterable<string>, what: string): string[] {
  const out: string[] = [];
  for (const n of names) {
    let ref: string;
    try {
      ref = normalizeRef(n);
    } catch (err) {
      throw new CorralError(
        'InvalidArgument',
        `import: ${what} name ${JSON.stringify(n)}: ${(err as Error).message}`,
        {
          cause: err,
        },
      );
    }
    if (!out.includes(ref)) out.push(ref);
  }
  return out;
}
