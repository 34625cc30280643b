import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { busyboxRootfsDir, ensureBusyboxRootfs } from './rootfs.js';

const execFileAsync = promisify(execFile);

/** The OCI media types of an image layout (image-spec v1.0). */
export const ociMediaTypes = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layer: 'application/vnd.oci.image.layer.v1.tar',
  layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
} as const;

/** Annotations on index.json's manifest: containerd's full name, and OCI's (the tag, as buildkit writes it). */
export const imageNameAnnotation = 'io.containerd.image.name';
export const ociRefNameAnnotation = 'org.opencontainers.image.ref.name';

/** GNU tar flags that make an archive depend only on the files' names, modes and contents. */
const deterministicTarFlags = [
  '--format=gnu',
  '--sort=name',
  '--mtime=@0',
  '--owner=0',
  '--group=0',
  '--numeric-owner',
];

/** Bump when the layout below changes, so old cache entries are not reused. */
const cacheFormat = 1;

export interface BusyboxImageOptions {
  /** Full reference containerd names the image by (`io.containerd.image.name`). */
  ref?: string;
  /** gzip the layer (default) or store it as a plain tar. */
  gzip?: boolean;
  /** Default `['sh']`. */
  cmd?: string[];
  env?: string[];
  /** The rootfs to pack (default: the shared busybox-static rootfs, built on demand). */
  rootfs?: string;
  /** Where built archives are kept by content key (default: beside the busybox rootfs). */
  cacheDir?: string;
}

export interface ImageTar {
  path: string;
  ref: string;
  /** Digest of the manifest index.json points at: what `ctr images ls` shows. */
  manifestDigest: string;
  configDigest: string;
  layerDigest: string;
  /** sha256 of the uncompressed layer (the config's rootfs.diff_ids[0]). */
  diffId: string;
  platform: { os: 'linux'; architecture: string; variant?: string };
}

interface Blob {
  mediaType: string;
  digest: string;
  size: number;
  bytes: Buffer;
}

/** OCI platform of this Node process (GOARCH names). */
export function ociPlatform(arch: string = process.arch): ImageTar['platform'] {
  const table: Record<string, { architecture: string; variant?: string }> = {
    x64: { architecture: 'amd64' },
    arm64: { architecture: 'arm64', variant: 'v8' },
    arm: { architecture: 'arm', variant: 'v7' },
    ia32: { architecture: '386' },
    ppc64: { architecture: 'ppc64le' },
    s390x: { architecture: 's390x' },
    riscv64: { architecture: 'riscv64' },
    loong64: { architecture: 'loong64' },
  };
  const p = table[arch];
  if (!p) throw new Error(`no OCI architecture for node's process.arch ${arch}`);
  return { os: 'linux', ...p };
}

/**
 * Writes an OCI image layout tarball (`oci-layout`, `index.json`, `blobs/sha256/…`) of a one-layer
 * image made from the busybox-static rootfs, importable with `ctr images import <tar>` under `ref`.
 * The bytes depend only on the rootfs content and the options (fixed mtimes, owners and order), so
 * the archive is built once per content key under `cacheDir` and copied to `outPath` afterwards.
 */
