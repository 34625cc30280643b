import { CorralError } from '@corral/api';
import type { Ingest } from './content-store.js';
import { normalizeNames, type ImportPlan } from './import-plan.js';
import { scanLayer } from './layer-scan.js';
import type { Platform } from './manifest.js';
import { mediaTypes } from './media-types.js';

export interface RootfsImportContext {
  ingest: Ingest;
  platform: Platform;
  /** The image's name; without one it is kept untagged, by id. */
  name: string | undefined;
  /** The config's `created` (RFC 3339). */
  created: string;
}

/**
 * `docker import`: a filesystem tar becomes a one-layer image. The tar is the layer, byte for byte
 * (uncompressed: its digest is its diff_id), checked by the same entry rules as any layer. The
 * config has the platform and nothing to run (no Cmd, no Env), as docker's has: a container of it
 * names its command, and gets the default PATH.
 */
export async function planRootfsImport(
  tar: AsyncIterable<Uint8Array>,
  ctx: RootfsImportContext,
): Promise<ImportPlan> {
  const layer = await ctx.ingest.stage(tar);
  if (layer.path === undefined) throw new CorralError('Internal', 'import: rootfs tar was not staged');
  const scan = await scanLayer(layer.path, 'import: rootfs tar', layer.digest);
  if (scan.entries === 0) throw new CorralError('InvalidArgument', 'import: the rootfs tar has no entries');
  const p = ctx.platform;
  const config = json({
    created: ctx.created,
    architecture: p.architecture,
    ...(p.variant ? { variant: p.variant } : {}),
    os: p.os,
    config: {},
    rootfs: { type: 'layers', diff_ids: [layer.digest] },
    history: [{ created: ctx.created, created_by: 'corral import (rootfs tar)' }],
  });
  const configBlob = await ctx.ingest.stageBuffer(config);
  const manifest = json({
    schemaVersion: 2,
    mediaType: mediaTypes.ociManifest,
    config: { mediaType: mediaTypes.ociConfig, digest: configBlob.digest, size: configBlob.size },
    layers: [{ mediaType: mediaTypes.ociLayer, digest: layer.digest, size: layer.size }],
  });
  const manifestBlob = await ctx.ingest.stageBuffer(manifest);
  const names = normalizeNames(ctx.name !== undefined ? [ctx.name] : [], 'rootfs tar');
  return {
    images: [
      {
        names,
        target: { mediaType: mediaTypes.ociManifest, digest: manifestBlob.digest, size: manifestBlob.size },
        configDigest: configBlob.digest,
      },
    ],
    blobs: new Map([layer, configBlob, manifestBlob].map((b) => [b.digest, b])),
  };
}

function json(v: unknown): Buffer {
  return Buffer.from(JSON.stringify(v));
}
