// m6b: ExecSync latency of `true` in a running container: corral's ExecSync through the API and
// `corral exec` (CLI), `ctr tasks exec`, `podman exec`; in turns, after one warm-up each.
import { toInt64 } from '@corral/api';
import { runCli } from '../peers/corrald.js';
import { inTurns, timed } from '../turns.js';

export const title = 'exec of `true` in a running container';

export async function measure(env, sizes) {
  const corrald = await env.corrald();
  const ctd = await env.containerd();
  const podman = await env.podman();
  const c = corrald.client;
  const { containerId } = await c.runtime.createContainer({
    config: { image: { image: 'busybox' }, command: ['sleep', '1000'] },
  });
  await c.runtime.startContainer({ containerId });
  const ctrId = `m6x-${process.pid}`;
  await ctd.ctr(['run', '-d', ctd.image, ctrId, 'sleep', '1000'], { check: true });
  const podmanId = `m6x-${process.pid}`;
  if (!podman.unavailable) {
    await podman.podman([
      'run',
      '-d',
      '--name',
      podmanId,
      ...podman.runFlags(),
      podman.image,
      'sleep',
      '1000',
    ]);
  }
  let n = 0;
  const ways = {
    'corral ExecSync (API)': () =>
      timed(async () => {
        const r = await c.runtime.execSync({ containerId, cmd: ['true'], timeout: toInt64(30) });
        if (r.exitCode !== 0) throw new Error(`ExecSync true: exit ${r.exitCode}`);
      }),
    'corral exec (CLI)': () => timed(() => runCli(corrald.host, ['exec', containerId, 'true'])),
    'ctr tasks exec': () =>
      timed(() => ctd.ctr(['tasks', 'exec', '--exec-id', `e${n++}`, ctrId, 'true'], { check: true })),
    ...(podman.unavailable
      ? {}
      : { 'podman exec': () => timed(() => podman.podman(['exec', podmanId, 'true'])) }),
  };
  const samples = await inTurns(sizes.execRuns, ways);
  await c.runtime.removeContainer({ containerId, force: true });
  await ctd.ctr(['tasks', 'rm', '-f', ctrId], { check: true });
  await ctd.ctr(['containers', 'rm', ctrId], { check: true });
  if (!podman.unavailable) await podman.podman(['rm', '-f', '-t', '0', podmanId]);
  return {
    unit: 'ms',
    samples,
    comparisons: [
      { what: 'exec true: API vs ctr', corral: 'corral ExecSync (API)', peer: 'ctr tasks exec' },
      { what: 'exec true: CLI vs ctr', corral: 'corral exec (CLI)', peer: 'ctr tasks exec' },
      { what: 'exec true: API vs podman', corral: 'corral ExecSync (API)', peer: 'podman exec' },
    ],
    notes: podman.unavailable ? [`podman skipped: ${podman.unavailable}`] : [],
  };
}
