import { randomBytes } from 'node:crypto';

/** A unique container id for one test run: valid under containerd's identifier rule. */
export function uniqueId(prefix = 'c'): string {
  return `${prefix}-${process.pid}-${randomBytes(4).toString('hex')}`;
}
