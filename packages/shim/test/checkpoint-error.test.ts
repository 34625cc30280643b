import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RuncError } from '@corral/runc';
import { tempDir } from '@corral/test-utils';
import { checkpointError, lastCriuErrors } from '../src/checkpoint-error.js';

// What runc 1.1.5 says when CRIU fails, and the end of CRIU's dump.log on a kernel whose vDSO CRIU
// cannot parse (these machines).
const runcSays = 'criu failed: type DUMP errno 0\nlog file: dump.log';
const dumpLog = [
  '(00.001071) Error (criu/util.c:642): exited, status=1',
  '(00.009507) Error (criu/vdso.c:381): vdso: Unexpected rt vDSO area bounds',
  '(00.009510) Error (criu/vdso.c:613): vdso: Failed to fill self vdso symtable',
  '(00.009511) Error (criu/kerndat.c:1615): kerndat_vdso_fill_symtable failed when initializing kerndat.',
  '(00.009545) Adjust mmap_min_addr 0x1000 -> 0x10000',
  '',
].join('\n');

const failed = () =>
  new RuncError({
    command: 'runc',
    args: ['checkpoint', 'c1'],
    subcommand: 'checkpoint',
    reason: 'exit',
    exitCode: 1,
    runcMessage: runcSays,
  });

test("a failed checkpoint carries CRIU's own last errors and stays FailedPrecondition", (t) => {
  const log = join(tempDir(t), 'dump.log');
  writeFileSync(log, dumpLog);
  assert.deepEqual(lastCriuErrors(log), [
    'Error (criu/vdso.c:613): vdso: Failed to fill self vdso symtable',
    'Error (criu/kerndat.c:1615): kerndat_vdso_fill_symtable failed when initializing kerndat.',
  ]);
  const err = checkpointError(failed(), log);
  assert.equal(err.code, 'FailedPrecondition');
  assert.equal(
    err.message,
    'OCI runtime checkpoint failed: criu failed: type DUMP errno 0: ' +
      'Error (criu/vdso.c:613): vdso: Failed to fill self vdso symtable; ' +
      `Error (criu/kerndat.c:1615): kerndat_vdso_fill_symtable failed when initializing kerndat. (${log})`,
  );
  assert.ok(err.cause instanceof RuncError);
});

test("without a dump log the error is runc's own", (t) => {
  const err = checkpointError(failed(), join(tempDir(t), 'dump.log'));
  assert.equal(err.code, 'FailedPrecondition');
  assert.equal(err.message, `OCI runtime checkpoint failed: ${runcSays}`);
});
