import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { execa } from 'execa';

/*
 * Image archives for the tests, made with GNU tar from real directories: the store's own tar
 * writer never builds what its reader is tested on, except where a test needs an entry GNU tar
 * refuses to write (`..`, absolute paths), which `crafted-tar.ts` makes byte by byte.
 */

export const ociTypes = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layer: 'application/vnd.oci.image.layer.v1.tar',
  layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
} as const;

const deterministic = ['--format=gnu', '--sort=name', '--numeric-owner'];

export function sha256(b: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(b).digest('hex')}`;
}

/** A tar of `dir`'s content (`./…` entries), keeping owners, modes, links and devices; mtimes 0 unless kept. */
export async function tarOfDir(dir: string, opts: { keepMtimes?: boolean } = {}): Promise<Buffer> {
  const args = [...deterministic, ...(opts.keepMtimes ? [] : ['--mtime=@0']), '-C', dir, '-cf', '-', '.'];
  const { stdout } = await execa('tar', args, { encoding: 'buffer' });
  return Buffer.from(stdout);
}

export function asStream(b: Buffer): Readable {
  // Small chunks, so headers straddle chunk boundaries as they do on a socket.
  const chunks: Buffer[] = [];
  for (let i = 0; i < b.length; i += 7_000) chunks.push(b.subarray(i, i + 7_000));
  return Readable.from(chunks);
}

export interface LayerSpec {
  /** The uncompressed layer tar. */
  tar: Buffer;
  gzip?: boolean;
}

export interface BuiltLayer {
  blob: Buffer;
  digest: string;
  diffId: string;
  mediaType: string;
}

export function buildLayer(l: LayerSpec): BuiltLayer {
  const blob = l.gzip ? gzipSync(l.tar) : l.tar;
  return {
    blob,
    digest: sha256(blob),
    diffId: sha256(l.tar),
    mediaType: l.gzip ? ociTypes.layerGzip : ociTypes.layer,
  };
}

export function configJson(diffIds: string[], config: Record<string, unknown> = {}): Buffer {
  return Buffer.from(
    JSON.stringify({
      created: '2024-01-01T00:00:00Z',
      architecture: 'amd64',
      os: 'linux',
      config: { Env: ['PATH=/bin'], Cmd: ['sh'], ...config },
      rootfs: { type: 'layers', diff_ids: diffIds },
    }),
  );
}

export interface OciArchiveSpec {
  layers: LayerSpec[];
  config?: Record<string, unknown>;
  annotations?: Record<string, string>;
  /** Change blob bytes after digests are computed (corruption tests). */
  mutate?: (blobs: Map<string, Buffer>) => void;
  /**
   * Wrap the manifest in a multi-platform index (amd64 = this image, arm64 = a manifest the
   * archive does not carry), as registries serve most images.
   */
  multiPlatform?: boolean;
  /** Also write docker's manifest.json with these RepoTags (what `docker save` ≥ 25 writes). */
  dockerRepoTags?: string[];
}

export interface BuiltArchive {
  tar: Buffer;
  configDigest: string;
  manifestDigest: string;
  layers: BuiltLayer[];
}

/** An OCI image layout tar with one image. */
export async function ociArchive(spec: OciArchiveSpec): Promise<BuiltArchive> {
  const layers = spec.layers.map(buildLayer);
  const config = configJson(
    layers.map((l) => l.diffId),
    spec.config,
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: ociTypes.manifest,
      config: { mediaType: ociTypes.config, digest: sha256(config), size: config.length },
      layers: layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.blob.length })),
    }),
  );
  const blobs = new Map<string, Buffer>([
    [sha256(config), config],
    [sha256(manifest), manifest],
    ...layers.map((l): [string, Buffer] => [l.digest, l.blob]),
  ]);
  spec.mutate?.(blobs);
  let top: { mediaType: string; digest: string; size: number } = {
    mediaType: ociTypes.manifest,
    digest: sha256(manifest),
    size: manifest.length,
  };
  if (spec.multiPlatform) {
    const platformIndex = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: ociTypes.index,
        manifests: [
          {
            mediaType: ociTypes.manifest,
            digest: sha256('arm64 manifest, not in the archive'),
            size: 500,
            platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
          },
          { ...top, platform: { os: 'linux', architecture: 'amd64' } },
        ],
      }),
    );
    blobs.set(sha256(platformIndex), platformIndex);
    top = { mediaType: ociTypes.index, digest: sha256(platformIndex), size: platformIndex.length };
  }
  const index = {
    schemaVersion: 2,
    mediaType: ociTypes.index,
    manifests: [{ ...top, ...(spec.annotations ? { annotations: spec.annotations } : {}) }],
  };
  const dockerManifest = spec.dockerRepoTags
    ? [
        {
          Config: `blobs/sha256/${sha256(config).slice(7)}`,
          RepoTags: spec.dockerRepoTags,
          Layers: layers.map((l) => `blobs/sha256/${l.digest.slice(7)}`),
        },
      ]
    : undefined;
  const tar = await withStaging(async (dir) => {
    mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
    for (const [digest, b] of blobs) writeFileSync(join(dir, 'blobs', 'sha256', digest.slice(7)), b);
    writeFileSync(join(dir, 'index.json'), JSON.stringify(index));
    writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    if (dockerManifest) writeFileSync(join(dir, 'manifest.json'), JSON.stringify(dockerManifest));
    return tarOfDir(dir);
  });
  return { tar, configDigest: sha256(config), manifestDigest: top.digest, layers };
}

export interface DockerArchiveSpec {
  layers: LayerSpec[];
  repoTags: string[];
  config?: Record<string, unknown>;
  /** Change a layer file's bytes after the config's diff_ids are computed. */
  mutateLayer?: (index: number, bytes: Buffer) => Buffer;
}

/** A `docker save`-style archive: manifest.json, `<config hex>.json`, `<id>/layer.tar`. */
export async function dockerArchive(spec: DockerArchiveSpec): Promise<BuiltArchive> {
  const layers = spec.layers.map(buildLayer);
  const config = configJson(
    layers.map((l) => l.diffId),
    spec.config,
  );
  const configHex = sha256(config).slice(7);
  const layerPaths = layers.map(
    (_, i) => `${createHash('sha256').update(`layer-${i}`).digest('hex')}/layer.tar`,
  );
  const manifest = [{ Config: `${configHex}.json`, RepoTags: spec.repoTags, Layers: layerPaths }];
  const tar = await withStaging(async (dir) => {
    writeFileSync(join(dir, `${configHex}.json`), config);
    layers.forEach((l, i) => {
      const p = join(dir, layerPaths[i] ?? '');
      mkdirSync(join(p, '..'), { recursive: true });
      writeFileSync(p, spec.mutateLayer ? spec.mutateLayer(i, l.blob) : l.blob);
      writeFileSync(join(p, '..', 'VERSION'), '1.0');
    });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(join(dir, 'repositories'), '{}');
    return tarOfDir(dir);
  });
  return { tar, configDigest: sha256(config), manifestDigest: '', layers };
}

async function withStaging<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'cr-arch-'));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A copy of `b` with one byte flipped. */
export function flipByte(b: Buffer, at = Math.floor(b.length / 2)): Buffer {
  const c = Buffer.from(b);
  c[at] = (c[at] ?? 0) ^ 0xff;
  return c;
}