export async function buildBusyboxImageTar(
  outPath: string,
  options: BusyboxImageOptions = {},
): Promise<ImageTar> {
  const ref = withDefaultTag(options.ref ?? 'docker.io/library/busybox:latest');
  const rootfs = options.rootfs ?? ensureBusyboxRootfs();
  const recipe = {
    cacheFormat,
    ref,
    gzip: options.gzip ?? true,
    cmd: options.cmd ?? ['sh'],
    env: options.env ?? ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    platform: ociPlatform(),
    rootfs: fingerprintTree(rootfs),
  };
  const key = sha256(JSON.stringify(recipe));
  const cacheDir = options.cacheDir ?? join(dirname(busyboxRootfsDir), 'images');
  const cachedTar = join(cacheDir, `${key}.tar`);
  const cachedInfo = join(cacheDir, `${key}.json`);
  if (!existsSync(cachedTar) || !existsSync(cachedInfo)) {
    mkdirSync(cacheDir, { recursive: true });
    const staging = join(cacheDir, `.${key}.tmp-${process.pid}`);
    rmSync(staging, { recursive: true, force: true });
    try {
      const info = await writeImageLayout(staging, rootfs, recipe);
      await execFileAsync('tar', [
        ...deterministicTarFlags,
        '-C',
        join(staging, 'layout'),
        '-cf',
        join(staging, 'image.tar'),
        'blobs',
        'index.json',
        'oci-layout',
      ]);
      writeFileSync(join(staging, 'info.json'), JSON.stringify(info));
      // Info first, tar last: the tar's presence is what marks the entry complete.
      renameSync(join(staging, 'info.json'), cachedInfo);
      renameSync(join(staging, 'image.tar'), cachedTar);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  const info = JSON.parse(readFileSync(cachedInfo, 'utf8')) as Omit<ImageTar, 'path'>;
  mkdirSync(dirname(outPath), { recursive: true });
  copyFileSync(cachedTar, outPath);
  return { path: outPath, ...info };
}

async function writeImageLayout(
  staging: string,
  rootfs: string,
  recipe: { ref: string; gzip: boolean; cmd: string[]; env: string[]; platform: ImageTar['platform'] },
): Promise<Omit<ImageTar, 'path'>> {
  const layout = join(staging, 'layout');
  mkdirSync(join(layout, 'blobs', 'sha256'), { recursive: true });
  const layerTar = join(staging, 'layer.tar');
  const entries = readdirSync(rootfs).sort();
  await execFileAsync('tar', [...deterministicTarFlags, '-C', rootfs, '-cf', layerTar, ...entries]);
  const plainLayer = readFileSync(layerTar);
  const diffId = `sha256:${sha256(plainLayer)}`;
  const layer = recipe.gzip
    ? blob(ociMediaTypes.layerGzip, gzipSync(plainLayer, { level: 6 }))
    : blob(ociMediaTypes.layer, plainLayer);
  const epoch = new Date(0).toISOString();
  const config = blob(
    ociMediaTypes.config,
    json({
      created: epoch,
      architecture: recipe.platform.architecture,
      ...(recipe.platform.variant ? { variant: recipe.platform.variant } : {}),
      os: recipe.platform.os,
      config: { Env: recipe.env, Cmd: recipe.cmd, WorkingDir: '/' },
      rootfs: { type: 'layers', diff_ids: [diffId] },
      history: [{ created: epoch, created_by: 'corral test-utils: busybox-static rootfs' }],
    }),
  );
  const manifest = blob(
    ociMediaTypes.manifest,
    json({
      schemaVersion: 2,
      mediaType: ociMediaTypes.manifest,
      config: descriptor(config),
      layers: [descriptor(layer)],
    }),
  );
  for (const b of [layer, config, manifest])
    writeFileSync(join(layout, 'blobs', 'sha256', b.digest.slice(7)), b.bytes);
  writeFileSync(join(layout, 'oci-layout'), json({ imageLayoutVersion: '1.0.0' }));
  writeFileSync(
    join(layout, 'index.json'),
    json({
      schemaVersion: 2,
      mediaType: ociMediaTypes.index,
      manifests: [
        {
          ...descriptor(manifest),
          platform: recipe.platform,
          annotations: { [imageNameAnnotation]: recipe.ref, [ociRefNameAnnotation]: tagOf(recipe.ref) },
        },
      ],
    }),
  );
  return {
    ref: recipe.ref,
    manifestDigest: manifest.digest,
    configDigest: config.digest,
    layerDigest: layer.digest,
    diffId,
    platform: recipe.platform,
  };
}

/**
 * A stable digest of a directory tree: every entry's relative path, type, mode, owner, link target
 * and (for regular files) content hash, in sorted order. mtimes are left out: the archive pins them.
 */
export function fingerprintTree(root: string): string {
  const h = createHash('sha256');
  const walk = (rel: string): void => {
    const abs = rel ? join(root, rel) : root;
    const st = lstatSync(abs);
    h.update(`${rel}\0${st.mode}\0${st.uid}\0${st.gid}\0`);
    if (st.isSymbolicLink()) h.update(readlinkSync(abs));
    else if (st.isFile()) h.update(sha256(readFileSync(abs)));
    else if (st.isDirectory())
      for (const name of readdirSync(abs).sort()) walk(rel ? `${rel}/${name}` : name);
    h.update('\n');
  };
  walk('');
  return h.digest('hex');
}

/** `name` with `:latest` added when it has neither a tag nor a digest. */
function withDefaultTag(ref: string): string {
  const last = ref.slice(ref.lastIndexOf('/') + 1);
  return last.includes(':') || last.includes('@') ? ref : `${ref}:latest`;
}

function tagOf(ref: string): string {
  const last = ref.slice(ref.lastIndexOf('/') + 1);
  const at = last.indexOf('@');
  const name = at >= 0 ? last.slice(0, at) : last;
  const colon = name.lastIndexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : 'latest';
}

function blob(mediaType: string, bytes: Buffer): Blob {
  return { mediaType, digest: `sha256:${sha256(bytes)}`, size: bytes.length, bytes };
}

function descriptor(b: Blob): { mediaType: string; digest: string; size: number } {
  return { mediaType: b.mediaType, digest: b.digest, size: b.size };
}

function json(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value));
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
