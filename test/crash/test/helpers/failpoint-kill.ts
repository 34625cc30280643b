// Kills corrald inside an operation: a life of corrald with one failpoint armed (`<name>=sleep`),
// the operation sent, "failpoint reached" in its log, then the signal; then a clean life.
import assert from 'node:assert/strict';
import { errorCode } from '@corral/api';
import type { FailpointName } from '@corral/daemon';
import type { Corrald } from './corrald.js';
import { settledLeaks, shimsOf } from './leaks.js';

export interface KillAtResult {
  /** What the cut-off call ended with (a CorralError code, or 'ok' if it answered first). */
  outcome: string;
  /** corrald back, ms from spawn to serving. */
  restartMs: number;
}

export async function killAt(
  d: Corrald,
  failpoint: FailpointName,
  op: () => Promise<unknown>,
  signal: NodeJS.Signals = 'SIGKILL',
): Promise<KillAtResult> {
  await d.kill('SIGTERM');
  await d.start({ failpoints: `${failpoint}=sleep` });
  const pending = op().then(
    () => 'ok',
    (err: unknown) => errorCode(err),
  );
  const reached = d.reachedFailpoint(failpoint).then(() => undefined);
  reached.catch(() => undefined); // the loser of the race below
  const ended = await Promise.race([reached, pending]).catch((err: unknown) => {
    throw new Error(`${(err as Error).message}\n${d.logTail(15)}`);
  });
  if (ended !== undefined) {
    throw new Error(`${failpoint} was never reached: the call ended with ${ended}\n${d.logTail(15)}`);
  }
  await d.kill(signal);
  const outcome = await pending;
  const restartMs = await d.start();
  return { outcome, restartMs };
}

/**
 * After a restart: nothing left that corrald does not account for (an exited container's shim
 * takes a moment to deliver its events and leave), and never two shims for one container.
 */
export async function assertConsistent(d: Corrald): Promise<void> {
  assert.deepEqual(await settledLeaks(d), [], 'no leftovers');
  const perId = new Map<string, number>();
  for (const s of shimsOf(d)) perId.set(s.id, (perId.get(s.id) ?? 0) + 1);
  for (const [id, n] of perId) assert.equal(n, 1, `one shim for ${id}`);
}
