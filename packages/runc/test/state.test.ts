import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseList, parsePids, parseState } from '../src/state.js';
import { crunList, crunState, runcList, runcState } from './fixtures/outputs.js';

describe('parseState', () => {
  it('reads runc and crun state', () => {
    assert.deepEqual(parseState(runcState), {
      ociVersion: '1.0.2-dev',
      id: 'c1',
      pid: 5800,
      status: 'created',
      bundle: '/tmp/exp/b-runc',
      rootfs: '/var/lib/corral-test/busybox-rootfs',
      created: '2026-11-23T17:22:02.205961151Z',
      owner: '',
    });
    assert.equal(parseState(crunState).ociVersion, '1.0.0');
  });

  it('keeps annotations', () => {
    const withAnnotations = JSON.stringify({ ...JSON.parse(runcState), annotations: { a: 'b' } });
    assert.deepEqual(parseState(withAnnotations).annotations, { a: 'b' });
  });

  it('rejects a state without the fields that matter', () => {
    assert.throws(() => parseState('{"id":"c1"}'), /"ociVersion" is not a string/);
    assert.throws(() => parseState('[]'), /expected an object/);
  });
});

describe('parseList', () => {
  it('runc null, crun empty array, and both entry shapes', () => {
    assert.deepEqual(parseList('null'), []);
    assert.deepEqual(parseList('[\n\n]\n'), []);
    assert.deepEqual(parseList(runcList)[0]?.ociVersion, '1.0.2-dev');
    assert.deepEqual(parseList(crunList), [
      {
        id: 'c1',
        pid: 5857,
        status: 'running',
        bundle: '/tmp/exp/b-crun',
        created: '2026-11-23T17:22:02.338732Z',
        owner: 'root',
      },
    ]);
  });
});

describe('parsePids', () => {
  it('reads pids and refuses anything else', () => {
    assert.deepEqual(parsePids('[5800]'), [5800]);
    assert.deepEqual(parsePids('null'), []);
    assert.throws(() => parsePids('["x"]'), TypeError);
  });
});
