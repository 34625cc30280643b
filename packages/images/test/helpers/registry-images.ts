// The registry test images live in @corral/test-utils (the daemon's and the CLI's pull tests use them too).
export {
  addedFile,
  buildImageFromTars,
  buildLayeredImage,
  buildMultiArchImage,
  buildTinyImage,
  keptFile,
  otherPlatform,
  pushImage,
} from '@corral/test-utils';
export type { Blob, BuiltImage, BuiltIndex } from '@corral/test-utils';
