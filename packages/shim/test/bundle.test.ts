// The shipped binary, dist/corral-shim.cjs (the loader) and what it compiles, as scripts/bundle.js
// leaves them after `npm run build`.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TaskService } from '@corral/api';
import { probeCodeCache } from '@corral/bundler';
import { defer, isAlive, killPid, tempDir, uniqueId, waitFor } from '@corral/test-utils';
import { dial } from '@corral/ttrpc';
import { droppedEnvNames, shimEnv } from '../src/tuning.js';
import { shimVersion } from '../src/version.js';

const dist = fileURLToPath(new URL('..', import.meta.url));
/** Inherited, this would stop any node at once; the bundle's #! line must drop it. */
const poisonedEnv = { ...process.env, NODE_OPTIONS: '--require /nonexistent/corral-poison.cjs' };
const shipped = [
  'corral-shim.cjs',
  'corral-shim-bundle.cjs',
  'corral-shim-bundle.v8cache',
  'corral_sys.node',
];

test('the bundle runs straight from its #! line, whatever NODE_OPTIONS the caller has', () => {
  const r = spawnSync(join(dist, 'corral-shim.cjs'), ['-v'], { env: poisonedEnv, encoding: 'utf8' });
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, `corral-shim ${shimVersion}\n`);
  assert.equal(r.status, 0);
});

test('a fresh node accepts the code cache the build made', () => {
  const r = probeCodeCache(join(dist, 'corral-shim.cjs'));
  assert.equal(r.stdout, 'false', r.stderr);
});

test('a copy of the bundle with corral_sys.node beside it serves, with no node_modules in reach', async (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'bin'));
  for (const f of shipped) copyFileSync(join(dist, f), join(dir, 'bin', f));
  const bundle = join(dir, 'bundle');
  mkdirSync(bundle);
  const id = uniqueId('bundle');
  const socket = join(dir, 's.sock');
  const args = ['-namespace', 'corral-unit', '-id', id, '-address', join(dir, 'c.sock'), '-socket', socket];
  const shim = spawn(join(dir, 'bin', 'corral-shim.cjs'), args, {
    cwd: bundle,
    env: poisonedEnv,
    stdio: 'ignore',
  });
  const pid = shim.pid ?? 0;
  defer(t, () => killPid(pid));
  const exited = new Promise((resolve) => shim.once('exit', resolve));

  const client = await waitFor(() => dial(socket), { what: 'the bundled shim to serve' });
  defer(t, () => client.close());
  const task = client.service(TaskService);
  assert.equal((await task.connect({ id })).shimPid, pid);
  // It serves only after setChildSubreaper, its native addon's first call: the addon beside it loaded.
  assert.match(readFileSync(join(bundle, 'shim.log'), 'utf8'), /"msg":"serving"/);
  const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
  for (const name of droppedEnvNames) assert.ok(!environ.some((e) => e.startsWith(`${name}=`)), name);
  for (const [k, v] of Object.entries(shimEnv)) assert.ok(environ.includes(`${k}=${v}`), k);

  await task.shutdown({ id }).catch(() => undefined);
  await exited;
  assert.equal(isAlive(pid), false);
});
