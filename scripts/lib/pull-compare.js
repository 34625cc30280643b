// See scripts/pull-compare. A measurement, not a test: it prints numbers and asserts nothing.
//
// One private docker-registry on loopback (plain HTTP) holds the three-layer test image (busybox-static,
// a layer adding files, a layer whiting one out) and, with PULL_COMPARE_MB=<n>, a twin whose middle
// layer carries n MiB of random bytes. Each run pulls it into an empty destination, in turns:
//   corral pull           ImageStore.pull in this process (blobs verified, layers scanned: diff_id + entries)
//   corral pull+unpack    the same, then prepareRootfs (layers unpacked for overlayfs), like ctr's pull
//   corral (node proc)    a fresh `node` process doing the corral pull (process start included, as for the CLIs)
//   corrald API           PullImage through @corral/client to a corrald child (what a CRI caller sees);
//                         the image is removed again (untimed) so every run fetches everything
//   corral pull → corrald `corral pull -q` (the bundled CLI, process start included) through that corrald
//   skopeo → oci:         `skopeo copy docker://… oci:<empty dir>` (fetch + verify, no unpack)
//   ctr content fetch     `ctr content fetch --plain-http` into a private containerd (no unpack)
//   ctr images pull       `ctr images pull --plain-http` (fetch + unpack into containerd's snapshotter)
// containerd's content is removed between runs (`ctr images rm --sync`, then `ctr content rm`).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorralClient } from '@corral/client';
import { ImageStore } from '@corral/images';
import { TestRegistry, buildLayeredImage, pushImage, startContainerd, waitFor } from '@corral/test-utils';

const here = dirname(fileURLToPath(import.meta.url));
const corraldBin = resolve(here, '../../packages/daemon/dist/src/bin/corrald.js');
const corralBin = resolve(here, '../../packages/cli/dist/corral.cjs');

const runs = Number(process.argv[2] ?? 10);
const extraMb = Number(process.env.PULL_COMPARE_MB ?? 0);
const imagesEntry = createRequire(import.meta.url).resolve('@corral/images');

const cleanups = [];
/** What the test helpers register their teardown with; run last-first at the end. */
const scope = { after: (fn) => cleanups.push(fn), passed: true };
const dir = mkdtempSync(join(tmpdir(), 'corral-pull-compare-'));
cleanups.push(() => rmSync(dir, { recursive: true, force: true }));

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p90: at(0.9), min: s[0] };
}

function timed(fn) {
  return async () => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
}

function run(cmd, args, env = process.env) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

