import { native } from './addon.js';

/**
 * Makes this process a child subreaper (prctl PR_SET_CHILD_SUBREAPER): orphans below it (runc's
 * container init once `runc create` exits) are reparented here instead of to pid 1, so their exit
 * status can be collected with watchExit / reapOrphans. Inherited by no one; lasts for the process.
 */
export function setChildSubreaper(enabled = true): void {
  native().setChildSubreaper(enabled);
}

/** Whether this process is a child subreaper (prctl PR_GET_CHILD_SUBREAPER). */
export function isChildSubreaper(): boolean {
  return native().isChildSubreaper();
}
