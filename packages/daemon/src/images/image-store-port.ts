import type { Readable } from 'node:stream';
import type { PullOptions } from '@corral/images';

/**
 * What corrald needs of an image store (@corral/images' ImageStore). A port, so the daemon's core
 * and its tests do not care whether the store is the real content store or a fixture; every method
 * may be sync or async.
 */
export interface ImageStorePort {
  list(): MaybePromise<readonly ImageInfo[]>;
  get(refOrId: string): MaybePromise<ImageInfo | undefined>;
  remove(ref: string, o: { isInUse: (imageId: string) => boolean; force: boolean }): MaybePromise<unknown>;
  importArchive(
    stream: Readable | AsyncIterable<Uint8Array>,
    o: { format?: ImportFormat; name?: string },
  ): MaybePromise<readonly ImageInfo[] | ImageInfo>;
  /** Images as one archive, streamed; NotFound / InvalidArgument before the first byte. */
  exportArchive(
    refs: readonly string[],
    o: { format: 'oci-archive' | 'docker-archive' },
  ): MaybePromise<ImageArchiveExport>;
  /** One pull from a registry, no retry or back-off (corrald's ImagePuller adds those). */
  pull(ref: string, o: PullOptions): Promise<ImageInfo>;
  prepareRootfs(imageId: string, key: string): MaybePromise<PreparedRootfs>;
  removeRootfs(key: string): MaybePromise<unknown>;
  imageConfig(imageId: string): MaybePromise<OciImageConfig | undefined>;
  fsInfo(): MaybePromise<ImageFsUsage | readonly ImageFsUsage[]>;
}

type MaybePromise<T> = T | Promise<T>;

/** ImportImage's formats besides "" (an image archive, whichever kind). */
export const importFormats: readonly string[] = [
  'oci-archive',
  'docker-archive',
  'rootfs',
  'archive-or-rootfs',
];
export type ImportFormat = 'oci-archive' | 'docker-archive' | 'rootfs' | 'archive-or-rootfs';

export interface ImageInfo {
  /** sha256:<config digest> */
  id: string;
  repoTags: readonly string[];
  repoDigests: readonly string[];
  size: number | bigint;
  /** ms or ns since the epoch, a Date, or an RFC 3339 string: normalized at the API edge. */
  createdAt?: number | bigint | string | Date;
  user?: string;
  labels?: Record<string, string>;
}

/** An archive being exported: read it once; close() frees its content when it is never read. */
export interface ImageArchiveExport extends AsyncIterable<Uint8Array> {
  readonly images: readonly ImageInfo[];
  close(): void;
}

export interface RootfsMount {
  type: string;
  source: string;
  options: readonly string[];
}

export interface PreparedRootfs {
  mounts: readonly RootfsMount[];
  snapshotDir?: string;
}

/** The parts of an OCI image config's `config` a container is built from. */
export interface OciImageConfig {
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  Env?: string[] | null;
  WorkingDir?: string;
  User?: string;
  StopSignal?: string;
  Labels?: Record<string, string> | null;
}

export interface ImageFsUsage {
  mountpoint: string;
  usedBytes: number | bigint;
  inodesUsed: number | bigint;
  timestamp?: number | bigint;
}
