export { startDaemon } from './daemon.js';
export type { Daemon, DaemonOptions } from './daemon.js';
export { runCorrald } from './run-corrald.js';
export {
  parseDaemonConfig,
  parseListen,
  readTokenFile,
  defaults as daemonDefaults,
  usage as daemonUsage,
} from './config.js';
export type { DaemonConfig } from './config.js';
export { StateLayout } from './state-layout.js';
export type { RecoveryReport } from './recovery/reconcile-on-start.js';
export type { ContainerRecord, ContainerStateName } from './containers/container-record.js';
export type {
  ImageStorePort,
  ImageInfo,
  OciImageConfig,
  PreparedRootfs,
  RootfsMount,
} from './images/image-store-port.js';
export type { RegistrySettings } from './images/registry-settings.js';
export { RuntimeService } from './services/runtime-service.js';
export type { CallScope } from './services/runtime-service.js';
export { ImagesService } from './services/images-service.js';
export { containerLogsMethod, RuntimeLogsApi } from './services/container-logs-method.js';
export { timeouts as daemonTimeouts } from './timeouts.js';
export { failpointNames } from './failpoints.js';
export type { FailpointName } from './failpoints.js';
export { daemonVersion } from './version.js';
export { ApiServer, maxFrameBytes } from './api-server/index.js';
export type {
  ApiServerOptions,
  ApiServiceImpl,
  ApiCallContext,
  ApiLogger,
  ServerStream,
  StreamingCallContext,
} from './api-server/index.js';
