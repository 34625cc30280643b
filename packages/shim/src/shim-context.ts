import type { Logger } from 'pino';
import type { ChildGuard } from './child-guard.js';
import type { EventPublisher } from './publisher.js';

/** What every container of one shim shares. */
export interface ShimContext {
  namespace: string;
  publisher: EventPublisher;
  children: ChildGuard;
  logger: Logger;
}
