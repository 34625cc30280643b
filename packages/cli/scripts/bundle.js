// Bundles the CLI after tsc, for start time (docs/decisions.md, "CLI start time"), with
// @corral/bundler: dist/corral.cjs (what users run; `scripts/setup` links it as `corral`) compiles
// dist/corral-bundle.cjs with the code cache dist/corral-bundle.v8cache.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleProgram, makeCodeCache } from '@corral/bundler';

const dist = join(dirname(dirname(fileURLToPath(import.meta.url))), 'dist');

await bundleProgram({
  entry: join(dist, 'src', 'bin', 'corral.js'),
  dist,
  name: 'corral',
});
// `corral version` against no daemon parses its arguments, makes the client, loads ws and fails to
// dial (exit 125): the cache holds those functions, not only the top level.
await makeCodeCache({
  dist,
  name: 'corral',
  args: ['-H', 'unix:///nonexistent/corral.sock', 'version'],
  status: 125,
});
