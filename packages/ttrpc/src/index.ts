export { Client, clientCloseTimeoutMs } from './client.js';
export type { ClientOptions } from './client.js';
export { dial, dialTimeoutMs } from './dial.js';
export type { DialOptions } from './dial.js';
export { Server, serverCloseTimeoutMs } from './server.js';
export type { ServerOptions, ListenTarget } from './server.js';
export { Metadata } from './metadata.js';
export type { MetadataInit } from './metadata.js';
export { fullMethodName } from './service.js';
export type { CallContext, CallOptions, Handler, ServiceClient, ServiceImpl } from './service.js';
export {
  Channel,
  FrameDecoder,
  MessageType,
  decodeHeader,
  encodeFrame,
  messageHeaderLength,
  messageLengthMax,
} from './channel.js';
export type { Frame, FrameHeader, FrameSink, ChannelHandlers } from './channel.js';
export { decodeRequest, decodeResponse, encodeRequest, encodeResponse } from './codec.js';
export type { RequestEnvelope, ResponseEnvelope } from './codec.js';
export { errClosed, errorFromStatus, statusFromError } from './errors.js';
export type { Status } from './errors.js';
export { warningChannelName } from './diagnostics.js';
export type { TtrpcWarning, WarningListener } from './diagnostics.js';
