import { CorralError } from '@corral/api';
import type { Logger } from 'pino';

/**
 * Test hooks at named points of the operations a crash can cut (the crash suite in test/crash kills
 * corrald inside each window). Off unless `CORRAL_FAILPOINTS` names some:
 * `CORRAL_FAILPOINTS="create.after-task=sleep,remove.after-record=error"`.
 *
 * Actions: `sleep` logs "failpoint reached" (warn, with `failpoint: <name>`) and blocks the operation
 * until the process dies — the test waits for that line, then SIGKILLs corrald; `error` fails the
 * operation with Internal there (the ordinary rollback runs).
 *
 * Unset, `ctx.failpoints` is undefined and each point costs one optional-chain check.
 */
export const failpointNames = [
  /** CreateContainer: the `creating` record is on disk; nothing else exists yet. */
  'create.after-record',
  /** The shim answers on its socket; the record does not name it yet. */
  'create.after-launch',
  /** The record names the shim; Create (runc create) was not sent. */
  'create.after-shim-record',
  /** runc created the task; the record still says `creating`. */
  'create.after-task',
  /** StartContainer: before the shim's Start (runc start). */
  'start.before-task',
  /** runc started the init; the record still says `created`. */
  'start.after-task',
  /** StopContainer: the stop is on record and its signal sent; the exit is not recorded. */
  'stop.after-signal',
  /** RemoveContainer: `removing` is on disk; the task is untouched. */
  'remove.after-record',
  /** The task is deleted and the shim shut down; the bundle, snapshot, log and record remain. */
  'remove.after-task',
  /** ExecSync / Exec: the shim registered the exec; it was not started. */
  'exec.after-register',
  /** The exec runs; corrald holds its stdio FIFOs. */
  'exec.after-start',
] as const;

export type FailpointName = (typeof failpointNames)[number];
export type FailpointAction = 'sleep' | 'error';

export class Failpoints {
  readonly #actions: ReadonlyMap<FailpointName, FailpointAction>;

  private constructor(
    actions: Map<FailpointName, FailpointAction>,
    private readonly logger: Logger,
  ) {
    this.#actions = actions;
  }

  /** Parses `name=action,…`; undefined for an empty spec. InvalidArgument for an unknown name. */
  static parse(spec: string | undefined, logger: Logger): Failpoints | undefined {
    const actions = new Map<FailpointName, FailpointAction>();
    for (const item of (spec ?? '').split(',')) {
      if (!item.trim()) continue;
      const [name = '', action = 'sleep'] = item.trim().split('=');
      if (!(failpointNames as readonly string[]).includes(name)) {
        throw new CorralError(
          'InvalidArgument',
          `CORRAL_FAILPOINTS: unknown failpoint ${JSON.stringify(name)}`,
          {
            hint: `known: ${failpointNames.join(', ')}`,
          },
        );
      }
      if (action !== 'sleep' && action !== 'error') {
        throw new CorralError(
          'InvalidArgument',
          `CORRAL_FAILPOINTS: ${name}=${JSON.stringify(action)}: want sleep or error`,
        );
      }
      actions.set(name as FailpointName, action);
    }
    if (actions.size === 0) return undefined;
    logger.warn({ failpoints: Object.fromEntries(actions) }, 'failpoints armed (a test hook)');
    return new Failpoints(actions, logger);
  }

  /** Runs the action armed at `name`, if any. */
  async hit(name: FailpointName, fields: Record<string, unknown> = {}): Promise<void> {
    const action = this.#actions.get(name);
    if (!action) return;
    this.logger.warn({ ...fields, failpoint: name, action }, 'failpoint reached');
    if (action === 'error') throw new CorralError('Internal', `failpoint ${name}`);
    // Blocks until the test kills the process (the API socket keeps the event loop alive).
    await new Promise<never>(() => undefined);
  }
}
