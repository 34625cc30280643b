import { CorralError } from '@corral/api';
import { annotations, isIndexType, mediaTypes } from './media-types.js';
import { parseManifestOrIndex, type Descriptor, type Manifest } from './manifest.js';
import { platformMatches, selectPlatform } from './platform.js';
import { repositoryOf } from './reference.js';
import {
  normalizeNames,
  PlanBuilder,
  type ImportPlan,
  type PlanContext,
  type PlannedImage,
} from './import-plan.js';

/**
 * An OCI image layout archive (`oci-layout`, `index.json`, `blobs/sha256/…`), as `ctr images export`,
 * `skopeo copy oci-archive:` and `docker save` (≥ 25) write it. Each index.json entry is an image; a
 * nested index (multi-platform) is followed to this platform's manifest, and its name points at the
 * index, as containerd does. `dockerRepoTags` (config digest → RepoTags from a docker manifest.json
 * beside it) names entries index.json leaves unnamed.
 */
export async function planOciArchive(
  ctx: PlanContext,
  dockerRepoTags: ReadonlyMap<string, string[]>,
): Promise<ImportPlan> {
  const b = new PlanBuilder(ctx);
  const indexFile = ctx.files.get('index.json', 'file');
  const index = parseManifestOrIndex(await ctx.ingest.read(indexFile), 'index.json');
  if (index.kind !== 'index')
    throw new CorralError('InvalidArgument', 'import: index.json is not an image index');
  // Entries for other platforms are skipped when this one has an entry (docker buildx lists several).
  const ours = index.manifests.filter(
    (d) => d.platform === undefined || platformMatches(ctx.platform, d.platform),
  );
  const entries = ours.length > 0 ? ours : index.manifests;
  const images: PlannedImage[] = [];
  for (const [i, desc] of entries.entries()) {
    const what = `index.json manifests[${i}]`;
    const top = await b.manifestOrIndex(desc, what);
    let manifest: Manifest;
    if (top.kind === 'index' || isIndexType(desc.mediaType)) {
      if (top.kind !== 'index') throw new CorralError('InvalidArgument', `import: ${what} is not an index`);
      const child = selectPlatform(top.manifests, ctx.platform);
      if (!child) {
        const p = `${ctx.platform.os}/${ctx.platform.architecture}`;
        throw new CorralError('InvalidArgument', `import: ${what} (${desc.digest}) has no manifest for ${p}`);
      }
      const inner = await b.manifestOrIndex(child, `${what} platform manifest`);
      if (inner.kind !== 'manifest')
        throw new CorralError('InvalidArgument', `import: ${what}: nested index`);
      manifest = inner;
    } else {
      manifest = top;
    }
    await b.verifyManifest(manifest, `image ${desc.digest}`);
    const configDigest = manifest.config.digest;
    const names = namesOf(desc, ctx.name, dockerRepoTags.get(configDigest) ?? []);
    images.push({ names: normalizeNames(names, what), target: topDescriptor(desc, top.kind), configDigest });
  }
  if (images.length === 0) throw new CorralError('InvalidArgument', 'import: index.json lists no images');
  return { images, blobs: b.blobs };
}

function namesOf(desc: Descriptor, name: string | undefined, dockerTags: string[]): string[] {
  const ann = desc.annotations ?? {};
  const full = ann[annotations.imageName];
  if (full) return [full];
  const refName = ann[annotations.refName];
  if (refName) {
    // A tag cannot hold '/', ':' or '@': anything that does is a full reference.
    if (/[/:@]/.test(refName)) return [refName];
    if (name !== undefined) return [`${repositoryOf(name)}:${refName}`];
  }
  if (dockerTags.length > 0) return dockerTags;
  return name !== undefined ? [name] : [];
}

function topDescriptor(desc: Descriptor, kind: 'manifest' | 'index'): Descriptor {
  const { annotations: _a, platform: _p, ...rest } = desc;
  if (rest.mediaType === '') rest.mediaType = kind === 'index' ? mediaTypes.ociIndex : mediaTypes.ociManifest;
  return rest;
}
