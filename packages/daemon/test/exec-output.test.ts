// Exec output reaches the client at the client's pace: corrald reads the next chunk of a process's
// output only once the connection took the last one, instead of queueing everything the process
// writes (pumpOutput used to send every chunk as it came and ignore send()'s promise).
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { setImmediate as tick } from 'node:timers/promises';
import { test } from 'node:test';
import { pumpOutput } from '../src/exec/process-streams.js';

test('pumpOutput waits for each send before it reads on, and sends everything in order', async () => {
  const out = new PassThrough();
  const sent: string[] = [];
  const pending: (() => void)[] = [];
  const done = pumpOutput(out, 'stderr', {
    send: (m) => {
      sent.push(Buffer.from(m.stderr ?? []).toString());
      return new Promise<void>((resolve) => pending.push(resolve));
    },
  });
  for (const chunk of ['a', 'b', 'c']) {
    out.write(chunk);
    await tick();
  }
  out.end();
  for (let i = 0; i < 5; i++) await tick();
  // The connection has not taken 'a' yet: nothing more is read from the process.
  assert.deepEqual(sent, ['a']);
  assert.ok(out.readableLength > 0, 'the rest stays in the pipe');
  while (pending.length > 0) {
    pending.shift()!();
    for (let i = 0; i < 5; i++) await tick();
  }
  await done;
  assert.equal(sent.join(''), 'abc');
});

test('pumpOutput stops quietly when the client went away (send rejects)', async () => {
  const out = new PassThrough();
  let sends = 0;
  const done = pumpOutput(out, 'stdout', {
    send: () => {
      sends++;
      return Promise.reject(new Error('connection closed'));
    },
  });
  out.write('x');
  out.write('y');
  await done;
  assert.equal(sends, 1);
  assert.ok(out.destroyed, 'the output is let go');
});
