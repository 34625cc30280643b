// Where shims forward their events: containerd's Events/Forward on the ttrpc socket corrald gives
// its shims as TTRPC_ADDRESS. A Forward is answered only once the event is in the journal, so a
// shim's outbox lets go of an event only when corrald can no longer lose it (DESIGN rule 3).
import { lstat, mkdir, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  CorralError,
  EventsService,
  eventSequenceMetadataKey,
  eventSourceMetadataKey,
  timestampToNanos,
} from '@corral/api';
import type { RequestOf, ResponseOf } from '@corral/api';
import { Server } from '@corral/ttrpc';
import type { CallContext, Metadata } from '@corral/ttrpc';
import type { EventBus } from './bus.js';
import type { EventOrigin } from './journaled-event.js';
import { silentLogger } from './logger.js';
import type { EventsLogger } from './logger.js';
import { validateNamespace, validateTimestamp, validateTopic } from './validate.js';

type ForwardRequest = RequestOf<typeof EventsService.methods.forward>;
type ForwardResponse = ResponseOf<typeof EventsService.methods.forward>;

export interface EventsReceiverOptions {
  /** The unix socket to serve (made 0600); shims get it as TTRPC_ADDRESS. */
  socketPath: string;
  bus: EventBus;
  logger?: EventsLogger;
}

// corral-shim's sources are 16 hex digits; anything longer is not ours and is not remembered.
const sourceRe = /^[A-Za-z0-9._-]{1,128}$/;
const seqRe = /^[1-9][0-9]{0,15}$/;

export class EventsReceiver {
  readonly socketPath: string;
  readonly #bus: EventBus;
  readonly #logger: EventsLogger;
  readonly #server: Server;

  private constructor(options: EventsReceiverOptions) {
    this.socketPath = options.socketPath;
    this.#bus = options.bus;
    this.#logger = options.logger ?? silentLogger;
    this.#server = new Server({
      onWarning: (w) => this.#logger.warn({ err: w.error }, `events receiver: ${w.message}`),
    }).register(EventsService, { forward: (req, ctx) => this.#forward(req, ctx) });
  }

  /**
   * Serves Events/Forward on `socketPath`. A socket left there by a corrald that died is removed
   * first: the caller holds the root lock, so no live daemon can be behind it.
   */
  static async listen(options: EventsReceiverOptions): Promise<EventsReceiver> {
    const receiver = new EventsReceiver(options);
    await mkdir(dirname(options.socketPath), { recursive: true, mode: 0o700 });
    await removeStaleSocket(options.socketPath);
    await receiver.#server.listen(options.socketPath);
    receiver.#logger.debug({ socket: options.socketPath }, 'events receiver listening');
    return receiver;
  }

  /** Stops accepting, lets in-flight Forwards finish, and removes the socket. */
  async close(): Promise<void> {
    await this.#server.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  async #forward(req: ForwardRequest, ctx: CallContext): Promise<ForwardResponse> {
    const env = req.envelope;
    if (!env) throw new CorralError('InvalidArgument', 'forward: no envelope');
    const namespace = env.namespace ?? '';
    const topic = env.topic ?? '';
    validateNamespace(namespace);
    validateTopic(topic);
    const timestamp = validateTimestamp(timestampToNanos(env.timestamp));
    const origin = this.#originOf(ctx.metadata, topic);
    let result;
    try {
      result = await this.#bus.forward({
        namespace,
        topic,
        timestamp,
        event: { type_url: env.event?.type_url ?? '', value: env.event?.value ?? new Uint8Array(0) },
        ...(origin === undefined ? {} : { origin }),
      });
    } catch (err) {
      // Never InvalidArgument from here: corral-shim drops an event on that instead of retrying.
      this.#logger.error({ err, topic, namespace }, 'forwarded event not journaled');
      if (err instanceof CorralError && err.code !== 'InvalidArgument') throw err;
      throw new CorralError('Internal', `journal ${topic}: ${(err as Error).message}`, { cause: err });
    }
    if (result.duplicate) {
      this.#logger.debug({ topic, ...origin }, 'duplicate event acknowledged, not journaled again');
    }
    return {};
  }

  /** The (source, seq) a corral-shim sends; undefined from containerd's shims, which send neither. */
  #originOf(md: Metadata, topic: string): EventOrigin | undefined {
    const source = md.get(eventSourceMetadataKey);
    const seq = md.get(eventSequenceMetadataKey);
    if (source === undefined && seq === undefined) return undefined;
    if (source !== undefined && seq !== undefined && sourceRe.test(source) && seqRe.test(seq)) {
      const n = Number(seq);
      if (Number.isSafeInteger(n)) return { source, seq: n };
    }
    // Journal it anyway: a lost duplicate check is better than a lost event.
    this.#logger.warn({ topic, source, seq }, 'forwarded event has malformed corral event metadata');
    return undefined;
  }
}

async function removeStaleSocket(path: string): Promise<void> {
  try {
    if ((await lstat(path)).isSocket()) await unlink(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}
