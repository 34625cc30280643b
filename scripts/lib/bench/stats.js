// Medians and p90s of samples, the way the other scripts/lib measurements compute them.

const sorted = (xs) => [...xs].sort((a, b) => a - b);

export function median(xs) {
  if (xs.length === 0) return NaN;
  const s = sorted(xs);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Nearest rank. */
export function p90(xs) {
  if (xs.length === 0) return NaN;
  return sorted(xs)[Math.max(0, Math.ceil(0.9 * xs.length) - 1)];
}

/** What the JSON keeps of one series: every sample, and its median, p90, min and max. */
export function summarize(samples, unit) {
  const s = sorted(samples);
  return {
    unit,
    n: s.length,
    median: median(s),
    p90: p90(s),
    min: s[0] ?? NaN,
    max: s.at(-1) ?? NaN,
    samples,
  };
}
