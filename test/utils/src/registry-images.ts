import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ociMediaTypes as ociTypes, ociPlatform as hostPlatform } from './oci-image.js';
import { ensureBusyboxRootfs } from './rootfs.js';

const execFileAsync = promisify(execFile);

/** An OCI platform (image-spec's, as @corral/images' Platform). */
export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

function sha256(b: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(b).digest('hex')}`;
}

/** A tar of `dir`'s content (`./…` entries), deterministic: GNU format, sorted, numeric owners, mtimes 0. */
async function tarOfDir(dir: string): Promise<Buffer> {
  const args = ['--format=gnu', '--sort=name', '--numeric-owner', '--mtime=@0', '-C', dir, '-cf', '-', '.'];
  const { stdout } = await execFileAsync('tar', args, { encoding: 'buffer', maxBuffer: 1 << 30 });
  return stdout;
}

/*
 * Images for the registry tests, as OCI layout tars skopeo pushes: real layers made by GNU tar
 * from real directories, gzipped (a docker registry destination keeps gzip layers as they are, so
 * the digests pushed are the digests built).
 */

export interface Blob {
  mediaType: string;
  digest: string;
  size: number;
  bytes: Buffer;
}

export interface BuiltImage {
  /** The OCI layout tar (`oci-archive:` for skopeo). */
  tar: string;
  /** What a tag points at: the manifest, or the index for a multi-platform image. */
  topDigest: string;
  manifestDigest: string;
  configDigest: string;
  layers: Blob[];
  diffIds: string[];
  config: Blob;
  /** Config plus compressed layers: ImageRecord.size. */
  size: number;
}

export interface BuiltIndex extends BuiltImage {
  /** The other platform's manifest and the platform it claims. */
  other: { platform: Platform; manifestDigest: string; configDigest: string; layerDigest: string };
}

function blob(mediaType: string, bytes: Buffer): Blob {
  return { mediaType, digest: sha256(bytes), size: bytes.length, bytes };
}

const desc = (b: Blob): { mediaType: string; digest: string; size: number } => ({
  mediaType: b.mediaType,
  digest: b.digest,
  size: b.size,
});

function json(v: unknown): Buffer {
  return Buffer.from(JSON.stringify(v));
}

async function layerOf(dir: string): Promise<{ layer: Blob; diffId: string }> {
  const tar = await tarOfDir(dir);
  return { layer: blob(ociTypes.layerGzip, gzipSync(tar, { level: 6 })), diffId: sha256(tar) };
}

function imageOf(
  layers: { layer: Blob; diffId: string }[],
  platform: Platform,
): { config: Blob; manifest: Blob } {
  const config = blob(
    ociTypes.config,
    json({
      created: '2024-01-01T00:00:00Z',
      architecture: platform.architecture,
      ...(platform.variant ? { variant: platform.variant } : {}),
      os: platform.os,
      config: { Env: ['PATH=/bin'], Cmd: ['sh'] },
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
    }),
  );
  const manifest = blob(
    ociTypes.manifest,
    json({
      schemaVersion: 2,
      mediaType: ociTypes.manifest,
      config: desc(config),
      layers: layers.map((l) => desc(l.layer)),
    }),
  );
  return { config, manifest };
}

async function writeLayout(dir: string, blobs: Blob[], top: Blob, out: string): Promise<void> {
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  for (const b of blobs) writeFileSync(join(dir, 'blobs', 'sha256', b.digest.slice(7)), b.bytes);
  writeFileSync(join(dir, 'oci-layout'), json({ imageLayoutVersion: '1.0.0' }));
  writeFileSync(
    join(dir, 'index.json'),
    json({ schemaVersion: 2, mediaType: ociTypes.index, manifests: [desc(top)] }),
  );
  await execFileAsync('tar', ['--format=gnu', '--sort=name', '-C', dir, '-cf', out, '.']);
}

/** The file layer 2 adds and layer 3 deletes with a whiteout; and one layer 2 adds that stays. */
export const addedFile = 'etc/added-by-layer-2';
export const keptFile = 'etc/kept-from-layer-2';

/**
 * A three-layer image for this machine's platform: busybox-static (the test rootfs), a layer adding
 * two files (and `extraBytes` of random data), a layer whose whiteout (`etc/.wh.<name>`) deletes one.
 */
export async function buildLayeredImage(
  dir: string,
  name = 'layered',
  opts: { extraBytes?: number } = {},
): Promise<BuiltImage> {
  const work = join(dir, `${name}-work`);
  const l2 = join(work, 'l2');
  const l3 = join(work, 'l3');
  mkdirSync(join(l2, 'etc'), { recursive: true });
  mkdirSync(join(l3, 'etc'), { recursive: true });
  writeFileSync(join(l2, addedFile), `added by layer 2 of ${name}\n`);
  writeFileSync(join(l2, keptFile), `kept from layer 2 of ${name}\n`);
  // Random, so gzip cannot shrink it: a layer of a known size for throughput measurements.
  if (opts.extraBytes) writeFileSync(join(l2, 'etc', 'random.bin'), randomBytes(opts.extraBytes));
  writeFileSync(join(l3, 'etc', `.wh.${addedFile.split('/')[1] ?? ''}`), '');
  const layers = [await layerOf(ensureBusyboxRootfs()), await layerOf(l2), await layerOf(l3)];
  return packImage(layers, join(work, 'layout'), join(dir, `${name}.tar`));
}

/** A platform that is not this machine's, for the fake second entry of an index. */
export function otherPlatform(): Platform {
  return hostPlatform().architecture === 'arm64'
    ? { os: 'linux', architecture: 'amd64' }
    : { os: 'linux', architecture: 'arm64', variant: 'v8' };
}

/**
 * A multi-platform index: this machine's platform is `base` (its blobs reused), the other platform
 * a fake one-layer image whose only file names its platform.
 */
export async function buildMultiArchImage(dir: string, base: BuiltImage): Promise<BuiltIndex> {
  const work = join(dir, 'multi-work');
  const fake = join(work, 'fake');
  mkdirSync(join(fake, 'etc'), { recursive: true });
  const other = otherPlatform();
  writeFileSync(join(fake, 'etc', 'platform'), `${other.os}/${other.architecture}\n`);
  const fakeLayer = await layerOf(fake);
  const fakeImage = imageOf([fakeLayer], other);
  const baseManifest = blob(
    ociTypes.manifest,
    json({
      schemaVersion: 2,
      mediaType: ociTypes.manifest,
      config: desc(base.config),
      layers: base.layers.map(desc),
    }),
  );
  if (baseManifest.digest !== base.manifestDigest) throw new Error('base manifest did not rebuild the same');
  const index = blob(
    ociTypes.index,
    json({
      schemaVersion: 2,
      mediaType: ociTypes.index,
      manifests: [
        { ...desc(baseManifest), platform: hostPlatform() },
        { ...desc(fakeImage.manifest), platform: other },
      ],
    }),
  );
  const tar = join(dir, 'multi.tar');
  const blobs = [
    index,
    baseManifest,
    base.config,
    ...base.layers,
    fakeImage.manifest,
    fakeImage.config,
    fakeLayer.layer,
  ];
  await writeLayout(join(work, 'layout'), blobs, index, tar);
  return {
    ...base,
    tar,
    topDigest: index.digest,
    other: {
      platform: other,
      manifestDigest: fakeImage.manifest.digest,
      configDigest: fakeImage.config.digest,
      layerDigest: fakeLayer.layer.digest,
    },
  };
}

/** A one-layer image of a single small file: unique content per `tag` (its blobs shared with nothing). */
export async function buildTinyImage(dir: string, tag: string, bytes = 64 * 1024): Promise<BuiltImage> {
  const work = join(dir, `tiny-${tag}`);
  mkdirSync(join(work, 'etc'), { recursive: true });
  // Incompressible, so the layer blob is about `bytes` long (drop-after-N-bytes tests need a size).
  writeFileSync(join(work, 'etc', 'payload'), randomBytes(bytes));
  const layer = await layerOf(work);
  const { config, manifest } = imageOf([layer], hostPlatform());
  const tar = join(dir, `tiny-${tag}.tar`);
  await writeLayout(join(dir, `tiny-${tag}-layout`), [config, manifest, layer.layer], manifest, tar);
  return {
    tar,
    topDigest: manifest.digest,
    manifestDigest: manifest.digest,
    configDigest: config.digest,
    layers: [layer.layer],
    diffIds: [layer.diffId],
    config,
    size: config.size + layer.layer.size,
  };
}

/**
 * An image from layer tars as given (crafted ones too), gzipped; `diffIds` overrides what the
 * config claims (a config that lies about its layers).
 */
export async function buildImageFromTars(
  dir: string,
  name: string,
  tars: Buffer[],
  opts: { diffIds?: string[] } = {},
): Promise<BuiltImage> {
  const layers = tars.map((tar, i) => ({
    layer: blob(ociTypes.layerGzip, gzipSync(tar)),
    diffId: opts.diffIds?.[i] ?? sha256(tar),
  }));
  return packImage(layers, join(dir, `${name}-layout`), join(dir, `${name}.tar`));
}

/** Config + manifest for `layers` (this platform), as an OCI layout at `layoutDir` tarred to `tar`. */
async function packImage(
  layers: { layer: Blob; diffId: string }[],
  layoutDir: string,
  tar: string,
): Promise<BuiltImage> {
  const { config, manifest } = imageOf(layers, hostPlatform());
  const blobs = [config, manifest, ...layers.map((l) => l.layer)];
  await writeLayout(layoutDir, blobs, manifest, tar);
  return {
    tar,
    topDigest: manifest.digest,
    manifestDigest: manifest.digest,
    configDigest: config.digest,
    layers: layers.map((l) => l.layer),
    diffIds: layers.map((l) => l.diffId),
    config,
    size: config.size + layers.reduce((n, l) => n + l.layer.size, 0),
  };
}

/** `skopeo copy` an OCI layout tar into a test registry (plain HTTP), as a user pushing would. */
export async function pushImage(
  image: Pick<BuiltImage, 'tar'>,
  dest: string,
  opts: { creds?: string; all?: boolean } = {},
): Promise<void> {
  const args = ['copy', '--quiet', '--dest-tls-verify=false', '--preserve-digests'];
  if (opts.all) args.push('--all');
  if (opts.creds) args.push('--dest-creds', opts.creds);
  await execFileAsync('skopeo', [...args, `oci-archive:${image.tar}`, `docker://${dest}`]);
}
