import {
  chmodSync,
  chownSync,
  closeSync,
  constants as fsc,
  fchmodSync,
  fchownSync,
  futimesSync,
  lchownSync,
  linkSync,
  lutimesSync,
  mkdirSync,
  openSync,
  readdirSync,
  symlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { CorralError } from '@corral/api';
import { digestMismatch } from './digest.js';
import { joinRel, LayerPaths } from './entry-path.js';
import { lstatOrUndefined, SafeDirs } from './fs-safe.js';
import { walkLayer, type LayerOp } from './layer-walker.js';
import { openLayerStream } from './layer-stream.js';
import { SpecialFiles } from './special-files.js';
import type { TarEntry } from './tar-reader.js';
import type { TarHeaderInput } from './tar-writer.js';
import { overlayOpaqueXattr, overlayWhiteoutDevice } from './whiteouts.js';

/**
 * - `overlay`: unpack into an empty directory that becomes an overlayfs lower layer; whiteouts
 *   become overlay's markers (0/0 character devices, `trusted.overlay.opaque=y`).
 * - `apply`: apply onto a tree that already holds the lower layers (the copy snapshotter);
 *   whiteouts delete what lower layers made.
 */
export type UnpackMode = 'overlay' | 'apply';

export interface UnpackOptions {
  mode: UnpackMode;
  /** A directory outside `root` for content that goes through tar (files with xattrs). */
  scratch: string;
  /** Checked against the uncompressed stream; a mismatch fails the unpack (DataLoss). */
  diffId: string;
  /** For messages: `layer sha256:…`. */
  what: string;
}

export interface UnpackResult {
  diffId: string;
  /** Uncompressed bytes of the layer tar. */
  size: number;
}

const isRoot = process.getuid?.() === 0;
const writeFlags = fsc.O_WRONLY | fsc.O_CREAT | fsc.O_EXCL | fsc.O_NOFOLLOW;

/**
 * Extracts the layer blob at `blobPath` into `root`. Every path is checked by the layer walker and
 * every parent is lstat'ed to be a real directory before anything is made under it: no symlink is
 * ever followed, so neither a malicious entry nor a symlink a lower layer left can redirect a write.
 * Modes, owners (when root), mtimes, hard links, symlinks, devices, fifos and xattrs are kept.
 * The caller owns cleanup of `root` on failure.
 */
export async function unpackLayer(
  blobPath: string,
  root: string,
  opts: UnpackOptions,
): Promise<UnpackResult> {
  const u = new Unpacker(root, opts);
  const layer = await openLayerStream(blobPath, opts.what);
  for await (const op of walkLayer(layer.tar, u.paths)) await u.apply(op);
  const diffId = layer.diffId.digest();
  if (diffId !== opts.diffId) throw digestMismatch(opts.diffId, diffId, `${opts.what}, uncompressed`);
  await u.finish();
  return { diffId, size: layer.diffId.size };
}

class Unpacker {
  readonly paths = new LayerPaths();
  private readonly dirs: SafeDirs;
  private readonly specials = new SpecialFiles();
  /** Directories' modes and mtimes, set last (see finish). */
  private readonly dirMeta = new Map<string, { mode: number; mtime: number }>();
  private readonly whiteouts = new Set<string>();
  private scratchFiles = 0;

  constructor(
    private readonly root: string,
    private readonly opts: UnpackOptions,
  ) {
    // Under apply, a non-directory a lower layer left where this layer needs a directory is
    // replaced, as overlayfs would show it. One this layer made itself ('other') is refused, though
    // the walker has already refused it; under overlay the directory started empty, so any
    // non-directory is this layer's.
    this.dirs = new SafeDirs(root, (rel) => opts.mode === 'apply' && this.paths.kind(rel) !== 'other');
  }

  async apply(op: LayerOp): Promise<void> {
    if (op.op === 'whiteout') return this.whiteout(op.target);
    if (op.op === 'opaque') return this.opaque(op.dir);
    const { path, entry } = op;
    if (path === '') {
      if (isRoot) chownSync(this.root, entry.uid, entry.gid);
      this.dirMeta.set('', { mode: entry.mode, mtime: entry.mtime });
      return;
    }
    this.dirs.ensureParents(path);
    const abs = this.dirs.abs(path);
    // A fresh path in an overlay layer's empty directory cannot exist yet: skip the lstat.
    const existing = op.fresh && this.opts.mode === 'overlay' ? undefined : lstatOrUndefined(abs);
    const dirOverDir = entry.type === 'dir' && existing?.isDirectory() === true;
    if (!dirOverDir) {
      this.specials.drop(path);
      if (existing) this.dirs.remove(path);
    }
    switch (entry.type) {
      case 'dir':
        if (!dirOverDir) mkdirSync(abs, 0o700);
        this.dirs.markDir(path);
        if (isRoot) chownSync(abs, entry.uid, entry.gid);
        this.dirMeta.set(path, { mode: entry.mode, mtime: entry.mtime });
        if (entry.xattrs.size > 0) this.specials.addDirXattrs(path, entry.xattrs);
        return;
      case 'file':
        if (entry.xattrs.size > 0) return this.deferFile(path, entry, op.body);
        return writeFile(abs, entry, op.body);
      case 'symlink':
        symlinkSync(entry.linkname, abs);
        if (isRoot) lchownSync(abs, entry.uid, entry.gid);
        lutimesSync(abs, entry.mtime, entry.mtime);
        return;
      case 'hardlink': {
        const target = op.linkTarget ?? '';
        if (this.specials.has(target)) {
          this.specials.add(path, { type: 'hardlink', mode: 0, linkname: target });
          return;
        }
        const st = lstatOrUndefined(this.dirs.abs(target));
        if (!st || st.isDirectory() || !this.dirs.parentsAreDirs(target))
          throw new CorralError(
            'InvalidArgument',
            `${this.opts.what}: hard link ${path} → ${target}: no such file`,
          );
        // link(2) does not follow a symlink at `target`: the link is to the symlink itself.
        linkSync(this.dirs.abs(target), abs);
        return;
      }
      case 'char':
      case 'block':
      case 'fifo':
        this.specials.add(path, headerOf(entry));
        return;
    }
  }

  private async deferFile(path: string, entry: TarEntry, body: AsyncIterable<Buffer>): Promise<void> {
    mkdirSync(this.opts.scratch, { recursive: true });
    const bodyPath = join(this.opts.scratch, `xattr-body-${this.scratchFiles++}`);
    await writeFile(bodyPath, { ...entry, uid: -1, gid: -1, mode: 0o600 }, body);
    this.specials.add(path, headerOf(entry), bodyPath);
  }

  private whiteout(target: string): void {
    if (this.opts.mode === 'overlay') {
      // Decided at the end: an entry of the same name in this layer, before or after, wins.
      this.dirs.ensureParents(target);
      this.whiteouts.add(target);
      return;
    }
    if (this.paths.kind(target) !== undefined) return;
    if (!this.dirs.parentsAreDirs(target)) return; // nothing of that name below
    if (lstatOrUndefined(this.dirs.abs(target))) this.dirs.remove(target);
  }

  private opaque(dir: string): void {
    this.dirs.ensureDir(dir);
    if (this.opts.mode === 'overlay') {
      this.specials.addDirXattrs(dir, new Map([[overlayOpaqueXattr, Buffer.from('y')]]));
      return;
    }
    this.pruneLower(dir);
  }

  /** Under apply: removes what lower layers have under `dir`, keeping this layer's own entries. */
  private pruneLower(dir: string): void {
    for (const name of readdirSync(this.dirs.abs(dir))) {
      const rel = joinRel(dir, name);
      const kind = this.paths.kind(rel);
      if (kind === undefined) this.dirs.remove(rel);
      else if (kind === 'dir') this.pruneLower(rel);
    }
  }

  async finish(): Promise<void> {
    for (const target of this.whiteouts) {
      if (this.paths.kind(target) !== undefined) continue;
      if (lstatOrUndefined(this.dirs.abs(target))) this.dirs.remove(target);
      this.specials.add(target, {
        type: 'char',
        mode: 0,
        devmajor: overlayWhiteoutDevice.major,
        devminor: overlayWhiteoutDevice.minor,
      });
    }
    await this.specials.flush(this.dirs, this.opts.what, isRoot);
    // Last: making entries inside a directory moved its mtime, and a read-only mode set early would
    // stop a non-root caller filling it. Only what is still a real directory is touched: a later
    // entry may have replaced it with a symlink, which chmod would follow.
    for (const [rel, { mode, mtime }] of this.dirMeta) {
      const abs = this.dirs.abs(rel);
      if (!lstatOrUndefined(abs)?.isDirectory()) continue;
      chmodSync(abs, mode);
      lutimesSync(abs, mtime, mtime);
    }
  }
}

/**
 * A regular file, created exclusively without following a symlink. Content is written as it
 * streams; owner before mode, since chown clears setuid bits. uid -1 leaves the owner alone.
 */
async function writeFile(abs: string, entry: TarEntry, body: AsyncIterable<Buffer>): Promise<void> {
  const fd = openSync(abs, writeFlags, 0o600);
  try {
    for await (const chunk of body) writeAll(fd, chunk);
    if (isRoot && entry.uid >= 0) fchownSync(fd, entry.uid, entry.gid);
    fchmodSync(fd, entry.mode);
    futimesSync(fd, entry.mtime, entry.mtime);
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, chunk: Buffer): void {
  let off = 0;
  while (off < chunk.length) off += writeSync(fd, chunk, off, chunk.length - off);
}

function headerOf(e: TarEntry): Omit<TarHeaderInput, 'name'> {
  return {
    type: e.type,
    mode: e.mode,
    uid: e.uid,
    gid: e.gid,
    size: e.size,
    mtime: e.mtime,
    linkname: e.linkname,
    devmajor: e.devmajor,
    devminor: e.devminor,
    xattrs: e.xattrs,
  };
}
