export { ApiServer } from './api-server.js';
export type { ApiServerOptions, TcpListenOptions } from './api-server.js';
export type {
  ApiCallContext,
  ApiLogger,
  ApiServiceImpl,
  ConnectionInfo,
  HandlerOf,
  ServerStream,
  StreamingCallContext,
  StreamingHandler,
  UnaryHandler,
} from './service.js';
export { closeCodes } from './api-connection.js';
export {
  closeTimeoutMs,
  hardFrameBytes,
  keepaliveIntervalMs,
  maxFrameBytes,
  maxInflightPerConnection,
  minTokenLength,
  streamHighWaterBytes,
} from './limits.js';
