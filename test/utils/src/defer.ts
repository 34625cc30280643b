import type { TestContext } from 'node:test';

type Cleanup = () => unknown;
const stacks = new WeakMap<object, Cleanup[]>();

/**
 * Registers `fn` to run after the test, last-registered first. node:test (Node 20) runs `t.after`
 * hooks in registration order, which would remove a temp dir before the container inside it is
 * deleted; every helper that makes a resource registers its cleanup here instead. A failing cleanup
 * does not stop the others; the errors are rethrown at the end.
 */
export function defer(t: Pick<TestContext, 'after'>, fn: Cleanup): void {
  let stack = stacks.get(t);
  if (!stack) {
    const s: Cleanup[] = [];
    stacks.set(t, s);
    stack = s;
    t.after(async () => {
      const errors: unknown[] = [];
      while (s.length > 0) {
        try {
          await s.pop()!();
        } catch (err) {
          errors.push(err);
        }
      }
      if (errors.length === 1 && errors[0] instanceof Error) throw errors[0];
      if (errors.length > 0) throw new AggregateError(errors, 'test cleanup failed');
    });
  }
  stack.push(fn);
}
