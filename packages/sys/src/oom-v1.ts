import { closeSync, existsSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { native } from './addon.js';
import { withContext } from './errors.js';
import { FdPoll } from './fd-poll.js';

export interface WatchOomOptions {
  /** Whether the watch alone keeps the event loop alive (default true, as fs.watch's `persistent`). */
  ref?: boolean;
  /** Called once when the watch ends because the cgroup was removed. */
  onRemoved?: () => void;
  /** The watch failed and closed itself; without this the error is thrown as uncaught, like an unhandled 'error' event. */
  onError?: (err: Error) => void;
}

export interface OomWatcher {
  /** Idempotent; closes the eventfd, which also unregisters it from the cgroup. */
  close(): void;
  readonly closed: boolean;
}

/**
 * Calls `onOom` when the OOM killer acts in the cgroup v1 memory cgroup `memcgDir` (or one below
 * it), as containerd's pkg/oom/v1 does: an eventfd registered through `cgroup.event_control` for
 * `memory.oom_control`, read on the event loop. The kernel also signals it once when the cgroup is
 * removed; that wakeup ends the watch (onRemoved) instead. Several OOMs between two loop turns
 * call onOom once. An OOM whose wakeup is handled only after the cgroup is gone is reported as
 * the removal: read `oom_kill` from memory.oom_control on exit if that race matters.
 */
export function watchOomV1(memcgDir: string, onOom: () => void, options: WatchOomOptions = {}): OomWatcher {
  const what = `watch OOM of cgroup ${memcgDir}`;
  const oomControl = join(memcgDir, 'memory.oom_control');
  const efd = native().eventfd();
  try {
    const cfd = openSync(oomControl, 'r');
    try {
      // The kernel takes its own references during the write: oom_control's fd may close after.
      writeFileSync(join(memcgDir, 'cgroup.event_control'), `${efd} ${cfd}`);
    } finally {
      closeSync(cfd);
    }
  } catch (err) {
    closeSync(efd);
    throw withContext(err, what);
  }

  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    poll.stop();
    closeSync(efd);
  };
  const onReadable = (err?: Error): void => {
    let counter: bigint | null;
    try {
      if (err !== undefined) throw err;
      counter = native().eventfdRead(efd);
    } catch (e) {
      close();
      const wrapped = withContext(e, what);
      if (options.onError === undefined) throw wrapped;
      return options.onError(wrapped);
    }
    if (counter === null) return;
    if (!existsSync(oomControl)) {
      close();
      options.onRemoved?.();
      return;
    }
    onOom();
  };
  let poll: FdPoll;
  try {
    poll = new FdPoll(efd, what, onReadable, { ref: options.ref ?? true });
  } catch (err) {
    closeSync(efd);
    throw withContext(err, what);
  }
  return {
    close,
    get closed() {
      return closed;
    },
  };
}
