import { constants } from 'node:os';

/** A signal as a number (9), a name (`SIGKILL`) or a bare name (`KILL`). */
export type SignalInput = number | string;

/**
 * The number to put on runc's command line. Numbers are what go-runc passes and what both runc and
 * crun accept; names are resolved here so a typo fails before any process runs.
 */
export function signalNumber(signal: SignalInput): number {
  if (typeof signal === 'number' || /^\d+$/.test(signal)) {
    const n = Number(signal);
    if (!Number.isInteger(n) || n <= 0 || n > 64) throw new RangeError(`invalid signal number ${signal}`);
    return n;
  }
  const upper = signal.toUpperCase();
  const name = upper.startsWith('SIG') ? upper : `SIG${upper}`;
  const n = (constants.signals as Record<string, number | undefined>)[name];
  if (n === undefined) throw new RangeError(`unknown signal ${signal}`);
  return n;
}
