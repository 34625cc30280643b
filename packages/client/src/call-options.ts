// What a caller may say about one call, and what starts calls for the typed stubs.
import type { CallHandlers, ClientCall } from './client-call.js';
import type { Connection } from './connection.js';

export interface CallOptions {
  /** The call fails with DeadlineExceeded (and is CANCELed on the daemon) after this long. */
  timeoutMs?: number;
  /** Aborting fails the call with Canceled and sends CANCEL. */
  signal?: AbortSignal;
  /** Overrides the client's namespace for this call. */
  namespace?: string;
}

/** Starts calls on the client's current connection, dialing again when the last one dropped. */
export interface Caller {
  readonly namespace: string;
  /** Aborted by the client's close(): nothing reconnects after it. */
  readonly closed: AbortSignal;
  start(
    method: string,
    payload: Uint8Array,
    handlers: CallHandlers,
    options: CallOptions,
  ): Promise<{ call: ClientCall; connection: Connection }>;
}
