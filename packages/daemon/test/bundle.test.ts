// dist/corrald.cjs, corrald as shipped (scripts/bundle.js): it behaves as the tsc build does, and a
// fresh node takes the V8 code cache the build made for it. root-lock.test.ts and the e2e and crash
// suites run it serving: its native addon (recovery, kill) and corral-cri-logger (the
// io.containerd.runc.v2 handler) are found from the bundle's directory there.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { probeCodeCache } from '@corral/bundler';

const bundled = fileURLToPath(new URL('../corrald.cjs', import.meta.url));
const unbundled = fileURLToPath(new URL('../src/bin/corrald.js', import.meta.url));

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node ARGS…` with no inherited environment (a V8 flag in NODE_OPTIONS makes V8 reject a cache). */
function node(args: readonly string[]): Promise<Result> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { env: {} }, (err, stdout, stderr) =>
      resolve({ code: err ? (err.code as number) : 0, stdout, stderr }),
    );
  });
}

test('the bundle prints what the tsc build prints and exits with its codes', async () => {
  for (const args of [['--help'], ['--version'], ['--frobnicate'], ['--log-level', 'loud']]) {
    const [b, u] = await Promise.all([node([bundled, ...args]), node([unbundled, ...args])]);
    assert.deepEqual(b, u, args.join(' '));
  }
  assert.equal((await node([bundled, '--frobnicate'])).code, 2);
});

test('a fresh node accepts the code cache the build made', () => {
  const r = probeCodeCache(bundled);
  assert.equal(r.stdout, 'false', r.stderr);
});
