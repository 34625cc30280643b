// m3: memory with N running `sleep` containers, one peer at a time: RSS/PSS/USS of every shim
// (corral-shim, containerd-shim-runc-v2, podman's conmon) from smaps_rollup, median per shim; and
// the daemon's (corrald, containerd) RSS/PSS idle, with the N, and after they were removed. Each
// daemon is restarted first, so "idle" is a fresh daemon, not one the earlier measures warmed up.
// corral runs a second time with all N in one shim group (annotation io.containerd.runc.v2.group):
// one shim serves them all, so its memory is shared by N and is reported per container.
import { setTimeout as sleep } from 'node:timers/promises';
import { waitFor } from '@corral/test-utils';
import { memoryOf } from '../proc.js';
import { pool } from '../turns.js';

export const title = 'memory with N running containers';

/** Memory settles a little after starts and removals (GC, shims leaving). */
const settleMs = 2_000;

const perShim = (pids) => pids.map((pid) => memoryOf(pid));

/** `group`: the shim group all `count` containers join; undefined, one shim each. */
async function corralSide(corrald, count, par, group) {
  await corrald.kill('SIGTERM');
  await corrald.start();
  await sleep(settleMs);
  const idle = memoryOf(corrald.pid);
  const annotations = group ? { 'io.containerd.runc.v2.group': group } : {};
  const ids = [];
  await pool(Array.from({ length: count }), par, async () => {
    const { containerId } = await corrald.client.runtime.createContainer({
      config: { image: { image: 'busybox' }, command: ['sleep', '1000'], annotations },
    });
    ids.push(containerId);
    await corrald.client.runtime.startContainer({ containerId });
  });
  await sleep(settleMs);
  const shims = perShim(corrald.shims().map((s) => s.pid));
  const loaded = memoryOf(corrald.pid);
  await pool(ids, par, (containerId) => corrald.client.runtime.removeContainer({ containerId, force: true }));
  await waitFor(() => corrald.shims().length === 0, { timeoutMs: 30_000, what: 'corral shims to leave' });
  await sleep(settleMs);
  return { shims, daemon: { idle, loaded, after: memoryOf(corrald.pid) } };
}

async function containerdSide(ctd, count, par) {
  await ctd.restart();
  await sleep(settleMs);
  const idle = memoryOf(ctd.pid);
  const ids = Array.from({ length: count }, (_, i) => `m3-${process.pid}-${i}`);
  await pool(ids, par, (id) => ctd.ctr(['run', '-d', ctd.image, id, 'sleep', '1000'], { check: true }));
  await sleep(settleMs);
  const shims = perShim(ctd.shims().map((s) => s.pid));
  const loaded = memoryOf(ctd.pid);
  await pool(ids, par, async (id) => {
    await ctd.ctr(['tasks', 'rm', '-f', id], { check: true });
    await ctd.ctr(['containers', 'rm', id], { check: true });
  });
  await waitFor(() => ctd.shims().length === 0, { timeoutMs: 30_000, what: 'runc shims to leave' });
  await sleep(settleMs);
  return { shims, daemon: { idle, loaded, after: memoryOf(ctd.pid) } };
}

async function podmanSide(podman, count, par) {
  const ids = Array.from({ length: count }, (_, i) => `m3-${process.pid}-${i}`);
  await pool(ids, par, (id) =>
    podman.podman(['run', '-d', '--name', id, ...podman.runFlags(), podman.image, 'sleep', '1000']),
  );
  await sleep(settleMs);
  const shims = perShim(podman.conmons());
  await podman.podman(['rm', '-f', '-t', '0', ...ids], { timeoutMs: 300_000 });
  return { shims };
}

export async function measure(env, sizes) {
  const count = sizes.memoryCount;
  const par = sizes.manyConcurrency;
  const corrald = await env.corrald();
  const ctd = await env.containerd();
  const podman = await env.podman();
  const corralShims = await corralSide(corrald, count, par);
  const grouped = await corralSide(corrald, count, par, `m3-${process.pid}`);
  const sides = {
    'corral-shim': corralShims,
    'containerd-shim-runc-v2': await containerdSide(ctd, count, par),
  };
  if (!podman.unavailable) sides.conmon = await podmanSide(podman, count, par);
  const samples = {};
  const counts = {};
  for (const [name, side] of Object.entries(sides)) {
    counts[name] = side.shims.length;
    for (const key of ['rss', 'pss', 'uss'])
      samples[`${name} ${key.toUpperCase()}`] = side.shims.map((m) => m[key]);
  }
  // Expected: one shim serving all `count`; should there be more, each serves count / found.
  counts['corral-shim grouped'] = grouped.shims.length;
  const served = count / grouped.shims.length;
  for (const key of ['rss', 'pss', 'uss'])
    samples[`corral-shim grouped ${key.toUpperCase()} per container`] = grouped.shims.map(
      (m) => m[key] / served,
    );
  for (const [name, side] of [
    ['corrald', sides['corral-shim']],
    ['containerd', sides['containerd-shim-runc-v2']],
  ]) {
    for (const phase of ['idle', 'loaded', 'after']) {
      const label = { idle: 'idle', loaded: `with ${count}`, after: 'after removal' }[phase];
      samples[`${name} RSS ${label}`] = [side.daemon[phase].rss];
      samples[`${name} PSS ${label}`] = [side.daemon[phase].pss];
    }
  }
  samples[`corrald RSS with ${count}, grouped`] = [grouped.daemon.loaded.rss];
  const cmp = (what, corral, peer, target) => ({ what, corral, peer, ...(target ? { target } : {}) });
  return {
    title: `memory with ${count} running containers (kB)`,
    unit: 'kB',
    samples,
    extra: { shimsFound: counts },
    comparisons: [
      cmp(`shim PSS at ${count}`, 'corral-shim PSS', 'containerd-shim-runc-v2 PSS', { ratio: 1 }),
      cmp(`shim RSS at ${count}`, 'corral-shim RSS', 'containerd-shim-runc-v2 RSS'),
      cmp(`shim USS at ${count}`, 'corral-shim USS', 'containerd-shim-runc-v2 USS'),
      cmp(`shim PSS at ${count} vs conmon`, 'corral-shim PSS', 'conmon PSS'),
      cmp(
        `shim PSS per container at ${count}, one group`,
        'corral-shim grouped PSS per container',
        'containerd-shim-runc-v2 PSS',
        { ratio: 1 },
      ),
      cmp(
        `shim RSS per container at ${count}, one group`,
        'corral-shim grouped RSS per container',
        'containerd-shim-runc-v2 RSS',
      ),
      cmp(
        `shim USS per container at ${count}, one group`,
        'corral-shim grouped USS per container',
        'containerd-shim-runc-v2 USS',
      ),
      cmp('daemon RSS idle', 'corrald RSS idle', 'containerd RSS idle', { ratio: 1 }),
      cmp(`daemon RSS with ${count}`, `corrald RSS with ${count}`, `containerd RSS with ${count}`, {
        ratio: 1,
      }),
      cmp('daemon RSS after removal', 'corrald RSS after removal', 'containerd RSS after removal', {
        ratio: 1,
      }),
    ],
    notes: [
      `shims found: ${Object.entries(counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
      ...(grouped.shims.length === 1 ? [] : [`one shim group but ${grouped.shims.length} shims found`]),
      ...(podman.unavailable ? [`podman skipped: ${podman.unavailable}`] : []),
    ],
  };
}
