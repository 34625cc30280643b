// corral.v1's event types join the Any registry wherever the full entry is loaded.
import './corral-types.js';

export { containerd, corral, google, io, ttrpc } from './proto.js';
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
export * from './status-details.js';
export { isValidIdentifier, validateIdentifier, maxIdentifierLength } from './identifiers.js';
export { toBigInt, toUint64, toInt64 } from './uint64.js';
export { toTimestamp, timestampToNanos, timestampToDate, nowNanos, unsetSeconds } from './timestamp.js';
export {
  typeUrls,
  packAny,
  packJsonAny,
  unpackAny,
  unpackAnyByUrl,
  unpackJsonAny,
  lookupType,
} from './any.js';
export type { MessageType } from './any.js';
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
export * from './outbox-format.js';
export { TaskService, EventsService } from './services.js';
export type { MethodDef, MethodMap, ServiceDef, RequestOf, ResponseOf } from './services.js';
export {
  RuntimeApi,
  ImagesApi,
  EventsApi,
  corralMethodName,
  namespaceFrameKey,
  defaultNamespace,
} from './corral-services.js';
export type { StreamingMethodDef } from './corral-services.js';
export { method } from './services.js';
