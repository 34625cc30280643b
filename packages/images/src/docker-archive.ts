import { CorralError } from '@corral/api';
import type { ArchiveFiles } from './archive-files.js';
import type { Ingest, StagedBlob } from './content-store.js';
import { digestMismatch } from './digest.js';
import { sniffCompression } from './layer-stream.js';
import { parseImageConfigFile, parseJson, type Descriptor } from './manifest.js';
import { mediaTypes } from './media-types.js';
import {
  normalizeNames,
  PlanBuilder,
  type ImportPlan,
  type PlanContext,
  type PlannedImage,
} from './import-plan.js';

/** One entry of a docker-archive's manifest.json. */
interface DockerManifestEntry {
  Config: string;
  RepoTags: string[];
  Layers: string[];
}

/** manifest.json of a docker-archive, or undefined when the archive has none. */
export async function readDockerManifest(
  files: ArchiveFiles,
  ingest: Ingest,
): Promise<DockerManifestEntry[] | undefined> {
  const f = files.resolve('manifest.json');
  if (!f) return undefined;
  const v = parseJson(await ingest.read(f), 'manifest.json');
  if (!Array.isArray(v)) throw new CorralError('InvalidArgument', 'import: manifest.json is not a list');
  return v.map((raw: unknown, i) => {
    const e = (raw ?? {}) as Record<string, unknown>;
    const layers = e['Layers'];
    if (
      typeof e['Config'] !== 'string' ||
      !Array.isArray(layers) ||
      !layers.every((l) => typeof l === 'string')
    )
      throw new CorralError('InvalidArgument', `import: manifest.json[${i}] needs Config and Layers`);
    const tags = Array.isArray(e['RepoTags'])
      ? e['RepoTags'].filter((t): t is string => typeof t === 'string')
      : [];
    return { Config: e['Config'], RepoTags: tags, Layers: layers };
  });
}

/** config digest → RepoTags: names for an OCI layout docker wrote beside its manifest.json. */
export async function dockerRepoTagsByConfig(
  files: ArchiveFiles,
  ingest: Ingest,
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const e of (await readDockerManifest(files, ingest)) ?? []) {
    const config = files.resolve(e.Config);
    if (config && e.RepoTags.length > 0) out.set(config.digest, e.RepoTags);
  }
  return out;
}

/**
 * A `docker save` archive: manifest.json lists each image's config file, tags and layer tars. It
 * has no manifest blob, so one is made (docker schema 2, as containerd does on import); layer
 * digests are computed here and each layer's uncompressed digest must match the config's diff_id.
 */
export async function planDockerArchive(ctx: PlanContext): Promise<ImportPlan> {
  const entries = await readDockerManifest(ctx.files, ctx.ingest);
  if (!entries || entries.length === 0)
    throw new CorralError('InvalidArgument', 'import: docker-archive without images in manifest.json');
  const b = new PlanBuilder(ctx);
  const images: PlannedImage[] = [];
  for (const [i, e] of entries.entries()) {
    const what = `manifest.json[${i}]`;
    const configFile = ctx.files.get(e.Config, 'config');
    checkNamedDigest(e.Config, configFile);
    const config = parseImageConfigFile(await ctx.ingest.read(configFile), `image config ${e.Config}`);
    if (config.diffIds.length !== e.Layers.length)
      throw new CorralError(
        'InvalidArgument',
        `import: ${what} lists ${e.Layers.length} layers but its config has ${config.diffIds.length} diff_ids`,
      );
    b.addStaged(configFile);
    const layers: Descriptor[] = [];
    for (const [j, path] of e.Layers.entries()) {
      const layer = ctx.files.get(path, 'layer');
      checkNamedDigest(path, layer);
      await b.scan(layer, config.diffIds[j] ?? '', `layer ${path}`);
      b.addStaged(layer);
      const gzip = sniffCompression(layer.head) === 'gzip';
      layers.push({
        mediaType: gzip ? mediaTypes.dockerLayerGzip : mediaTypes.dockerLayer,
        digest: layer.digest,
        size: layer.size,
      });
    }
    const manifest = {
      schemaVersion: 2,
      mediaType: mediaTypes.dockerManifest,
      config: { mediaType: mediaTypes.dockerConfig, digest: configFile.digest, size: configFile.size },
      layers,
    };
    const staged = await ctx.ingest.stageBuffer(Buffer.from(JSON.stringify(manifest)));
    b.addStaged(staged);
    const names = e.RepoTags.length > 0 ? e.RepoTags : ctx.name !== undefined ? [ctx.name] : [];
    images.push({
      names: normalizeNames(names, what),
      target: { mediaType: mediaTypes.dockerManifest, digest: staged.digest, size: staged.size },
      configDigest: configFile.digest,
    });
  }
  return { images, blobs: b.blobs };
}

/** Files docker names by digest (`<hex>.json`, `blobs/sha256/<hex>`) must hash to that name. */
function checkNamedDigest(path: string, staged: StagedBlob): void {
  const m = /(?:^|\/)([a-f0-9]{64})(?:\.json)?$/.exec(path);
  if (!m) return;
  const expected = `sha256:${m[1] ?? ''}`;
  if (staged.digest !== expected) throw digestMismatch(expected, staged.digest, `archive ${path}`);
}
