export { ImageStore } from './image-store.js';
export type { FsInfo, ImageStoreLogger, ImageStoreOptions, RemoveImageOptions } from './image-store.js';
export type { ImageRecord } from './image-records.js';
export type { ArchiveFormat, ImportArchiveOptions } from './import-archive.js';
export type { ExportArchiveOptions, ImageExport } from './export-archive.js';
export { exportFormats } from './export-plan.js';
export type { ExportFormat } from './export-plan.js';
export type { ByteSource } from './byte-reader.js';
export type { ImageConfig, Platform } from './manifest.js';
export type { Mount } from './mounts.js';
export { maxRootfsKeyLength, validateRootfsKey } from './snapshots.js';
export type { PreparedRootfs, SnapshotterKind } from './snapshots.js';
export {
  buildBusyboxArchive,
  builtinBusyboxRef,
  defaultBusyboxBinary,
  ensureBuiltinBusybox,
} from './builtin-busybox.js';
export type { BuiltinBusyboxOptions } from './builtin-busybox.js';
export { familiarRef, normalizeRef, parseRef, repositoryOf } from './reference.js';
export type { ParsedRef } from './reference.js';
export { hostPlatform } from './platform.js';
export type {
  AuthConfig,
  PullEvent,
  PullEventReason,
  PullOptions,
  PullProgress,
} from './registry/pull-types.js';
export { ImagePuller, errImagePull, errImagePullBackOff } from './registry/image-puller.js';
export type { ImagePullerOptions, PullerPullOptions, PullTarget } from './registry/image-puller.js';
export { Backoff, imagePullBackoff, systemClock } from './registry/backoff.js';
export type { BackoffPolicy, Clock } from './registry/backoff.js';
export {
  authFileEntryFor,
  authKeyFor,
  defaultAuthFile,
  dockerHubAuthKey,
  readAuthFile,
  registryHostOf,
  removeAuthEntry,
  writeAuthEntry,
} from './registry/auth-file.js';
export type { AuthFile, AuthFileEntry } from './registry/auth-file.js';
export { checkRegistryLogin } from './registry/login.js';
export type { LoginCheckOptions } from './registry/login.js';
