import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeRedactor } from '../../src/registry/registry-errors.js';
import { bodyChunks } from '../../src/registry/registry-transport.js';

const noRedaction = makeRedactor([]);

/** A body that hands out `first` and then neither ends nor fails: what Node 20's fetch can leave behind after an abort. */
function stalledBody(first: Uint8Array): Response {
  let sent = false;
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (!sent) controller.enqueue(first);
        sent = true;
        return new Promise<void>(() => undefined);
      },
    }),
  );
}

test(
  'a body read that would wait forever ends when the signal aborts, with the abort as Canceled',
  { timeout: 5_000 },
  async () => {
    const ctl = new AbortController();
    const got: number[] = [];
    const reading = (async () => {
      for await (const chunk of bodyChunks(stalledBody(new Uint8Array(5)), 'blob x', noRedaction, ctl.signal))
        got.push(chunk.length);
    })();
    // The first chunk arrives; only then does the read hang.
    while (got.length === 0) await new Promise((r) => setImmediate(r));
    ctl.abort();
    await assert.rejects(reading, { code: 'Canceled', message: /^blob x: / });
    assert.deepEqual(got, [5]);
  },
);

test('the reason a pull aborted its other downloads with is what they fail with', async () => {
  const ctl = new AbortController();
  const why = new Error('layer 3: digest mismatch');
  ctl.abort(why);
  await assert.rejects(
    (async () => {
      for await (const _ of bodyChunks(stalledBody(new Uint8Array(1)), 'blob y', noRedaction, ctl.signal)) {
        // nothing arrives: the signal was aborted before the first read
      }
    })(),
    (err: Error) => err.message === 'blob y: layer 3: digest mismatch' && err.cause === why,
  );
});

test('a body that ends is read whole, and one that fails mid-way is Unavailable', async () => {
  const chunks: number[] = [];
  const whole = new Response(new Blob([new Uint8Array(3), new Uint8Array(4)]));
  for await (const c of bodyChunks(whole, 'blob z', noRedaction, new AbortController().signal))
    chunks.push(c.length);
  assert.equal(
    chunks.reduce((a, b) => a + b, 0),
    7,
  );
  const broken = new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(2));
        controller.error(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }));
      },
    }),
  );
  await assert.rejects(
    (async () => {
      for await (const _ of bodyChunks(broken, 'blob w', noRedaction)) {
        // the error comes after the first chunk
      }
    })(),
    { code: 'Unavailable', message: /^blob w: .*other side closed/ },
  );
});
