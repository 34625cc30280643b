import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isChildSubreaper, setChildSubreaper } from '../src/index.js';

test('the child subreaper flag can be set, queried and cleared', (t) => {
  const was = isChildSubreaper();
  t.after(() => setChildSubreaper(was));
  setChildSubreaper(true);
  assert.equal(isChildSubreaper(), true);
  setChildSubreaper(false);
  assert.equal(isChildSubreaper(), false);
});
