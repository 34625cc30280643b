// Bundles corrald after tsc, for start time (docs/decisions.md, "corrald start time"), with
// @corral/bundler: dist/corrald.cjs (what is run; the package's `bin` and `@corral/daemon/bin`,
// linked by scripts/setup) compiles dist/corrald-bundle.cjs with the code cache
// dist/corrald-bundle.v8cache. corral-cri-logger (containerd's shim runs it, not corral's) stays
// the tsc output.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleProgram, copySysAddon, makeCodeCache } from '@corral/bundler';

const dist = join(dirname(dirname(fileURLToPath(import.meta.url))), 'dist');

await bundleProgram({
  entry: join(dist, 'src', 'bin', 'corrald.js'),
  dist,
  name: 'corrald',
  // One glibc malloc arena for all threads: −4 MB RSS after activity, no cost seen
  // (docs/decisions.md, "corrald memory"). glibc reads it before any JavaScript runs, so it is set
  // here, for whoever execs corrald; NODE_OPTIONS stays the operator's.
  shebang: '#!/usr/bin/env -S MALLOC_ARENA_MAX=1 node',
});
copySysAddon(import.meta.url, dist);

// The warm-up is a real start on a private root, until it serves, then SIGTERM: the cache holds
// what every start runs (flags, the root lock, the state layout, the built-in image, recovery, the
// API server), not only the top level. A machine where corrald cannot start (no runc yet) gets a
// cache of `--version` and the top level instead.
const dir = mkdtempSync(join(tmpdir(), 'corrald-cache-'));
try {
  const args = [
    '--root',
    join(dir, 'root'),
    '--state',
    join(dir, 'state'),
    '--socket',
    join(dir, 'corral.sock'),
  ];
  const env = { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin' };
  try {
    await makeCodeCache({ dist, name: 'corrald', args, env, stopOn: /"msg":"corrald serving"/ });
  } catch (err) {
    process.stderr.write(`corrald: warm-up start failed, caching --version only: ${err.message}\n`);
    await makeCodeCache({ dist, name: 'corrald', args: ['--version'], env });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
