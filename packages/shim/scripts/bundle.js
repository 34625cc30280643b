// Bundles the shim after tsc (DESIGN.md: "shipped as one bundled file") with @corral/bundler:
// dist/corral-shim.cjs (what corrald and containerd exec; its own #! line) compiles
// dist/corral-shim-bundle.cjs with the code cache dist/corral-shim-bundle.v8cache. The native addon
// is copied beside the bundle (@corral/sys looks for it beside its own module first). Each action's
// modules stay behind a dynamic import, which esbuild turns into a lazily run wrapper: `start` and
// `delete` never run the serving shim's code. What each step here buys is measured in
// docs/decisions.md ("Shim start time and memory").
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { TaskService } from '@corral/api/task';
import { bundleProgram, copySysAddon, makeCodeCache } from '@corral/bundler';
import { dial } from '@corral/ttrpc';

const pkg = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(pkg, 'dist');
const require = createRequire(import.meta.url);
const { droppedEnvNames, shimEnv } = await import(join(dist, 'src', 'tuning.js'));

/**
 * Should a dependency import `@corral/api` (the whole surface; @corral/ttrpc and the shim itself
 * import `@corral/api/task`), in the shim that name means `@corral/api/task`, which holds the same
 * exports minus corral.v1, whose generated code is as big again and which no shim uses. A name
 * missing from it fails this build.
 */
const apiTaskOnly = {
  name: 'corral-api-task-only',
  setup(b) {
    const task = require.resolve('@corral/api/task');
    b.onResolve({ filter: /^@corral\/api$/ }, () => ({ path: task }));
  },
};

// For whoever execs the shim (containerd, corrald, callers of `start`), env -S drops the inherited
// Node settings and sets the shim's before node starts (src/tuning.ts).
const shebang = [
  '#!/usr/bin/env -S',
  ...droppedEnvNames.map((name) => `-u ${name}`),
  ...Object.entries(shimEnv).map(([name, value]) => `${name}=${value}`),
  'node',
].join(' ');

await bundleProgram({
  entry: join(dist, 'src', 'bin', 'corral-shim.js'),
  dist,
  name: 'corral-shim',
  shebang,
  plugins: [apiTaskOnly],
});
copySysAddon(import.meta.url, dist);

// The warm-up serves on a private socket as corrald starts a shim, answers Connect and shuts down:
// the cache holds what every serving shim runs before its first container (flags, logger, ttrpc,
// the task service), not only the top level.
const dir = mkdtempSync(join(tmpdir(), 'corral-shim-cache-'));
try {
  const socket = join(dir, 'shim.sock');
  await makeCodeCache({
    dist,
    name: 'corral-shim',
    args: ['-namespace', 'cache', '-id', 'cache', '-address', join(dir, 'none.sock'), '-socket', socket],
    env: { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin', ...shimEnv },
    cwd: dir,
    drive: async () => {
      const deadline = Date.now() + 20_000;
      let client;
      while (!client) {
        client = await dial(`unix://${socket}`, { timeoutMs: 1000 }).catch((err) => {
          if (Date.now() > deadline) throw err;
          return undefined;
        });
        if (!client) await sleep(20);
      }
      const task = client.service(TaskService);
      await task.connect({ id: 'cache' }, { timeoutMs: 5000 });
      await task.shutdown({ id: 'cache', now: true }, { timeoutMs: 5000 }).catch(() => undefined);
      await client.close();
    },
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
