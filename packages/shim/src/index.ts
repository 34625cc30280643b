export { parseShimFlags } from './flags.js';
export type { ShimFlags } from './flags.js';
export { Outbox } from './outbox.js';
export type { OutboxEvent, OutboxOptions, SendEvent } from './outbox.js';
export { readExitRecord, writeExitRecord, exitRecordPath } from './exit-record.js';
export type { ExitRecord } from './exit-record.js';
export { writeFileAtomic } from './atomic-file.js';
