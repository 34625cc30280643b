import { constants } from 'node:os';
import { CorralError } from '@corral/api';

const byName = constants.signals as Record<string, number | undefined>;

/** "SIGTERM", "TERM", "term", "15" → 15; InvalidArgument for anything else ('' gives `fallback`). */
export function parseSignal(s: string, fallback = 'SIGTERM'): number {
  const text = (s || fallback).trim();
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (n >= 1 && n <= 64) return n;
  } else {
    const upper = text.toUpperCase();
    const n = byName[upper.startsWith('SIG') ? upper : `SIG${upper}`];
    if (n !== undefined) return n;
  }
  throw new CorralError('InvalidArgument', `unknown signal ${JSON.stringify(s)}`);
}

export const SIGKILL = 9;
