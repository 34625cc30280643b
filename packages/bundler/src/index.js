// How corral's programs are shipped for start time (docs/decisions.md: "Shim start time and memory",
// "CLI start time", "corrald start time"): the tsc output of a program and everything it imports
// but Node's built-ins as one minified, ASCII-only CommonJS file, run by a small loader that
// compiles it with a V8 code cache made at build time by running it once. The CLI, corrald and the
// shim are built with it; each package's scripts/bundle.js says what its warm-up run is.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const loaderSource = fileURLToPath(new URL('./loader.cjs', import.meta.url));

/**
 * The files of a program `name` in `dist`: `<name>.cjs` (the loader: what is run, linked, exec'd),
 * `<name>-bundle.cjs` and `<name>-bundle.v8cache` (what it compiles).
 */
export function programFiles(dist, name) {
  return {
    loader: join(dist, `${name}.cjs`),
    bundle: join(dist, `${name}-bundle.cjs`),
    cache: join(dist, `${name}-bundle.v8cache`),
  };
}

/**
 * Bundles `entry` into `<dist>/<name>-bundle.cjs` and puts the loader beside it as `<name>.cjs`,
 * with `shebang` as its `#!` line if given. `plugins`, `external`: esbuild's.
 */
export async function bundleProgram({
  entry,
  dist,
  name,
  shebang,
  plugins = [],
  // ws's optional native helpers: required at run time if installed, as without a bundle.
  external = ['bufferutil', 'utf-8-validate'],
}) {
  const files = programFiles(dist, name);
  // A cache left from an older bundle must never meet a new one (V8 checks only the source's length).
  rmSync(files.cache, { force: true });
  await build({
    entryPoints: [entry],
    outfile: files.bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Minified: less than half the source to read, to compile or check against the cache, and to
    // keep in the heap (V8 keeps every script's source). Names are not kept (esbuild's keepNames
    // costs ~0.7 MB of heap); the source map beside the bundle maps stack traces back.
    minify: true,
    legalComments: 'none',
    charset: 'ascii',
    sourcemap: 'linked',
    sourcesContent: false,
    // The loader runs the bundle inside a function of this file, so import.meta.url is its URL
    // (@corral/sys finds its addon beside it).
    define: { 'import.meta.url': '__corralBundleUrl' },
    banner: { js: 'var __corralBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    plugins,
    external,
    logLevel: 'warning',
  });
  let code = readFileSync(files.bundle, 'latin1');
  // Inside the loader's function a `#!` line is a syntax error. Blanked, not removed, so the source
  // map's lines stay right.
  if (code.startsWith('#!')) {
    code = code.slice(code.indexOf('\n'));
    writeFileSync(files.bundle, code, 'latin1');
  }
  chmodSync(files.bundle, 0o644);
  // The loader reads the bundle as latin1: a non-ASCII byte would be garbled, and V8 would keep the
  // whole source as UTF-16 (twice the memory).
  const nonAscii = code.search(/[^\x00-\x7f]/);
  if (nonAscii !== -1) throw new Error(`${files.bundle}: non-ASCII byte at offset ${nonAscii}`);
  // A vm.Script has no way to import(): every dynamic import must be one esbuild inlined.
  if (/\bimport\(/.test(code)) throw new Error(`${files.bundle}: a dynamic import() is left in the bundle`);
  if (/\bimport\.meta\b/.test(code)) throw new Error(`${files.bundle}: import.meta is left in the bundle`);

  let loader = readFileSync(loaderSource, 'latin1');
  if (shebang !== undefined) {
    if (shebang.length >= 256)
      throw new Error(`${shebang}: longer than the 255 bytes Linux reads of a #! line`);
    loader = `${shebang}\n${loader.slice(loader.indexOf('\n') + 1)}`;
  }
  writeFileSync(files.loader, loader, 'latin1');
  chmodSync(files.loader, 0o755);
  return files;
}

/**
 * Makes the code cache of a bundled program by running it once through its loader, with `args`,
 * and taking the cache as it exits, so it holds the functions compiled on the way, not only the top
 * level (or just before the program changes a V8 flag, as the serving shim does: V8 rejects a
 * cache made under other flags). The run must exit with `status`; with `stopOn`, it is sent SIGTERM once its stdout
 * matches (a daemon); `drive(child)` may talk to it meanwhile (a server: it must make it exit).
 * It is killed if it takes longer than `timeoutMs`. The run gets no environment but `env` (a V8
 * flag from NODE_OPTIONS would make a cache a plain node rejects), in `cwd`. Checks that a fresh
 * node accepts the cache.
 */
export async function makeCodeCache({
  dist,
  name,
  args,
  status = 0,
  stopOn,
  drive,
  env = {},
  cwd,
  timeoutMs = 30_000,
}) {
  const files = programFiles(dist, name);
  const script = `const loader = require(${JSON.stringify(files.loader)});
const script = loader.compile();
process.argv.splice(1, Infinity, ${JSON.stringify(files.loader)}, ...${JSON.stringify(args)});
let taken = false;
const take = () => {
  if (!taken) require('node:fs').writeFileSync(loader.cacheFile, script.createCachedData());
  taken = true;
};
const v8 = require('node:v8');
const setFlags = v8.setFlagsFromString;
v8.setFlagsFromString = (flags) => (take(), setFlags(flags));
process.once('exit', take);
loader.run(script);`;
  const child = spawn(process.execPath, ['-e', script], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => {
    stdout += chunk;
    if (stopOn !== undefined && stopOn.test(stdout)) child.kill('SIGTERM');
  });
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const closed = new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (c, s) => resolve([c, s]));
  });
  let driveError;
  drive?.(child).catch((err) => {
    driveError = err;
    child.kill('SIGKILL');
  });
  const [code, signal] = await closed.finally(() => clearTimeout(timer));
  const what = `${name}: making the code cache (${args.join(' ')})`;
  if (driveError) throw new Error(`${what}: ${driveError.message}\n${stderr}`, { cause: driveError });
  if (code !== status) throw new Error(`${what}: exit ${code ?? signal}\n${stderr}\n${stdout.slice(-2000)}`);

  const check = probeCodeCache(files.loader);
  if (check.stdout !== 'false') {
    throw new Error(`${files.loader}: V8 rejects the code cache just made (${check.stdout}${check.stderr})`);
  }
}

/**
 * Compiles a program's bundle with its code cache in a fresh node with no environment, as a plain
 * `<name>.cjs` run would: stdout is `false` when V8 accepts the cache (`cachedDataRejected`).
 */
export function probeCodeCache(loader) {
  const r = spawnSync(
    process.execPath,
    [
      '-e',
      `const loader = require(${JSON.stringify(loader)});
const script = loader.compile(require('node:fs').readFileSync(loader.cacheFile));
process.stdout.write(String(script.cachedDataRejected));`,
    ],
    { env: {}, encoding: 'utf8' },
  );
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Copies @corral/sys's native addon into `dist`, where the bundled @corral/sys looks first. */
export function copySysAddon(fromPackageUrl, dist) {
  const require = createRequire(fromPackageUrl);
  // @corral/sys resolves to <package>/dist/src/index.js; node-gyp's output is <package>/build/Release.
  const sysPackage = join(dirname(require.resolve('@corral/sys')), '..', '..');
  copyFileSync(join(sysPackage, 'build', 'Release', 'corral_sys.node'), join(dist, 'corral_sys.node'));
}
