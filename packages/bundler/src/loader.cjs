#!/usr/bin/env node
'use strict';
// A program as it is run (@corral/bundler copies this beside the bundle as `<name>.cjs`): compiles
// `<name>-bundle.cjs` with the V8 code cache the build made beside it, `<name>-bundle.v8cache`, then
// runs it. CommonJS and a vm.Script because Node 20 caches no code of ES modules. A cache this node
// cannot use (another Node version, a V8 flag) is rejected by V8, which then compiles the source.
const { readFileSync } = require('node:fs');
const { Script } = require('node:vm');

// __filename is the real path even when run through a symlink (/usr/local/bin/corral).
const base = __filename.slice(0, -'.cjs'.length);
const filename = `${base}-bundle.cjs`;
const cacheFile = `${base}-bundle.v8cache`;

/** The bundle inside Node's CommonJS wrapper, compiled (with `cachedData` if given). */
function compile(cachedData) {
  // latin1: the bundle is ASCII only (the build checks), and latin1 costs no UTF-8 decoding.
  const source = readFileSync(filename, 'latin1');
  return new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename,
    cachedData,
  });
}

function run(script) {
  const m = { exports: {} };
  script.runInThisContext()(m.exports, require, m, filename, __dirname);
}

// The build requires this file to make the cache (@corral/bundler), with the same compile().
module.exports = { cacheFile, compile, run };

if (require.main === module) {
  if (process.sourceMapsEnabled) {
    // --enable-source-maps: Node's own loader, which maps stack traces back (it maps no vm.Script's).
    require(filename);
  } else {
    let cachedData;
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache: compiled from source.
    }
    run(compile(cachedData));
  }
}
