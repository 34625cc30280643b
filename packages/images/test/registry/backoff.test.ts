import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Backoff, imagePullBackoff } from '../../src/index.js';

test("doubles from 10 s to 5 min per failure, as the kubelet's image back-off", () => {
  let now = 1_000_000;
  const b = new Backoff(imagePullBackoff, { now: () => now });
  assert.equal(b.isInBackOff('img'), false);
  const delays: number[] = [];
  for (let i = 0; i < 8; i++) {
    delays.push(b.next('img'));
    assert.equal(b.retryAt('img'), now + (delays.at(-1) ?? 0));
    now += delays.at(-1) ?? 0; // retried as soon as allowed, and failed again
  }
  assert.deepEqual(delays, [10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
});

test('in back-off until the delay has passed; reset and long idleness start over', () => {
  let now = 0;
  const b = new Backoff(imagePullBackoff, { now: () => now });
  b.next('a');
  now += 9_999;
  assert.equal(b.isInBackOff('a'), true);
  now += 1;
  assert.equal(b.isInBackOff('a'), false);
  assert.equal(b.isInBackOff('b'), false, 'keys are separate');
  assert.equal(b.next('a'), 20_000);
  b.reset('a');
  assert.equal(b.isInBackOff('a'), false);
  assert.equal(b.next('a'), 10_000);
  assert.equal(b.next('a'), 20_000);
  now += 2 * imagePullBackoff.maxMs + 1;
  assert.equal(b.next('a'), 10_000, 'idle for twice the maximum: starts over');
  now += 2 * imagePullBackoff.maxMs + 1;
  b.gc();
  assert.equal(b.delayOf('a'), 0, 'gc forgets idle keys');
});
