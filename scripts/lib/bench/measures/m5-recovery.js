// m5: recovery after kill -9 of the daemon with N running containers. corrald: SIGKILL, spawn
// again, then time until it serves (Version answers) and until every one of the N reports its true
// status (ListContainers + ContainerStatus: running, with the pid it had); Status.last_recovery
// gives the recovery pass's own duration. containerd the same way: SIGKILL, start, until
// `ctr version` answers and until `ctr tasks ls` shows all N RUNNING with their pids. Several
// restarts of the same N, in turns.
import { corral } from '@corral/api';
import { waitFor } from '@corral/test-utils';
import { pool } from '../turns.js';

export const title = 'recovery after kill -9 with N running';

const S = corral.v1.ContainerState;

async function corralPids(c) {
  const out = new Map();
  const { containers } = await c.runtime.listContainers({});
  await pool(containers ?? [], 8, async (ct) => {
    const { status } = await c.runtime.containerStatus({ containerId: ct.id });
    if (status?.state === S.CONTAINER_RUNNING) out.set(ct.id, status.pid);
  });
  return out;
}

async function ctrPids(ctd) {
  const out = new Map();
  const { stdout } = await ctd.ctr(['tasks', 'ls'], { check: true });
  for (const line of stdout.split('\n').slice(1)) {
    const [id, pid, status] = line.trim().split(/\s+/);
    if (status === 'RUNNING') out.set(id, Number(pid));
  }
  return out;
}

const same = (a, b) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

export async function measure(env, sizes) {
  const count = sizes.recoveryCount;
  const par = sizes.manyConcurrency;
  const corrald = await env.corrald();
  const ctd = await env.containerd();
  const c = corrald.client;
  const ids = Array.from({ length: count }, (_, i) => `m5-${process.pid}-${i}`);
  const made = [];
  await pool(ids, par, async () => {
    const { containerId } = await c.runtime.createContainer({
      config: { image: { image: 'busybox' }, command: ['sleep', '100000'] },
    });
    made.push(containerId);
    await c.runtime.startContainer({ containerId });
  });
  await pool(ids, par, (id) => ctd.ctr(['run', '-d', ctd.image, id, 'sleep', '100000'], { check: true }));
  const corralBefore = await corralPids(c);
  const ctrBefore = await ctrPids(ctd);
  if (corralBefore.size !== count || ctrBefore.size !== count) {
    throw new Error(
      `running before the kill: corral ${corralBefore.size}, containerd ${ctrBefore.size} of ${count}`,
    );
  }
  const samples = {
    'corrald spawn → all true status': [],
    'corrald spawn → serving': [],
    'corrald recovery pass (last_recovery)': [],
    'containerd start → all true status': [],
    'containerd start → serving': [],
  };
  for (let r = 0; r < sizes.recoveryRestarts; r++) {
    await corrald.kill('SIGKILL');
    const t0 = performance.now();
    const serveMs = await corrald.start();
    await waitFor(async () => same(await corralPids(c), corralBefore), {
      timeoutMs: 120_000,
      intervalMs: 5,
      what: `all ${count} corral containers running with their pids`,
    });
    samples['corrald spawn → all true status'].push(performance.now() - t0);
    samples['corrald spawn → serving'].push(serveMs);
    const last = (await c.runtime.status({})).lastRecovery;
    samples['corrald recovery pass (last_recovery)'].push(Number(last?.durationNs ?? NaN) / 1e6);

    await ctd.kill9();
    const t1 = performance.now();
    await ctd.start();
    const ctdServeMs = performance.now() - t1;
    await waitFor(async () => same(await ctrPids(ctd), ctrBefore), {
      timeoutMs: 120_000,
      intervalMs: 5,
      what: `all ${count} containerd tasks running with their pids`,
    });
    samples['containerd start → all true status'].push(performance.now() - t1);
    samples['containerd start → serving'].push(ctdServeMs);
  }
  await pool(made, par, (containerId) => c.runtime.removeContainer({ containerId, force: true }));
  await pool(ids, par, async (id) => {
    await ctd.ctr(['tasks', 'rm', '-f', id], { check: true });
    await ctd.ctr(['containers', 'rm', id], { check: true });
  });
  return {
    title: `recovery after kill -9 with ${count} running`,
    unit: 'ms',
    samples,
    comparisons: [
      {
        what: `kill -9, restart → all ${count} true status`,
        corral: 'corrald spawn → all true status',
        peer: 'containerd start → all true status',
        target: { max: 1000 },
      },
      {
        what: 'kill -9, restart → serving',
        corral: 'corrald spawn → serving',
        peer: 'containerd start → serving',
      },
      {
        what: `recovery pass of ${count} (Status.last_recovery)`,
        corral: 'corrald recovery pass (last_recovery)',
        target: { max: 1000 },
      },
    ],
    notes: [
      `${sizes.recoveryRestarts} restart(s) of each; "serving": corrald answers Version, containerd answers \`ctr version\` (the harness polls every 20 ms)`,
    ],
  };
}
