// Runs one internal consumer's handler over events one at a time, in journal order.
import type { JournaledEvent } from './journaled-event.js';
import type { EventsLogger } from './logger.js';

export type EventHandler = (event: JournaledEvent) => void | Promise<void>;

/**
 * Each onEvent() handler gets its own queue, so a slow one (a container store writing a record on
 * /tasks/exit) delays only itself, and the next event reaches it only after it finished the last.
 * A handler that throws is logged and given the next event: one bad event must not stop the daemon
 * learning of exits. Handlers never run inside the journal's commit (they start a microtask later).
 * The queue is unbounded: internal consumers are ours, and they keep up or the daemon has a bug.
 */
export class HandlerQueue {
  readonly #handler: EventHandler;
  readonly #logger: EventsLogger;
  #events: JournaledEvent[] = [];
  #running: Promise<void> | undefined;

  constructor(handler: EventHandler, logger: EventsLogger) {
    this.#handler = handler;
    this.#logger = logger;
  }

  push(e: JournaledEvent): void {
    this.#events.push(e);
    this.#running ??= Promise.resolve().then(() => this.#run());
  }

  /** Resolves once every event pushed so far (and since) has been handled. */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  /** Drops what has not been handled yet (after the handler was removed). */
  clear(): void {
    this.#events = [];
  }

  async #run(): Promise<void> {
    for (let e = this.#events.shift(); e !== undefined; e = this.#events.shift()) {
      try {
        await this.#handler(e);
      } catch (err) {
        this.#logger.error({ err, sequence: e.sequence, topic: e.topic }, 'event handler failed');
      }
    }
    this.#running = undefined;
  }
}
