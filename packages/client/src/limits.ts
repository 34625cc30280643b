// The client's sizes and times, in one table.

/** Where corrald listens unless told otherwise (its `--socket` default). */
export const defaultSocketPath = '/run/corral/corral.sock';

/** How long connect() waits for the socket and the WebSocket handshake. */
export const connectTimeoutMs = 5_000;

/** Ping interval; a daemon that misses one pong is taken for gone and the connection dropped. */
export const keepaliveIntervalMs = 30_000;

/** Largest frame the client sends or reads (the server's limit). */
export const maxFrameBytes = 16 * 1024 * 1024;

/** Bytes queued on the socket beyond which stream writes wait for it to drain. */
export const sendHighWaterBytes = 1024 * 1024;

/** Bytes of unread stream messages beyond which the connection stops reading its socket. */
export const receiveHighWaterBytes = 4 * 1024 * 1024;

/** ImportImage sends the archive in chunks of at most this many bytes. */
export const importChunkBytes = 1024 * 1024;

/** First and longest wait between attempts of a subscription to reconnect. */
export const reconnectMinDelayMs = 50;
export const reconnectMaxDelayMs = 2_000;

/** How long close() waits for the daemon to finish the closing handshake. */
export const closeTimeoutMs = 1_000;

/** Environment twins of the CLI's global flags. */
export const envNames = {
  host: 'CORRAL_HOST',
  token: 'CORRAL_TOKEN',
} as const;
