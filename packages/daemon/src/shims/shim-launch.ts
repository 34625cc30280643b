import type { Logger } from 'pino';
import type { LogFifo } from './log-fifo.js';
import type { ShimConnection } from './shim-connection.js';

/** What a launcher needs to start the shim of one container. */
export interface LaunchRequest {
  namespace: string;
  id: string;
  bundle: string;
  /** corral-shim: the socket corrald chose for it. containerd's shim picks its own. */
  socket: string;
  /** A shim group (shim-groups.ts): the container joins the group's shim. corral-shim only. */
  group?: string;
  logger: Logger;
  onClose: (conn: ShimConnection) => void;
}

/** A started, answering shim: the connection and what identifies the process for later. */
export interface LaunchedShim {
  conn: ShimConnection;
  pid: number;
  startTime: bigint;
  socket: string;
  /** A pooled or grouped shim's own directory (its outbox and log); absent: the bundle. */
  dir?: string;
  /** The shim group it serves. */
  group?: string;
  /** containerd's shim writes its log to the bundle's FIFO: read for as long as it lives. */
  logFifo?: LogFifo;
}

/** The two ways of starting a shim: corral-shim in serve mode, or containerd's `start` action. */
export interface ShimLauncher {
  launch(req: LaunchRequest): Promise<LaunchedShim>;
}
