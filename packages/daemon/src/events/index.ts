// corrald's events subsystem. Wiring, in this order:
//   const journal = await EventJournal.open(root, { logger });          // <root>/events
//   const bus = new EventBus({ journal, logger });
//   bus.onEvent(containerStore.onEvent);                                // before any event flows
//   const receiver = await EventsReceiver.listen({ socketPath, bus, logger }); // TTRPC_ADDRESS
// and on shutdown: receiver.close(), bus.close(), journal.close().
export { EventBus, defaultMaxBufferedEvents } from './bus.js';
export type { EventBusOptions, SubscribeOptions } from './bus.js';
export { ShimEventDedup, defaultMaxSources, defaultSourceTtlMs } from './dedup.js';
export type { DedupEntry, ShimEventDedupOptions } from './dedup.js';
export { compileEventFilter } from './filter-match.js';
export type { EventFilter } from './filter-match.js';
export { parseFilter } from './filter-parser.js';
export type { FilterOperator, FilterSelector } from './filter-parser.js';
export type { EventHandler } from './handler-queue.js';
export { EventJournal, eventJournalDefaults, eventJournalDir } from './journal.js';
export type { AppendRequest, AppendResult, CommitListener, EventJournalOptions } from './journal.js';
export type { ReadOptions } from './journal-reader.js';
export { toWireEvent } from './journaled-event.js';
export type { EventOrigin, EventPayload, JournaledEvent } from './journaled-event.js';
export { silentLogger } from './logger.js';
export type { EventsLogger } from './logger.js';
export { EventsReceiver } from './receiver.js';
export type { EventsReceiverOptions } from './receiver.js';
export { Subscription } from './subscription.js';
export { validateNamespace, validateTimestamp, validateTopic } from './validate.js';
