/**
 * Runs `fn` over `items`, at most `limit` at a time. The first failure aborts the signal every
 * running call got and starts nothing new; the promise settles only once every started call has
 * (so no download still writes into a staging directory the caller is about to remove), with the
 * first failure.
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  signal: AbortSignal | undefined,
  fn: (item: T, index: number, signal: AbortSignal) => Promise<R>,
): Promise<R[]> {
  const stop = new AbortController();
  const combined = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failure: { err: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && !combined.aborted && next < items.length) {
      const i = next++;
      try {
        results[i] = await fn(items[i] as T, i, combined);
      } catch (err) {
        if (failure === undefined) {
          failure = { err };
          stop.abort(err);
        }
      }
    }
  };
  const n = Math.max(1, Math.min(limit, items.length));
  await Promise.all(Array.from({ length: n }, worker));
  if (failure) throw failure.err;
  // Aborted from outside before anything failed: say so rather than return holes.
  combined.throwIfAborted();
  return results;
}
