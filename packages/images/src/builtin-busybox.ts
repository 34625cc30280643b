import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { CorralError } from '@corral/api';
import { execa } from 'execa';
import { sha256Digest } from './digest.js';
import type { ImageRecord } from './image-records.js';
import type { ImageStore } from './image-store.js';
import type { Platform } from './manifest.js';
import { annotations, mediaTypes } from './media-types.js';
import { hostPlatform } from './platform.js';
import { normalizeRef, parseRef } from './reference.js';
import { tarEnd, tarHeader, tarPadding, type TarHeaderInput } from './tar-writer.js';

export const builtinBusyboxRef = 'docker.io/library/busybox:latest';
export const defaultBusyboxBinary = '/bin/busybox';

export interface BuiltinBusyboxOptions {
  /** The busybox-static binary to pack (default /bin/busybox, Debian's busybox-static). */
  busybox?: string;
  /** Name to import it under (default docker.io/library/busybox:latest). */
  ref?: string;
}

const pathEnv = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

interface FileSpec {
  header: TarHeaderInput;
  content?: Buffer;
}

/**
 * The image corral needs no network for: busybox-static, one symlink per applet, and the few files
 * a container expects. Imported only when nothing has the name yet, so a real busybox a user
 * imported or pulled is never replaced.
 */
export async function ensureBuiltinBusybox(
  store: ImageStore,
  opts: BuiltinBusyboxOptions = {},
): Promise<ImageRecord> {
  const ref = normalizeRef(opts.ref ?? builtinBusyboxRef);
  const existing = store.get(ref);
  if (existing) return existing;
  const archive = await buildBusyboxArchive(opts.busybox ?? defaultBusyboxBinary, ref);
  const [record] = await store.importArchive(Readable.from(archive), { format: 'oci-archive' });
  if (!record) throw new CorralError('Internal', `import builtin busybox as ${ref}: no image came out`);
  return record;
}

/**
 * An OCI image layout tar of the busybox image, as buffers. Deterministic: entries sorted, mtime 0,
 * owner 0:0, the layer left uncompressed (gzip output may change with zlib), so the same binary
 * always gives the same image id.
 */
export async function buildBusyboxArchive(
  busybox: string,
  ref: string,
  platform: Platform = hostPlatform(),
): Promise<Buffer[]> {
  let binary: Buffer;
  try {
    binary = await readFile(busybox);
  } catch (err) {
    throw new CorralError(
      'FailedPrecondition',
      `builtin busybox image: read ${busybox}: ${(err as Error).message}`,
      {
        hint: 'install busybox-static (scripts/setup)',
        cause: err,
      },
    );
  }
  const { stdout } = await execa(busybox, ['--list']);
  const applets = stdout.split('\n').filter((a) => a !== '' && a !== 'busybox' && !a.includes('/'));
  const layer = packTar(rootfsEntries(binary, applets));
  const diffId = sha256Digest(layer);
  const epoch = new Date(0).toISOString();
  const config = json({
    created: epoch,
    architecture: platform.architecture,
    ...(platform.variant ? { variant: platform.variant } : {}),
    os: platform.os,
    config: { Env: [pathEnv], Cmd: ['sh'], WorkingDir: '/' },
    rootfs: { type: 'layers', diff_ids: [diffId] },
    history: [{ created: epoch, created_by: `corral builtin image: ${busybox} and its applet links` }],
  });
  const manifest = json({
    schemaVersion: 2,
    mediaType: mediaTypes.ociManifest,
    config: descriptor(mediaTypes.ociConfig, config),
    layers: [descriptor(mediaTypes.ociLayer, layer)],
  });
  const p = parseRef(ref);
  const index = json({
    schemaVersion: 2,
    mediaType: mediaTypes.ociIndex,
    manifests: [
      {
        ...descriptor(mediaTypes.ociManifest, manifest),
        platform,
        annotations: { [annotations.imageName]: ref, [annotations.refName]: p.tag ?? 'latest' },
      },
    ],
  });
  const blobs = [config, layer, manifest]
    .map((b) => ({ name: `blobs/sha256/${sha256Digest(b).slice(7)}`, b }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const files: FileSpec[] = [
    dir('blobs'),
    dir('blobs/sha256'),
    ...blobs.map(({ name, b }) => file(name, 0o644, b)),
    file('index.json', 0o644, index),
    file('oci-layout', 0o644, json({ imageLayoutVersion: '1.0.0' })),
  ];
  return packParts(files);
}

function rootfsEntries(binary: Buffer, applets: string[]): FileSpec[] {
  const entries: FileSpec[] = [
    dir('bin'),
    file('bin/busybox', 0o755, binary),
    ...applets.map((a) => symlink(`bin/${a}`, 'busybox')),
    dir('dev'),
    dir('etc'),
    file('etc/group', 0o644, Buffer.from('root:x:0:\nnogroup:x:65534:\n')),
    file(
      'etc/passwd',
      0o644,
      Buffer.from('root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n'),
    ),
    dir('proc', 0o555),
    dir('root', 0o700),
    dir('run'),
    symlink('sbin', 'bin'),
    dir('sys', 0o555),
    dir('tmp', 0o1777),
    dir('usr'),
    symlink('usr/bin', '../bin'),
    symlink('usr/sbin', '../bin'),
    dir('var'),
  ];
  // Byte order of paths: the same input always packs to the same tar.
  return entries.sort((a, b) => (a.header.name < b.header.name ? -1 : a.header.name > b.header.name ? 1 : 0));
}

function dir(name: string, mode = 0o755): FileSpec {
  return { header: { name: `${name}/`, type: 'dir', mode } };
}

function file(name: string, mode: number, content: Buffer): FileSpec {
  return { header: { name, type: 'file', mode, size: content.length }, content };
}

function symlink(name: string, target: string): FileSpec {
  return { header: { name, type: 'symlink', mode: 0o777, linkname: target } };
}

function packParts(entries: FileSpec[]): Buffer[] {
  const parts: Buffer[] = [];
  for (const e of entries) {
    parts.push(tarHeader(e.header));
    if (e.content) parts.push(e.content, tarPadding(e.content.length));
  }
  parts.push(tarEnd());
  return parts;
}

function packTar(entries: FileSpec[]): Buffer {
  return Buffer.concat(packParts(entries));
}

function json(v: unknown): Buffer {
  return Buffer.from(JSON.stringify(v));
}

function descriptor(mediaType: string, b: Buffer): { mediaType: string; digest: string; size: number } {
  return { mediaType, digest: sha256Digest(b), size: b.length };
}
