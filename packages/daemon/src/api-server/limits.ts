// The API server's sizes and times, in one table (STYLE.md: no inline numbers for waits).

/** Largest Frame accepted or sent; bigger ones get a ResourceExhausted status on their id. */
export const maxFrameBytes = 16 * 1024 * 1024;

/**
 * Largest WebSocket message read at all. Between maxFrameBytes and this the id can still be read
 * and answered, so the connection survives; past it ws closes the connection (1009).
 */
export const hardFrameBytes = 2 * maxFrameBytes + 1024 * 1024;

/** Handlers one connection may have running at once (canceled ones count until they return). */
export const maxInflightPerConnection = 1024;

/** How often each connection is pinged; one unanswered ping and the connection is dropped. */
export const keepaliveIntervalMs = 30_000;

/** How long close() lets in-flight unary calls finish before failing them with Unavailable. */
export const closeTimeoutMs = 2_000;

/**
 * Bytes queued on a connection beyond which `stream.send()` waits for the socket to drain, and
 * bytes of unread client stream messages beyond which the connection stops reading.
 */
export const streamHighWaterBytes = 1024 * 1024;

/** The shortest bearer token listenTcp accepts: anything shorter can be guessed. */
export const minTokenLength = 16;
