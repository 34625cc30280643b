import type { Logger } from 'pino';
import type { ContainerStore } from './containers/container-store.js';
import type { AppendRequest, AppendResult, JournaledEvent } from './events/index.js';
import type { Failpoints } from './failpoints.js';
import type { ImageStorePort } from './images/image-store-port.js';
import type { RuntimeHandlers } from './shims/runtime-handlers.js';
import type { StateLayout } from './state-layout.js';

/** Where corrald's own events go (the EventBus of ./events): journaled, then fanned out. */
export interface EventSink {
  publish(namespace: string, topic: string, typeUrl: string, value: Uint8Array): unknown;
  /** A shim's event, with its (source, seq) for de-duplication (a dead shim's outbox). */
  forward(request: AppendRequest): Promise<AppendResult>;
  /** The journal, to look back into (the EventBus's); a sink without one has no history. */
  readonly journal?: {
    read(o: { sinceTime?: bigint }): AsyncIterable<JournaledEvent>;
    /** Resolves once every append queued so far is journaled (or failed). */
    flushed?(): Promise<void>;
  };
  /** Drops what de-duplication remembers of a shim outbox that is gone (a sink without it keeps none). */
  forgetSource?(source: string): void;
}

/** What every operation on containers shares; built once by startDaemon. */
export interface DaemonContext {
  layout: StateLayout;
  store: ContainerStore;
  images: ImageStorePort;
  handlers: RuntimeHandlers;
  events: EventSink;
  logger: Logger;
  /** Test hooks (CORRAL_FAILPOINTS); undefined unless armed. */
  failpoints?: Failpoints | undefined;
}
