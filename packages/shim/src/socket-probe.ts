import { connect } from 'node:net';
import { timeouts } from './timeouts.js';

/**
 * Whether a shim is serving on `path`: a socket file alone proves nothing, since a SIGKILLed shim
 * leaves its socket behind. `start` reuses a live one; `delete` removes a dead one.
 */
export function canConnect(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(path);
    const done = (ok: boolean) => {
      clearTimeout(timer);
      s.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeouts.probeExistingShimMs);
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}
