export { waitFor } from './wait-for.js';
export type { WaitForOptions } from './wait-for.js';
export { tempDir, removeTempDir, keepArtifacts } from './temp-dir.js';
export { mountsUnder, unmountUnder } from './mounts.js';
export { pidsWithArgv, isAlive, zombieChildren, killPid } from './processes.js';
export { strict, which, missingRequirement, skipUnless, run } from './requirements.js';
export { ensureBusyboxRootfs, busyboxRootfsDir } from './rootfs.js';
export { ociSpec, writeBundle } from './oci-spec.js';
export type { SpecOptions } from './oci-spec.js';
export { uniqueId } from './ids.js';
export { defer } from './defer.js';
export {
  buildBusyboxImageTar,
  fingerprintTree,
  imageNameAnnotation,
  ociMediaTypes,
  ociPlatform,
  ociRefNameAnnotation,
} from './oci-image.js';
export type { BusyboxImageOptions, ImageTar } from './oci-image.js';
export { importImage, runCtr } from './ctr.js';
export type { Ctr, CtrOptions, CtrResult, CtrTarget } from './ctr.js';
export { ContainerdHarness, startContainerd } from './containerd.js';
export type { ContainerdOptions, ContainerdTeardownReport, HarnessTestContext } from './containerd.js';
export {
  containerdConfigToml,
  containerdPaths,
  defaultSnapshotterLabel,
  disabledContainerdPlugins,
  shimBinaryName,
} from './containerd-config.js';
export type { ContainerdPaths } from './containerd-config.js';
export { containerdRuncRoot } from './containerd-leftovers.js';
export {
  TestRegistry,
  basicUser,
  credsOf,
  freePort,
  registryBins,
  startBasicRegistry,
  startedRegistryPids,
} from './registry.js';
export type { RegistryAuth, RegistryOptions } from './registry.js';
export {
  addedFile,
  buildImageFromTars,
  buildLayeredImage,
  buildMultiArchImage,
  buildTinyImage,
  keptFile,
  otherPlatform,
  pushImage,
} from './registry-images.js';
export type { Blob, BuiltImage, BuiltIndex, Platform } from './registry-images.js';
