import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Metadata } from '../src/index.js';

test('keys are lowercased and the first value of a repeated key wins', () => {
  const md = Metadata.fromKeyValues([
    { key: 'Containerd-Namespace-TTRPC', value: 'first' },
    { key: 'containerd-namespace-ttrpc', value: 'second' },
  ]);
  assert.equal(md.get('containerd-namespace-ttrpc'), 'first');
  assert.equal(md.get('CONTAINERD-NAMESPACE-TTRPC'), 'first');
  assert.deepEqual(md.getAll('containerd-namespace-ttrpc'), ['first', 'second']);
  assert.equal(md.get('absent'), undefined);
  assert.equal(md.size, 1);
});

test('a record, a key/value list and another Metadata all give the same wire list', () => {
  const fromRecord = new Metadata({ A: 'x', b: ['y', 'z'] });
  const fromList = new Metadata([
    { key: 'a', value: 'x' },
    { key: 'B', value: 'y' },
    { key: 'b', value: 'z' },
  ]);
  const expected = [
    { key: 'a', value: 'x' },
    { key: 'b', value: 'y' },
    { key: 'b', value: 'z' },
  ];
  assert.deepEqual(fromRecord.toKeyValues(), expected);
  assert.deepEqual(fromList.toKeyValues(), expected);
  assert.deepEqual(new Metadata(fromList).toKeyValues(), expected);
});

test('set replaces values, and set with none deletes the key', () => {
  const md = new Metadata({ k: ['1', '2'] }).set('K', '3');
  assert.deepEqual(md.getAll('k'), ['3']);
  md.set('k');
  assert.equal(md.has('k'), false);
  assert.deepEqual(md.toJSON(), {});
});
