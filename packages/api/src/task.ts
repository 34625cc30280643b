// @corral/api/task: containerd's side only (the task v2 API, its events, ttrpc, the runc options and
// cgroup metrics: protos, services, Any helpers) plus core.ts, without corral.v1's generated code,
// which is as big again. What a shim and the ttrpc layer need; the full surface is index.ts.
export { containerd, google, io, ttrpc } from './gen/proto.js';
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
export { method } from './services.js';
