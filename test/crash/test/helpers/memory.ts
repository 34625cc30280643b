// Shim memory, read from /proc/<pid>/status, against a budget that works as a regression guard
// (conmon-rs's maxRSSKB). Measured here (Node 20, unbundled corral-shim, no V8 flags, 2 cores):
// an idle shim 58–62 MiB VmRSS, of which 16–19 MiB anonymous (the rest is the node binary's
// shared, file-backed pages); ~70 MiB after 100 ExecSyncs, ~65 MiB of it after a forced GC (the
// JS heap stays at ~10.5 MiB: V8 collects lazily, nothing leaks). The budget leaves room for that
// growth and for load, not for a doubling.
import { readFileSync } from 'node:fs';

/** Every live shim's VmRSS must stay under this. */
export const maxShimRssKB = 96 * 1024;
/** 25 ExecSyncs (after a warm-up) may grow a shim's VmRSS by at most this. */
export const maxExecGrowthKB = 2 * 1024;

export interface ShimMemory {
  rssKB: number;
  anonKB: number;
}

export function shimMemory(pid: number): ShimMemory | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const field = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
  return { rssKB: field('VmRSS'), anonKB: field('RssAnon') };
}

export function summarize(xs: number[]): string {
  if (xs.length === 0) return 'none';
  const s = [...xs].sort((a, b) => a - b);
  const mib = (kb: number) => (kb / 1024).toFixed(1);
  return `min ${mib(s[0]!)} / median ${mib(s[Math.floor(s.length / 2)]!)} / max ${mib(s.at(-1)!)} MiB`;
}
