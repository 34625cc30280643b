import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

/** What a fresh process that imports only `entry` gets: its export names and the known Any types. */
interface Loaded {
  exports: string[];
  corralTypeKnown: boolean;
  /** Any generated code ran (it fills protobufjs's default root). */
  generatedLoaded: boolean;
  corralLoaded: boolean;
}

function loadAlone(entry: string): Loaded {
  const url = new URL(`../src/${entry}`, import.meta.url).href;
  const script = `
    const m = await import(${JSON.stringify(url)});
    const $protobuf = (await import('protobufjs/minimal.js')).default;
    console.log(JSON.stringify({
      exports: Object.keys(m).sort(),
      corralTypeKnown: m.lookupType?.('corral.v1.ContainerCreate') !== undefined,
      generatedLoaded: $protobuf.roots.default !== undefined,
      corralLoaded: $protobuf.roots.default?.corral !== undefined,
    }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: fileURLToPath(new URL('.', import.meta.url)),
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Loaded;
}

test('@corral/api/task is the full surface minus corral.v1, and loads none of its code', () => {
  const full = loadAlone('index.js');
  const task = loadAlone('task.js');
  assert.equal(full.corralLoaded, true);
  assert.equal(full.corralTypeKnown, true);
  assert.equal(task.generatedLoaded, true);
  assert.equal(task.corralLoaded, false);
  assert.equal(task.corralTypeKnown, false);
  const corralOnly = [
    'EventsApi',
    'ImagesApi',
    'RuntimeApi',
    'corral',
    'corralMethodName',
    'defaultNamespace',
    'namespaceFrameKey',
  ];
  assert.deepEqual(
    task.exports,
    full.exports.filter((name) => !corralOnly.includes(name)),
  );
});

test('@corral/api/core loads no generated code', () => {
  const core = loadAlone('core.js');
  assert.equal(core.generatedLoaded, false);
  assert.ok(core.exports.includes('CorralError') && core.exports.includes('bundleFiles'));
  assert.ok(!core.exports.includes('containerd'));
});
