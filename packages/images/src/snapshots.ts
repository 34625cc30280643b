import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { CorralError, nowNanos } from '@corral/api';
import { execa } from 'execa';
import { fsyncDir, writeFileAtomic } from './atomic-file.js';
import type { ContentStore } from './content-store.js';
import { digestHex } from './digest.js';
import { unpackLayer } from './layer-unpack.js';
import { unmountUnder, type Mount } from './mounts.js';
import { KeyedOnce } from './mutex.js';

export type SnapshotterKind = 'overlay' | 'copy';

/** A layer as the snapshotter needs it: the blob to read, the diff_id it must unpack to. */
export interface SnapshotLayer {
  diffId: string;
  blob: string;
}

/** `snapshots/containers/<key>/snapshot.json`: which image and layers a container's rootfs uses. */
export interface ContainerSnapshot {
  key: string;
  imageId: string;
  snapshotter: SnapshotterKind;
  /** diff_ids, bottom to top: GC keeps these layer directories while the container exists. */
  layers: string[];
  createdAt: string;
}

export interface PreparedRootfs {
  mounts: Mount[];
  snapshotDir: string;
}

const sentinel = 'layer.json';
const recordFile = 'snapshot.json';

// containerd's identifier grammar; long enough for `<namespace>-<container id>` (76 + 1 + 76).
const keyRe = /^[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*$/;
export const maxRootfsKeyLength = 153;

/** A rootfs key becomes a directory name: letters and digits separated by single '.', '_' or '-'. */
export function validateRootfsKey(key: string): string {
  if (typeof key !== 'string' || key.length > maxRootfsKeyLength || !keyRe.test(key))
    throw new CorralError(
      'InvalidArgument',
      `rootfs key ${JSON.stringify(key)}: must be letters and digits separated by single '.', '_' or '-', at most ${maxRootfsKeyLength} characters`,
    );
  return key;
}

/**
 * Unpacked layers and per-container writable layers:
 * - `layers/<diff_id hex>/fs` — one layer unpacked for overlayfs, shared read-only by every
 *   container; `layer.json` beside it is written last, after a syncfs, and the directory is renamed
 *   into place from `tmp/`, so a directory without it is a crash to redo, never a layer to use.
 * - `containers/<key>/{upper,work}` (overlay) or `containers/<key>/rootfs` (copy: the layers applied
 *   in order to a private tree, renamed into place once complete).
 * Removal renames into `trash/` first, then deletes.
 */
export class Snapshots {
  readonly layersDir: string;
  readonly containersDir: string;
  private readonly tmpDir: string;
  private readonly trashDir: string;
  private readonly unpacks = new KeyedOnce<string>();
  private readonly preparing = new KeyedOnce<PreparedRootfs>();

  private constructor(
    readonly dir: string,
    private readonly content: ContentStore,
  ) {
    this.layersDir = join(dir, 'layers');
    this.containersDir = join(dir, 'containers');
    this.tmpDir = join(dir, 'tmp');
    this.trashDir = join(dir, 'trash');
  }

  static async open(root: string, content: ContentStore): Promise<Snapshots> {
    const s = new Snapshots(join(root, 'snapshots'), content);
    for (const d of [s.tmpDir, s.trashDir]) await rm(d, { recursive: true, force: true });
    for (const d of [s.layersDir, s.containersDir, s.tmpDir, s.trashDir]) await mkdir(d, { recursive: true });
    for (const hex of readdirSync(s.layersDir)) {
      if (!existsSync(join(s.layersDir, hex, sentinel)))
        await rm(join(s.layersDir, hex), { recursive: true, force: true });
    }
    return s;
  }

  layerFs(diffId: string): string {
    return join(this.layersDir, digestHex(diffId), 'fs');
  }

  isUnpacked(diffId: string): boolean {
    return existsSync(join(this.layersDir, digestHex(diffId), sentinel));
  }

  /** The uncompressed size of an unpacked layer's tar, from its sentinel; undefined when not unpacked. */
  unpackedSize(diffId: string): number | undefined {
    try {
      const info = JSON.parse(readFileSync(join(this.layersDir, digestHex(diffId), sentinel), 'utf8')) as {
        size?: unknown;
      };
      return typeof info.size === 'number' && Number.isSafeInteger(info.size) ? info.size : undefined;
    } catch {
      return undefined;
    }
  }

  /** diff_ids of every unpacked layer (GC's sweep list). */
  unpackedLayers(): string[] {
    return readdirSync(this.layersDir)
      .filter((hex) => /^[a-f0-9]{64}$/.test(hex))
      .map((hex) => `sha256:${hex}`);
  }

  /** Unpacks a layer once; concurrent callers for the same diff_id share the one unpack. */
  ensureLayer(layer: SnapshotLayer): Promise<string> {
    return this.unpacks.run(layer.diffId, async () => {
      if (this.isUnpacked(layer.diffId)) return this.layerFs(layer.diffId);
      const hex = digestHex(layer.diffId);
      const staging = join(this.tmpDir, `${hex}-${randomBytes(4).toString('hex')}`);
      try {
        await mkdir(join(staging, 'fs'), { recursive: true });
        await chmod(join(staging, 'fs'), 0o755);
        const result = await unpackLayer(this.content.path(layer.blob), join(staging, 'fs'), {
          mode: 'overlay',
          scratch: join(staging, 'scratch'),
          diffId: layer.diffId,
          what: `layer ${layer.blob}`,
        });
        await rm(join(staging, 'scratch'), { recursive: true, force: true });
        // The files must be on disk before the sentinel says they are.
        await execa('sync', ['-f', staging]);
        const info = {
          diffId: layer.diffId,
          blob: layer.blob,
          size: result.size,
          unpackedAt: String(nowNanos()),
        };
        await writeFileAtomic(join(staging, sentinel), `${JSON.stringify(info)}\n`);
        const final = join(this.layersDir, hex);
        await rm(final, { recursive: true, force: true }); // a crashed unpack's leftovers
        await rename(staging, final);
        await fsyncDir(this.layersDir);
        return this.layerFs(layer.diffId);
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    });
  }

  /** Removes an unpacked layer unless an unpack of it is running (GC). */
  async removeLayer(diffId: string): Promise<boolean> {
    if (this.unpacks.has(diffId)) return false;
    await this.removeAside(join(this.layersDir, digestHex(diffId)), digestHex(diffId));
    return true;
  }

  containerDir(key: string): string {
    return join(this.containersDir, key);
  }

  readContainer(key: string): ContainerSnapshot | undefined {
    try {
      return JSON.parse(readFileSync(join(this.containerDir(key), recordFile), 'utf8')) as ContainerSnapshot;
    } catch {
      return undefined;
    }
  }

  /** Every container snapshot with a record (GC keeps their layers). */
  containers(): ContainerSnapshot[] {
    return readdirSync(this.containersDir)
      .map((key) => this.readContainer(key))
      .filter((r): r is ContainerSnapshot => r !== undefined);
  }

  /**
   * Claims `containers/<key>` for an image by writing its record first, so GC sees the layers as used
   * before they are unpacked. The same key and image again is allowed (prepare is idempotent).
   */
  async reserve(rec: ContainerSnapshot): Promise<ContainerSnapshot> {
    const dir = this.containerDir(rec.key);
    const existing = this.readContainer(rec.key);
    if (existing) {
      if (existing.imageId !== rec.imageId)
        throw new CorralError(
          'AlreadyExists',
          `rootfs ${rec.key}: already prepared from image ${existing.imageId}`,
        );
      return existing;
    }
    await mkdir(dir, { recursive: true });
    await writeFileAtomic(join(dir, recordFile), `${JSON.stringify(rec)}\n`);
    return rec;
  }

  /**
   * Reserves and populates a container's snapshot, one call at a time per key (a second caller
   * shares the first's result). `locked` runs the reservation under the store's lock, where GC
   * runs. A snapshot this call created is removed again when populating fails.
   */
  prepare(
    rec: ContainerSnapshot,
    layers: SnapshotLayer[],
    locked: <T>(fn: () => Promise<T>) => Promise<T>,
  ): Promise<PreparedRootfs> {
    return this.preparing.run(rec.key, async () => {
      const fresh = this.readContainer(rec.key) === undefined;
      const snap = await locked(() => this.reserve(rec));
      try {
        return await this.populate(snap, layers);
      } catch (err) {
        if (fresh) await this.removeContainer(rec.key).catch(() => undefined);
        throw err;
      }
    });
  }

  /** Makes the rootfs of a reserved snapshot and returns the mounts that show it. */
  async populate(rec: ContainerSnapshot, layers: SnapshotLayer[]): Promise<PreparedRootfs> {
    const dir = this.containerDir(rec.key);
    if (rec.snapshotter === 'overlay') {
      const lowers = await Promise.all(layers.map((l) => this.ensureLayer(l)));
      for (const d of ['upper', 'work']) {
        // The upper dir's mode is the container's / mode: set once, then the container's to change.
        if (existsSync(join(dir, d))) continue;
        await mkdir(join(dir, d));
        await chmod(join(dir, d), 0o755);
      }
      return { mounts: [overlayMount(dir, lowers)], snapshotDir: dir };
    }
    const rootfs = join(dir, 'rootfs');
    if (!existsSync(rootfs)) {
      // A copy a crash interrupted is started over.
      for (const n of readdirSync(dir))
        if (n.startsWith('.rootfs-')) await rm(join(dir, n), { recursive: true, force: true });
      const staging = join(dir, `.rootfs-${randomBytes(4).toString('hex')}`);
      try {
        await mkdir(staging);
        await chmod(staging, 0o755);
        for (const l of layers) {
          await unpackLayer(this.content.path(l.blob), staging, {
            mode: 'apply',
            scratch: join(dir, '.scratch'),
            diffId: l.diffId,
            what: `layer ${l.blob}`,
          });
        }
        await rename(staging, rootfs);
      } finally {
        await rm(staging, { recursive: true, force: true });
        await rm(join(dir, '.scratch'), { recursive: true, force: true });
      }
    }
    return { mounts: [{ type: 'bind', source: rootfs, options: ['rbind', 'rw'] }], snapshotDir: dir };
  }

  /** Removes a container's snapshot: unmounts what is still mounted in it, never follows a symlink out. */
  async removeContainer(key: string): Promise<string[]> {
    const dir = this.containerDir(key);
    if (!existsSync(dir)) return [];
    const unmounted = await unmountUnder(dir);
    await this.removeAside(dir, key);
    return unmounted;
  }

  /** Rename into trash, then delete: a crash halfway leaves trash, not a half-removed snapshot. */
  private async removeAside(path: string, name: string): Promise<void> {
    const aside = join(this.trashDir, `${name}-${randomBytes(4).toString('hex')}`);
    try {
      await rename(path, aside);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    await rm(aside, { recursive: true, force: true });
  }

  /** Length of the overlay options for these layers: the kernel takes at most one page. */
  overlayOptionsLength(key: string, diffIds: string[]): number {
    const m = overlayMount(
      this.containerDir(key),
      diffIds.map((d) => this.layerFs(d)),
    );
    return m.options.join(',').length;
  }
}

/** overlayfs wants the top layer first in lowerdir. */
function overlayMount(dir: string, lowersBottomUp: string[]): Mount {
  return {
    type: 'overlay',
    source: 'overlay',
    options: [
      `lowerdir=${[...lowersBottomUp].reverse().join(':')}`,
      `upperdir=${join(dir, 'upper')}`,
      `workdir=${join(dir, 'work')}`,
    ],
  };
}
