import type { TestContext } from 'node:test';

/**
 * Teardown steps run last-in first-out after the test, whatever happened (node:test runs `after`
 * hooks first-in first-out, which would remove a temp dir before the processes using it are gone).
 * Every step runs; failures are reported together at the end.
 */
export class Teardown {
  readonly #steps: { what: string; fn: () => unknown }[] = [];

  constructor(t: Pick<TestContext, 'after'>) {
    t.after(() => this.run());
  }

  add(what: string, fn: () => unknown): void {
    this.#steps.push({ what, fn });
  }

  async run(): Promise<void> {
    const errors: Error[] = [];
    for (let step = this.#steps.pop(); step; step = this.#steps.pop()) {
      try {
        await step.fn();
      } catch (err) {
        errors.push(new Error(`teardown: ${step.what}: ${(err as Error).message}`, { cause: err }));
      }
    }
    if (errors.length > 0) throw new AggregateError(errors, errors.map((e) => e.message).join('; '));
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.run();
  }
}
