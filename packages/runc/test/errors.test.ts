import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RuncError, findRuncError, isNotExistError, isUnsupportedError } from '../src/errors.js';

const base = { command: '/usr/bin/crun', args: ['events', '--stats', 'c1'], subcommand: 'events' } as const;

describe('RuncError', () => {
  it('reads "<binary> <subcommand>: <why>: <runc message>"', () => {
    const e = new RuncError({ ...base, reason: 'exit', exitCode: 1, runcMessage: 'unknown command events' });
    assert.equal(e.message, 'crun events: exit status 1: unknown command events');
    assert.equal(e.name, 'RuncError');
    assert.equal(
      new RuncError({ ...base, reason: 'signal', signal: 'SIGKILL' }).message,
      'crun events: signal: SIGKILL',
    );
    assert.equal(
      new RuncError({ ...base, reason: 'timeout', timeoutMs: 5 }).message,
      'crun events: timed out after 5 ms',
    );
  });

  it('predicates look through cause chains', () => {
    const unsupported = new RuncError({
      ...base,
      reason: 'exit',
      exitCode: 1,
      stderr: 'unknown command events\n',
    });
    const wrapped = new Error('stats for c1', { cause: unsupported });
    assert.equal(findRuncError(wrapped), unsupported);
    assert.equal(isUnsupportedError(wrapped), true);
    assert.equal(isNotExistError(wrapped), false);
    const runcUnknown = new RuncError({
      ...base,
      reason: 'exit',
      exitCode: 3,
      runcMessage: "No help topic for 'features'",
    });
    assert.equal(isUnsupportedError(runcUnknown), true);
    const gone = new RuncError({
      ...base,
      reason: 'exit',
      exitCode: 1,
      runcMessage: 'container does not exist',
    });
    assert.equal(isNotExistError(new Error('x', { cause: gone })), true);
    assert.equal(isNotExistError(new Error('container does not exist')), false);
    assert.equal(
      isNotExistError(new RuncError({ ...base, reason: 'timeout', runcMessage: 'does not exist' })),
      false,
    );
  });
});
