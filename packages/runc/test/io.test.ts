import assert from 'node:assert/strict';
import { it } from 'node:test';
import { containerStdio } from '../src/io.js';

it('containerStdio never defaults to a pipe, and refuses one unless told', () => {
  assert.deepEqual(containerStdio(undefined, [], { allowPipe: false }), ['ignore', 'ignore', 'ignore']);
  assert.deepEqual(containerStdio({ stdin: 'inherit', stdout: 7 }, [9, 10], { allowPipe: false }), [
    'inherit',
    7,
    'ignore',
    9,
    10,
  ]);
  assert.throws(
    () => containerStdio({ stderr: 'pipe' }, [], { allowPipe: false }),
    /hang until the container closes it/,
  );
  assert.deepEqual(containerStdio({ stdout: 'pipe' }, [], { allowPipe: true }), ['ignore', 'pipe', 'ignore']);
});