try {
  const registry = await TestRegistry.start(scope, join(dir, 'registry'));
  const images = [{ name: 'layered', image: await buildLayeredImage(dir, 'layered') }];
  if (extraMb > 0)
    images.push({
      name: `layered+${extraMb}MiB`,
      image: await buildLayeredImage(dir, 'big', { extraBytes: extraMb << 20 }),
    });
  for (const { name, image } of images)
    await pushImage(image, `${registry.host}/bench/${name.replace('+', '-').toLowerCase()}:1`);
  const ctd = await startContainerd(scope, { logLevel: 'warn' });
  const insecure = [`http://${registry.host}`];
  const corrald = await startCorrald(join(dir, 'corrald'), insecure[0]);
  const client = new CorralClient({ socket: corrald.socket, env: {} });
  cleanups.push(() => client.close());
  let n = 0;
  const fresh = (what) => join(dir, `${what}-${n++}`);

  for (const { name, image } of images) {
    const ref = `${registry.host}/bench/${name.replace('+', '-').toLowerCase()}:1`;
    const mb = (image.size / (1 << 20)).toFixed(1);
    const ways = {
      'corral pull': async () => {
        const store = await ImageStore.open(fresh('corral'), { snapshotter: 'overlay' });
        return timed(() => store.pull(ref, { insecureRegistries: insecure }))();
      },
      'corral pull+unpack': async () => {
        const store = await ImageStore.open(fresh('corral-unpack'), { snapshotter: 'overlay' });
        return timed(async () => {
          const rec = await store.pull(ref, { insecureRegistries: insecure });
          await store.prepareRootfs(rec.id, 'bench');
        })();
      },
      'corral (node proc)': async () => {
        const root = fresh('corral-proc');
        const code = `const { ImageStore } = await import(${JSON.stringify(imagesEntry)});
          const s = await ImageStore.open(${JSON.stringify(root)});
          await s.pull(${JSON.stringify(ref)}, { insecureRegistries: ${JSON.stringify(insecure)} });`;
        return timed(() => run(process.execPath, ['--input-type=module', '-e', code]))();
      },
      'corrald API': async () => {
        const ms = await timed(() => client.images.pullImage({ image: { image: ref } }))();
        await client.images.removeImage({ image: { image: ref } });
        return ms;
      },
      'corral pull → corrald': async () => {
        const env = {
          ...process.env,
          CORRAL_HOST: `unix://${corrald.socket}`,
          CORRAL_AUTH_FILE: join(dir, 'no-auth.json'),
        };
        const ms = await timed(() => run(process.execPath, [corralBin, 'pull', '-q', ref], env))();
        await client.images.removeImage({ image: { image: ref } });
        return ms;
      },
      'skopeo → oci:': async () => {
        const dest = fresh('skopeo');
        return timed(() =>
          run('skopeo', ['copy', '--quiet', '--src-tls-verify=false', `docker://${ref}`, `oci:${dest}:x`]),
        )();
      },
      'ctr content fetch': async () => {
        const ms = await timed(() => ctd.ctr(['content', 'fetch', '--plain-http', ref], { check: true }))();
        await clearContainerd(ctd, ref);
        return ms;
      },
      'ctr images pull': async () => {
        const ms = await timed(() => ctd.ctr(['images', 'pull', '--plain-http', ref], { check: true }))();
        await clearContainerd(ctd, ref);
        return ms;
      },
    };
    const times = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
    for (const fn of Object.values(ways)) await fn(); // warm-up: page cache, registry, containerd
    for (let i = 0; i < runs; i++) for (const [k, fn] of Object.entries(ways)) times[k].push(await fn());
    console.log(`\n${name}: 3 layers, ${mb} MiB compressed, ${runs} runs each (ms)`);
    console.log(`${'way'.padEnd(22)}${'median'.padStart(9)}${'p90'.padStart(9)}${'min'.padStart(9)}`);
    for (const [k, xs] of Object.entries(times)) {
      const s = stats(xs);
      console.log(
        `${k.padEnd(22)}${s.median.toFixed(1).padStart(9)}${s.p90.toFixed(1).padStart(9)}${s.min.toFixed(1).padStart(9)}`,
      );
    }
  }
} finally {
  for (const fn of cleanups.reverse()) {
    try {
      await fn();
    } catch (err) {
      console.error(`cleanup: ${err.message}`);
    }
  }
}

/**
 * corrald as a child on a private root, pulls from the test registry over plain HTTP; stopped by
 * pid (SIGTERM, then SIGKILL) at the end.
 */
async function startCorrald(root, insecureRegistry) {
  const socket = join(root, 'state', 'corral.sock');
  const log = openSync(join(dir, 'corrald.log'), 'a');
  const child = spawn(
    process.execPath,
    [
      corraldBin,
      ...['--root', join(root, 'root'), '--state', join(root, 'state'), '--socket', socket],
      ...['--insecure-registry', insecureRegistry, '--auth-file', join(root, 'auth.json')],
      '--log-level',
      'warn',
    ],
    { stdio: ['ignore', log, log] },
  );
  closeSync(log);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  cleanups.push(async () => {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  });
  const probe = new CorralClient({ socket, env: {} });
  await waitFor(
    async () => {
      if (child.exitCode !== null) return 'exited';
      return probe.ready().then(
        () => 'serving',
        () => false,
      );
    },
    { timeoutMs: 60_000, intervalMs: 50, what: 'corrald to serve' },
  ).then((how) => {
    if (how === 'exited') throw new Error(`corrald exited during start-up; see ${dir}/corrald.log`);
  });
  await probe.close();
  return { socket };
}

/** Removes the image and every blob of it, so the next run fetches everything again. */
async function clearContainerd(ctd, ref) {
  await ctd.ctr(['images', 'rm', '--sync', ref]);
  const left = (await ctd.ctr(['content', 'ls', '-q'], { check: true })).stdout.split('\n').filter(Boolean);
  if (left.length > 0) await ctd.ctr(['content', 'rm', ...left], { check: true });
}
