// dist/corral.cjs, the bundled `corral` users run (scripts/bundle.js): it behaves as the tsc build
// does, and this node takes the V8 code cache the build made for it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { probeCodeCache } from '@corral/bundler';
import { tempDir } from '@corral/test-utils';
import { fakeContainer, startFakeCorrald } from './helpers/fake-corrald.js';

const bundled = fileURLToPath(new URL('../corral.cjs', import.meta.url));
const unbundled = fileURLToPath(new URL('../src/bin/corral.js', import.meta.url));

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node ARGS…` with only `env` (no inherited Node settings: a V8 flag makes V8 reject the cache). */
function node(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { env }, (err, stdout, stderr) =>
      resolve({ code: err ? (err.code as number) : 0, stdout, stderr }),
    );
  });
}

test('the bundle prints what the tsc build prints and exits with its codes', async () => {
  for (const args of [['--help'], ['help', 'run'], ['--version'], ['frobnicate']]) {
    const [b, u] = await Promise.all([node([bundled, ...args]), node([unbundled, ...args])]);
    assert.deepEqual(b, u, args.join(' '));
  }
});

test('the bundle talks to corrald', async (t) => {
  const fake = await startFakeCorrald(t, {}, [fakeContainer('c0ffee', 'web', { image: 'busybox:latest' })]);
  const env = { CORRAL_HOST: `unix://${fake.path}` };
  for (const args of [
    ['ps', '-a', '-q'],
    ['inspect', 'web'],
  ]) {
    const b = await node([bundled, ...args], env);
    assert.equal(b.code, 0, b.stderr);
    assert.deepEqual(b, await node([unbundled, ...args], env), args.join(' '));
  }
  assert.match((await node([bundled, 'inspect', 'web'], env)).stdout, /"c0ffee"/);
  const none = await node([bundled, 'ps'], { CORRAL_HOST: `unix://${join(tempDir(t), 'none.sock')}` });
  assert.equal(none.code, 125);
  assert.match(none.stderr, /^corral: cannot connect to corrald at .*\n$/);
});

test('this node takes the code cache the build made', () => {
  assert.deepEqual(probeCodeCache(bundled), { code: 0, stdout: 'false', stderr: '' });
});
