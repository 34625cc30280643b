// Flag values with units: docker's --memory (RAMInBytes) and --cpus.
import { usageError } from './cli-error.js';

const memoryRe = /^(\d+(?:\.\d+)?)\s*([kmgtp]?)(?:i?b)?$/i;
const memoryUnits: Record<string, number> = {
  '': 1,
  k: 2 ** 10,
  m: 2 ** 20,
  g: 2 ** 30,
  t: 2 ** 40,
  p: 2 ** 50,
};

/** "64m" → 67108864; units are binary, as docker's; a bare number is bytes. */
export function parseMemory(command: string, flag: string, s: string): number {
  const m = memoryRe.exec(s.trim());
  const unit = memoryUnits[(m?.[2] ?? '').toLowerCase()];
  if (!m || unit === undefined)
    throw usageError(command, `invalid ${flag} ${JSON.stringify(s)}: want a size like 64m or 1g`);
  const bytes = Math.floor(Number(m[1]) * unit);
  if (!Number.isSafeInteger(bytes) || bytes <= 0)
    throw usageError(command, `invalid ${flag} ${JSON.stringify(s)}`);
  return bytes;
}

/** The CFS period docker uses for --cpus. */
export const cpuPeriodUs = 100_000;

/** "0.5" → a quota of half of each 100 ms period. */
export function parseCpus(command: string, s: string): { cpuPeriod: number; cpuQuota: number } {
  const n = Number(s);
  if (!/^\d*\.?\d+$/.test(s.trim()) || !Number.isFinite(n) || n <= 0) {
    throw usageError(command, `invalid --cpus ${JSON.stringify(s)}: want a positive number like 0.5`);
  }
  const cpuQuota = Math.round(n * cpuPeriodUs);
  if (cpuQuota < 1000) throw usageError(command, `--cpus ${s} is below the kernel's minimum of 0.01`);
  return { cpuPeriod: cpuPeriodUs, cpuQuota };
}
