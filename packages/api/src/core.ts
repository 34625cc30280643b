// @corral/api/core: the error class and codes, the identifier rule and the cross-process names, with
// no generated code at all: for what must start fastest (the shim's `start` and its flags).
export { Code, codeName, isCode, classText } from './codes.js';
export type { CodeName, CodeValue } from './codes.js';
export {
  CorralError,
  errorCode,
  isNotFound,
  isAlreadyExists,
  isInvalidArgument,
  isFailedPrecondition,
  isUnavailable,
  isUnimplemented,
  isDeadlineExceeded,
  isCanceled,
  errNotFound,
  errInvalidArgument,
  errAlreadyExists,
  errFailedPrecondition,
  errUnimplemented,
  errUnavailable,
  errInternal,
} from './errors.js';
export type { CorralErrorOptions } from './errors.js';
export { isValidIdentifier, validateIdentifier, maxIdentifierLength } from './identifiers.js';
export {
  bundleFiles,
  envNames,
  nodeEnvNotInherited,
  namespaceMetadataKey,
  eventSequenceMetadataKey,
  eventSourceMetadataKey,
  services,
  topics,
  containerdShimSocketDir,
} from './constants.js';
