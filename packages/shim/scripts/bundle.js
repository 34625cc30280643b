// Bundles the shim into one file, dist/corral-shim.mjs, after tsc (DESIGN.md: "shipped as one
// bundled file"). esbuild inlines everything but node: built-ins and the native addon, which is
// copied beside the bundle (src/bin/corral-shim-bundle.ts points @corral/sys at it). Each action's
// modules stay behind a dynamic import, which esbuild turns into a lazily run wrapper: `start` and
// `delete` never run the serving shim's code. What the shim loads, and why it is cheap, is in
// docs/decisions.md ("Shim start time and memory").
import { chmodSync, copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const pkg = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(pkg, 'dist');
const outfile = join(dist, 'corral-shim.mjs');
const require = createRequire(import.meta.url);
const { shimNodeFlags } = await import(join(dist, 'src', 'node-flags.js'));

/**
 * The shim's dependencies import `@corral/api` (the whole surface); in the shim that name means
 * `@corral/api/task`, which holds the same exports minus corral.v1, whose generated code is as
 * big again and which no shim uses. A name missing from it fails this build.
 */
const apiTaskOnly = {
  name: 'corral-api-task-only',
  setup(b) {
    const task = require.resolve('@corral/api/task');
    b.onResolve({ filter: /^@corral\/api$/ }, () => ({ path: task }));
  },
};

await build({
  entryPoints: [join(dist, 'src', 'bin', 'corral-shim-bundle.js')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Minified: a third of the size to read and parse on every start, and no comment can carry a
  // non-ASCII character (one makes V8 hold the whole source as UTF-16, twice the memory).
  minify: true,
  keepNames: true,
  legalComments: 'none',
  charset: 'ascii',
  plugins: [apiTaskOnly],
  banner: {
    // env -S: the serving shim's V8 flags when the bundle is exec'd directly (corrald, containerd).
    // The CommonJS dependencies (protobufjs, pino) call require() for built-ins.
    js: [
      `#!/usr/bin/env -S node ${shimNodeFlags.join(' ')}`.trimEnd(),
      "import { createRequire as __corralCreateRequire } from 'node:module';",
      'const require = __corralCreateRequire(import.meta.url);',
    ].join('\n'),
  },
  logLevel: 'warning',
});

const code = readFileSync(outfile);
const nonAscii = code.findIndex((byte) => byte > 0x7f);
if (nonAscii !== -1) {
  throw new Error(`${outfile}: non-ASCII byte at offset ${nonAscii}; V8 would keep the source as UTF-16`);
}
chmodSync(outfile, 0o755);
// @corral/sys resolves to <package>/dist/src/index.js; node-gyp's output is <package>/build/Release.
const sysPackage = join(dirname(require.resolve('@corral/sys')), '..', '..');
copyFileSync(join(sysPackage, 'build', 'Release', 'corral_sys.node'), join(dist, 'corral_sys.node'));
