export { connect, CorralClient } from './corral-client.js';
export { isServing } from './is-serving.js';
export type { ConnectOptions, EventsClient, ImagesClient, RuntimeClient } from './corral-client.js';
export type { CallOptions } from './call-options.js';
export type { EventSubscription, SubscribeOptions } from './event-subscription.js';
export type { ImportOptions, ImportProgress, ImportSource } from './import-image.js';
export type { ProcessHandle } from './process-handle.js';
export type { PullOptions, PullProgress } from './pull-image.js';
export type { UnaryClient } from './unary-client.js';
export { formatAddress, parseAddress, resolveAddress } from './address.js';
export type { AddressOptions, DaemonAddress } from './address.js';
export { daemonHint } from './errors.js';
export { containerLogsMethod, EventsService, ImagesService, RuntimeService } from './service-defs.js';
export type { Event, LogEntry } from './service-defs.js';
export {
  connectTimeoutMs,
  defaultSocketPath,
  envNames,
  importChunkBytes,
  keepaliveIntervalMs,
  maxFrameBytes,
} from './limits.js';
