import { corral, toInt64, toUint64, topics, typeUrls } from '@corral/api';
import type { PullEvent } from '@corral/images';
import type { ImageInfo } from './image-store-port.js';

/** Publishes one of corrald's own events (journaled, then fanned out). */
export type PublishEvent = (ns: string, topic: string, typeUrl: string, value: Uint8Array) => void;

/** One pull call's part in publishing: its event listener, and `settled()` once the pull is over. */
export interface PullEventListener {
  onEvent(e: PullEvent): void;
  /** Resolves when every event this call published is handed to the bus; ends its publishing. */
  settled(): Promise<void>;
}

/**
 * The events of registry pulls, in the caller's namespace: `/images/update` with the kubelet's
 * reasons (Pulling, Pulled with size and duration, Failed, BackOff) and `/images/create` when the
 * pull gave a name that did not exist. Events carry the reference and the library's messages, which
 * never hold credentials.
 *
 * Callers that share one download (ImagePuller) each hear its events; of those in one namespace,
 * only the first still listening publishes them, so the journal has each once.
 */
export class PullEventPublisher {
  readonly #owners = new Map<string, symbol>();

  constructor(
    private readonly publish: PublishEvent,
    private readonly lookup: (ref: string) => ImageInfo | undefined | Promise<ImageInfo | undefined>,
  ) {}

  listener(ns: string, name: string): PullEventListener {
    const key = `${ns} ${name}`;
    const me = Symbol(key);
    // Asked before the pull starts: afterwards the name exists either way.
    const existed = Promise.resolve(this.lookup(name)).then(
      (i) => i !== undefined,
      () => true,
    );
    // In order, though a lookup (maybe async) comes between two publishes.
    let queue = Promise.resolve();
    const update = (e: PullEvent): void =>
      this.publish(
        ns,
        topics.imageUpdate,
        typeUrls.ImageUpdate,
        corral.v1.ImageUpdate.encode({
          name: e.name,
          reason: e.reason,
          message: e.message,
          ...(e.size === undefined ? {} : { size: toUint64(BigInt(e.size)) }),
          ...(e.durationNs === undefined ? {} : { durationNs: toInt64(e.durationNs) }),
        }).finish(),
      );
    const step = async (e: PullEvent): Promise<void> => {
      if (e.reason === 'Pulled' && !(await existed)) {
        const image = await this.lookup(e.name);
        if (image) {
          this.publish(
            ns,
            topics.imageCreate,
            typeUrls.ImageCreate,
            corral.v1.ImageCreate.encode({ name: e.name, id: image.id }).finish(),
          );
        }
      }
      update(e);
    };
    return {
      onEvent: (e) => {
        if (!this.#owners.has(key)) this.#owners.set(key, me);
        if (this.#owners.get(key) !== me) return;
        queue = queue.then(() => step(e)).catch(() => undefined);
      },
      settled: async () => {
        if (this.#owners.get(key) === me) this.#owners.delete(key);
        await queue;
      },
    };
  }
}
