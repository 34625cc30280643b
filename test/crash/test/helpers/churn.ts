// The pieces of the churn scenario: a seeded PRNG, each container's plan, and the worker that
// drives one container from create to remove through any number of corrald deaths — every step
// idempotent and retried after the daemon is back, as an orchestrator would.
import { errorCode, toInt64 } from '@corral/api';
import { setTimeout as delay } from 'node:timers/promises';
import { create, idByName, S, status } from './containers.js';
import type { Corrald } from './corrald.js';

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Plan =
  | { kind: 'exits'; code: number }
  | { kind: 'stop-kill'; code: 137 }
  | { kind: 'stop-term'; code: 143 }
  | { kind: 'force-remove' };

export function planFor(random: () => number): Plan {
  const r = random();
  if (r < 0.4) return { kind: 'exits', code: Math.floor(random() * 120) };
  if (r < 0.7) return { kind: 'stop-kill', code: 137 };
  if (r < 0.9) return { kind: 'stop-term', code: 143 };
  return { kind: 'force-remove' };
}

const commandOf: Record<Plan['kind'], (p: Plan) => string[]> = {
  exits: (p) => ['sh', '-c', `exit ${(p as { code: number }).code}`],
  'stop-kill': () => ['sleep', '100000'],
  // /ready: the trap is in place (a SIGTERM before it would be ignored: the shell is pid 1).
  'stop-term': () => ['sh', '-c', 'trap "exit 143" TERM; touch /ready; while :; do sleep 0.05; done'],
  'force-remove': () => ['sleep', '100000'],
};

export interface Outcome {
  name: string;
  plan: Plan;
  /** The exit corrald reported (undefined for force-remove). */
  reported?: { exitCode: number; reason: string; message: string };
  /** Calls that failed because corrald died under them, then retried. */
  retries: number;
}

/** An exec in every container before its stop: for stop-term it also waits for the trap. */
const readyCheck = 'while [ ! -e /ready ] && grep -q trap /proc/1/cmdline; do sleep 0.01; done';

/** Errors that mean "corrald is (or just was) not there": wait for it and try again. */
const transient = new Set(['Unavailable', 'Canceled', 'DeadlineExceeded', 'Aborted']);

export class ChurnWorker {
  retries = 0;

  constructor(
    private readonly d: Corrald,
    private readonly up: () => Promise<void>,
    private readonly deadline: number,
  ) {}

  /** Runs `op` until it answers with something other than a transient error. */
  async retry<T>(what: string, op: () => Promise<T>): Promise<T> {
    for (;;) {
      if (Date.now() > this.deadline) throw new Error(`churn deadline passed during ${what}`);
      try {
        return await op();
      } catch (err) {
        if (!transient.has(errorCode(err))) throw err;
        this.retries++;
        await this.up();
        await delay(20); // a moment for the client to notice the new daemon
      }
    }
  }

  async drive(name: string, plan: Plan): Promise<Outcome> {
    const { d } = this;
    const retriesBefore = this.retries;
    const rt = () => d.client.runtime;
    const id = await this.retry('create', async () => {
      const existing = await idByName(d, name);
      if (existing) return existing;
      return create(d, { command: commandOf[plan.kind](plan), metadata: { name } }).catch(
        async (err: unknown) => {
          // The create went through before the daemon died; its reply did not.
          const taken = errorCode(err) === 'AlreadyExists' ? await idByName(d, name) : undefined;
          if (taken === undefined) throw err;
          return taken;
        },
      );
    });
    await this.retry('start', async () => {
      const s = await status(d, id);
      if (s.state !== S.CONTAINER_CREATED) return;
      await rt()
        .startContainer({ containerId: id })
        .catch((err: unknown) => {
          if (errorCode(err) !== 'FailedPrecondition') throw err;
        });
    });
    const out: Outcome = { name, plan, retries: 0 };
    if (plan.kind === 'force-remove') {
      await this.retry('remove', () => rt().removeContainer({ containerId: id, force: true }));
      out.retries = this.retries - retriesBefore;
      return out;
    }
    if (plan.kind !== 'exits') {
      await this.retry('exec', async () => {
        const s = await status(d, id);
        if (s.state !== S.CONTAINER_RUNNING) return;
        await rt()
          .execSync({ containerId: id, cmd: ['sh', '-c', readyCheck], timeout: toInt64(30) })
          .catch((err: unknown) => {
            if (errorCode(err) !== 'FailedPrecondition') throw err;
          });
      });
      await this.retry('stop', () =>
        rt().stopContainer({ containerId: id, timeout: toInt64(plan.kind === 'stop-term' ? 10 : 0) }),
      );
    }
    const s = await this.retry('wait', () => rt().waitContainer({ containerId: id }, { timeoutMs: 30_000 }));
    const final = await this.retry('status', () => status(d, id));
    out.reported = { exitCode: s.exitCode ?? -1, reason: final.reason ?? '', message: final.message ?? '' };
    await this.retry('remove', () => rt().removeContainer({ containerId: id }));
    out.retries = this.retries - retriesBefore;
    return out;
  }
}
