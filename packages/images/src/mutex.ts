/** Runs critical sections one at a time, in call order (metadata updates, GC). */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    // The next caller waits for this one to settle, success or not.
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/**
 * One in-flight operation per key: concurrent callers for the same key share its promise (two
 * prepares of images sharing a layer unpack it once). The key is forgotten when it settles.
 */
export class KeyedOnce<T> {
  private readonly inflight = new Map<string, Promise<T>>();

  run(key: string, fn: () => Promise<T>): Promise<T> {
    const running = this.inflight.get(key);
    if (running) return running;
    const p = fn().finally(() => this.inflight.delete(key));
    this.inflight.set(key, p);
    return p;
  }

  has(key: string): boolean {
    return this.inflight.has(key);
  }
}
