// Bundles the CLI after tsc, for start time (docs/decisions.md, "CLI start time"). Three files in
// dist/, made together:
//   corral-bundle.cjs      the whole CLI (dist/src/bin/corral.js and everything it imports but
//                          Node's built-ins) as one minified CommonJS module;
//   corral-bundle.v8cache  V8's code cache of it, made here by running it once;
//   corral.cjs             `corral` as users run it (scripts/corral.cjs): compiles the bundle with
//                          that cache and runs it.
// The ideas of packages/shim/scripts/bundle.js (minified, ASCII only, ws's optional addons left
// out), not its code: the shim ships an ES module with its own #! line, the CLI CommonJS behind a
// loader, because Node 20 keeps no code cache for ES modules.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const pkg = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(pkg, 'dist');
const bundle = join(dist, 'corral-bundle.cjs');
const loader = join(dist, 'corral.cjs');

// A cache left from an older bundle must never meet a new one (V8 checks only the source's length).
rmSync(join(dist, 'corral-bundle.v8cache'), { force: true });

await build({
  entryPoints: [join(dist, 'src', 'bin', 'corral.js')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Minified: less than half the source to read, and to compile or check against the cache.
  minify: true,
  legalComments: 'none',
  charset: 'ascii',
  sourcemap: 'linked',
  sourcesContent: false,
  // ws's optional native helpers: required at run time if installed, as without the bundle.
  external: ['bufferutil', 'utf-8-validate'],
  logLevel: 'warning',
});

let code = readFileSync(bundle, 'latin1');
// The loader puts the bundle inside a function, where a `#!` line is a syntax error. Blanked, not
// removed, so the source map's lines stay right.
if (code.startsWith('#!')) {
  code = code.slice(code.indexOf('\n'));
  writeFileSync(bundle, code, 'latin1');
}
chmodSync(bundle, 0o644);
// The loader reads the bundle as latin1: a non-ASCII byte would be garbled (and V8 would keep the
// source as UTF-16).
const nonAscii = code.search(/[^\x00-\x7f]/);
if (nonAscii !== -1) throw new Error(`${bundle}: non-ASCII byte at offset ${nonAscii}`);
// A vm.Script has no way to import(): every dynamic import must be one esbuild inlined.
if (/\bimport\(/.test(code)) throw new Error(`${bundle}: a dynamic import() is left in the bundle`);

copyFileSync(join(pkg, 'scripts', 'corral.cjs'), loader);
chmodSync(loader, 0o755);

/**
 * Runs `script` in a fresh node without the caller's Node or corral settings (a V8 flag would make
 * a cache this node rejects later); it must exit with `status`.
 */
function node(script, what, status = 0) {
  const r = spawnSync(process.execPath, ['-e', script], { env: {}, encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status !== status) throw new Error(`${what}: exit ${r.status ?? r.signal}\n${r.stderr}`);
  return r.stdout;
}

// The cache is taken after a run, so it holds the functions compiled on the way, not only the top
// level: `corral version` against no daemon parses its arguments, makes the client, loads ws and
// fails to dial (exit 125).
node(
  `const loader = require(${JSON.stringify(loader)});
const script = loader.compile();
process.argv.splice(1, Infinity, ${JSON.stringify(loader)}, '-H', 'unix:///nonexistent/corral.sock', 'version');
process.once('exit', () => require('node:fs').writeFileSync(loader.cacheFile, script.createCachedData()));
loader.run(script);`,
  'making the code cache (corral version without a daemon)',
  125,
);
const rejected = node(
  `const loader = require(${JSON.stringify(loader)});
const script = loader.compile(require('node:fs').readFileSync(loader.cacheFile));
process.stdout.write(String(script.cachedDataRejected));`,
  'checking the code cache',
);
if (rejected !== 'false') throw new Error(`${loader}: V8 rejects the code cache just made (${rejected})`);
