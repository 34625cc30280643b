// Runs last (node --test runs its files in name order): prints the suite's summary table (scenarios, corrald/shim kills, containers, leaks)
// from the rows the other files recorded, and fails if any scenario reported a leak.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatTable, takeRows } from './helpers/summary.js';

test('crash suite summary', (t) => {
  const rows = takeRows();
  if (rows.length === 0) {
    t.skip('no scenario rows (run the whole suite with npm test)');
    return;
  }
  console.log(`\n${formatTable(rows)}\n`);
  assert.equal(
    rows.reduce((n, r) => n + r.leaks, 0),
    0,
    'leaks found',
  );
});
