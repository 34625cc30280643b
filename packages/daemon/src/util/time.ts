import { nowNanos } from '@corral/api';

/** Now, as the decimal ns string records keep. */
export function nowString(): string {
  return nowNanos().toString();
}

/** A record's ns string as bigint (0n when absent). */
export function nsOf(s: string | undefined): bigint {
  if (s === undefined || s === '') return 0n;
  try {
    return BigInt(s);
  } catch {
    return 0n;
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
