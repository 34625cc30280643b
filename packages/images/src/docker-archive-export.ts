import { open } from 'node:fs/promises';
import type { ContentStore } from './content-store.js';
import { digestHex, digestMismatch, sha256Digest } from './digest.js';
import type { ExportItem, ExportPlan } from './export-plan.js';
import { openLayerStream, sniffCompression } from './layer-stream.js';
import type { Descriptor } from './manifest.js';
import { familiarRef, parseRef } from './reference.js';
import { tarBuffer, tarDir, tarFile } from './tar-stream.js';
import { readVerified } from './verified-read.js';

/** The uncompressed size of a layer tar when something already measured it (an unpacked layer). */
export type KnownLayerSize = (diffId: string) => number | undefined;

interface DockerImage {
  item: ExportItem;
  repoTags: string[];
}

/**
 * A `docker save` archive, the layout every docker and skopeo reads: `<config hex>.json` (the
 * config blob as stored, so the image id survives), one directory per layer named by its chain id
 * (`VERSION`, a legacy `json`, an uncompressed `layer.tar` whose digest is the config's diff_id),
 * `manifest.json` ([{Config, RepoTags, Layers}]) and `repositories`, both last as docker writes
 * them. RepoTags are docker's short names (`busybox:latest`); an image saved by id has none.
 */
export async function* dockerArchiveStream(
  plan: ExportPlan,
  content: ContentStore,
  knownSize: KnownLayerSize,
): AsyncGenerator<Buffer> {
  const manifest: { Config: string; RepoTags: string[]; Layers: string[] }[] = [];
  const repositories: Record<string, Record<string, string>> = {};
  const written = new Set<string>();
  for (const { item, repoTags } of byImage(plan.items)) {
    const { config, manifest: m, configDigest } = item.image;
    const configFile = `${digestHex(configDigest)}.json`;
    if (!written.has(configFile)) {
      written.add(configFile);
      yield* tarFile(configFile, m.config.size, readVerified(content, configDigest));
    }
    const layers: string[] = [];
    let chain: string | undefined;
    for (const [i, layer] of m.layers.entries()) {
      const diffId = config.diffIds[i] ?? '';
      const parent = chain;
      // containerd's chain id: unique for a layer at its place in a stack, so a good v1 id.
      chain = parent === undefined ? diffId : sha256Digest(`${parent} ${diffId}`);
      const dir = digestHex(chain);
      layers.push(`${dir}/layer.tar`);
      if (written.has(dir)) continue;
      written.add(dir);
      yield tarDir(dir);
      yield* tarBuffer(`${dir}/VERSION`, Buffer.from('1.0'));
      const legacy = { id: dir, ...(parent !== undefined ? { parent: digestHex(parent) } : {}) };
      yield* tarBuffer(`${dir}/json`, Buffer.from(JSON.stringify(legacy)));
      yield* layerTar(`${dir}/layer.tar`, content, layer, diffId, knownSize);
    }
    manifest.push({ Config: configFile, RepoTags: repoTags, Layers: layers });
    if (chain === undefined) continue;
    for (const tag of repoTags) {
      const p = parseRef(tag);
      const repo = familiarRef(`${p.domain}/${p.path}`);
      (repositories[repo] ??= {})[p.tag ?? 'latest'] = digestHex(chain);
    }
  }
  yield* tarBuffer('manifest.json', Buffer.from(JSON.stringify(manifest)));
  yield* tarBuffer('repositories', Buffer.from(JSON.stringify(repositories)));
}

/** Items grouped by image id, in first-asked order, with the short names each was asked by. */
function byImage(items: ExportItem[]): DockerImage[] {
  const out = new Map<string, DockerImage>();
  for (const item of items) {
    let img = out.get(item.image.configDigest);
    if (!img) out.set(item.image.configDigest, (img = { item, repoTags: [] }));
    const tag = item.name === undefined ? undefined : familiarRef(item.name);
    if (tag !== undefined && !img.repoTags.includes(tag)) img.repoTags.push(tag);
  }
  return [...out.values()];
}

/**
 * A layer as an uncompressed tar. Its size goes in the header before the body, so a compressed
 * blob whose unpacked size nobody recorded is decompressed once to count it; the stream written
 * must hash to the diff_id (DataLoss otherwise).
 */
async function* layerTar(
  name: string,
  content: ContentStore,
  layer: Descriptor,
  diffId: string,
  knownSize: KnownLayerSize,
): AsyncGenerator<Buffer> {
  const path = content.path(layer.digest);
  const what = `layer ${layer.digest}`;
  if (sniffCompression(await readHead(path)) === 'none') {
    // Uncompressed, the blob is the layer tar: its digest is the diff_id.
    if (layer.digest !== diffId) throw digestMismatch(diffId, layer.digest, `${what}, uncompressed`);
    yield* tarFile(name, await content.size(layer.digest), readVerified(content, layer.digest));
    return;
  }
  let size = knownSize(diffId);
  if (size === undefined) {
    const counting = await openLayerStream(path, what);
    for await (const _ of counting.tar) {
      // only counted
    }
    size = counting.diffId.size;
  }
  const layerStream = await openLayerStream(path, what);
  yield* tarFile(name, size, layerStream.tar);
  const got = layerStream.diffId.digest();
  if (got !== diffId) throw digestMismatch(diffId, got, `${what}, uncompressed, while exporting`);
}

async function readHead(path: string): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
