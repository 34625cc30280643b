import { spawn } from 'node:child_process';
import type { TestContext } from 'node:test';
import { type ContainerdHarness, defer, killPid, uniqueId, waitFor } from '@corral/test-utils';

/** One line of `ctr events`: `<date> <time> <zone> UTC <namespace> <topic> <event as JSON>`. */
export interface CtrEvent {
  namespace: string;
  topic: string;
  /** The event as ctr decoded it (it prints JSON only when it knows the event's type URL). */
  event: Record<string, unknown>;
}

const subscribeMs = 15_000;

/**
 * `ctr events` running in the background for the rest of the test (killed by pid afterwards),
 * already subscribed when this resolves (it has printed a namespace label change).
 */
export async function startCtrEvents(
  t: TestContext,
  ctd: ContainerdHarness,
): Promise<{ events: CtrEvent[]; unparsed: string[] }> {
  const child = spawn(ctd.ctrBinary, ['--address', ctd.address, 'events'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('ctr events did not start');
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  defer(t, async () => {
    killPid(pid, 'SIGKILL');
    await exited;
  });
  const events: CtrEvent[] = [];
  const unparsed: string[] = [];
  let partial = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) {
      const m = /^\S+ \S+ \S+ \S+ (\S+) (\/\S+) (\{.*\})$/.exec(line);
      if (!m) {
        unparsed.push(line);
        continue;
      }
      events.push({
        namespace: m[1] ?? '',
        topic: m[2] ?? '',
        event: JSON.parse(m[3] ?? '{}') as Record<string, unknown>,
      });
    }
  });
  // ctr subscribes some time after it starts, and says nothing when it has: change a label until
  // the change shows up.
  await waitFor(
    async () => {
      const probe = `corral.test/probe=${uniqueId('p')}`;
      await ctd.ctr(['namespaces', 'label', ctd.namespace, probe], { check: true });
      return events.some((e) => e.topic === '/namespaces/update');
    },
    { timeoutMs: subscribeMs, intervalMs: 50, what: 'ctr events to print a namespace label change' },
  );
  return { events, unparsed };
}
