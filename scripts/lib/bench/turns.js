// Interleaving: run i of every way before run i + 1 of any (A, B, C, A, B, C…), so whatever load
// the machine has at a moment hits every way alike. And a bounded pool for parallel work.

/**
 * `ways`: { name: async (i) => sample (a number, or an object of numbers) }. One unrecorded warm-up
 * run of each first (page cache, first-connection costs), unless `warmup` is false.
 * Resolves with { name: [sample, …] }.
 */
export async function inTurns(runs, ways, { warmup = true, onRun } = {}) {
  const names = Object.keys(ways);
  const out = Object.fromEntries(names.map((n) => [n, []]));
  if (warmup) for (const n of names) await ways[n](-1);
  for (let i = 0; i < runs; i++) {
    for (const n of names) {
      out[n].push(await ways[n](i));
      onRun?.(n, i);
    }
  }
  return out;
}

/** Runs fn over items with at most `n` at once; resolves with the results in item order. */
export async function pool(items, n, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return results;
}

/** ms taken by `fn`. */
export async function timed(fn) {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}
