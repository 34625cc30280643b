// Bundles the shim into one file, dist/corral-shim.mjs, after tsc (DESIGN.md: "shipped as one
// bundled file"). esbuild inlines everything but Node's built-ins and the native addon, which is
// copied beside the bundle (@corral/sys looks for it beside its own module first). Each action's
// modules stay behind a dynamic import, which esbuild turns into a lazily run wrapper: `start` and
// `delete` never run the serving shim's code (Node's built-ins are another matter: esbuild hoists
// their imports, so every action loads them all). What each step here buys is measured in
// docs/decisions.md ("Shim start time and memory").
import { chmodSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const pkg = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(pkg, 'dist');
const outfile = join(dist, 'corral-shim.mjs');
const require = createRequire(import.meta.url);
const { droppedEnvNames, shimEnv } = await import(join(dist, 'src', 'tuning.js'));

/**
 * Should a dependency import `@corral/api` (the whole surface; @corral/ttrpc and the shim itself
 * import `@corral/api/task`), in the shim that name means
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
  entryPoints: [join(dist, 'src', 'bin', 'corral-shim.js')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Minified: less than half the size to read and compile on every start and to keep in memory,
  // and no comment can carry a non-ASCII character (one makes V8 hold the whole source as UTF-16,
  // twice the memory). Names are not kept (esbuild's keepNames costs ~0.7 MB per shim); the source
  // map beside the bundle maps a stack trace back (node --enable-source-maps, or offline).
  minify: true,
  legalComments: 'none',
  charset: 'ascii',
  sourcemap: 'linked',
  sourcesContent: false,
  plugins: [apiTaskOnly],
  // The CommonJS dependencies (protobufjs, pino) call require() for built-ins.
  banner: {
    js: [
      "import { createRequire as __corralCreateRequire } from 'node:module';",
      'const require = __corralCreateRequire(import.meta.url);',
    ].join('\n'),
  },
  logLevel: 'warning',
});

// The entry's `#!/usr/bin/env node` becomes the shim's own: for whoever execs the bundle
// (containerd, corrald, callers of `start`), env -S drops the inherited Node settings and sets the
// shim's before node starts (src/tuning.ts).
const shebang = [
  '#!/usr/bin/env -S',
  ...droppedEnvNames.map((name) => `-u ${name}`),
  ...Object.entries(shimEnv).map(([name, value]) => `${name}=${value}`),
  'node',
].join(' ');
if (shebang.length >= 256) throw new Error(`${shebang}: longer than the 255 bytes Linux reads of a #! line`);
const code = readFileSync(outfile, 'latin1');
// Replaced line for line, so the source map stays right.
if (!code.startsWith('#!')) throw new Error(`${outfile}: esbuild kept no #! line from the entry`);
const body = code.slice(code.indexOf('\n') + 1);
const nonAscii = body.search(/[^\x00-\x7f]/);
if (nonAscii !== -1) {
  throw new Error(`${outfile}: non-ASCII byte at offset ${nonAscii}; V8 would keep the source as UTF-16`);
}
writeFileSync(outfile, `${shebang}\n${body}`, 'latin1');
chmodSync(outfile, 0o755);
// @corral/sys resolves to <package>/dist/src/index.js; node-gyp's output is <package>/build/Release.
const sysPackage = join(dirname(require.resolve('@corral/sys')), '..', '..');
copyFileSync(join(sysPackage, 'build', 'Release', 'corral_sys.node'), join(dist, 'corral_sys.node'));
