import { namespaceMetadataKey, TaskService } from '@corral/api';
import { type Client, type ServiceClient, dial } from '@corral/ttrpc';
import { timeouts } from '../timeouts.js';
import { sleep } from '../util/time.js';

type Task = ServiceClient<typeof TaskService>;
type CallOptions = Parameters<Task['state']>[1];

/**
 * One ttrpc connection to the shim of one container. Every call carries the namespace metadata
 * and a deadline from the timeouts table; `onClose` fires once when the connection drops, whoever
 * dropped it (the shim died, or we closed it).
 */
export class ShimConnection {
  readonly task: Task;
  #closedByUs = false;

  private constructor(
    readonly namespace: string,
    readonly id: string,
    readonly socket: string,
    private readonly client: Client,
  ) {
    this.task = client.service(TaskService);
  }

  /** Dials once (Unavailable when nobody listens). */
  static async dial(
    namespace: string,
    id: string,
    socket: string,
    onClose: (conn: ShimConnection) => void,
    timeoutMs: number = timeouts.shimConnectMs,
  ): Promise<ShimConnection> {
    const made: { conn?: ShimConnection; closedEarly?: boolean } = {};
    const client = await dial(socket, {
      timeoutMs,
      onClose: () => {
        if (made.conn) onClose(made.conn);
        else made.closedEarly = true;
      },
    });
    const conn = new ShimConnection(namespace, id, socket, client);
    made.conn = conn;
    if (made.closedEarly) onClose(conn);
    return conn;
  }

  /**
   * Dials until the socket answers or `timeoutMs` passes: a shim we just spawned needs a moment
   * to load and bind. `gaveUp()` ends the wait early (the shim process already exited).
   */
  static async dialUntilReady(
    namespace: string,
    id: string,
    socket: string,
    onClose: (conn: ShimConnection) => void,
    timeoutMs: number,
    gaveUp: () => Error | undefined,
  ): Promise<ShimConnection> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await ShimConnection.dial(namespace, id, socket, onClose, Math.max(1, deadline - Date.now()));
      } catch (err) {
        const fatal = gaveUp();
        if (fatal) throw fatal;
        if (Date.now() >= deadline) throw err;
        await sleep(timeouts.shimDialRetryMs);
      }
    }
  }

  get closed(): boolean {
    return this.client.closed;
  }

  /** True when close() was ours (a daemon shutdown or a removal), not the shim going away. */
  get closedByUs(): boolean {
    return this.#closedByUs;
  }

  /** Call options: namespace metadata and a deadline (default: the ordinary task call's). */
  opts(timeoutMs: number = timeouts.shimCallMs, signal?: AbortSignal): CallOptions {
    return {
      timeoutMs,
      metadata: { [namespaceMetadataKey]: this.namespace },
      ...(signal ? { signal } : {}),
    };
  }

  /** Calls without a deadline (Wait), cancelled only by `signal` or the connection closing. */
  optsNoDeadline(signal?: AbortSignal): CallOptions {
    return { metadata: { [namespaceMetadataKey]: this.namespace }, ...(signal ? { signal } : {}) };
  }

  async close(): Promise<void> {
    this.#closedByUs = true;
    await this.client.close().catch(() => undefined);
  }
}
