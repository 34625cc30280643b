// m1: one container end to end, `run --rm … true`, every way in turns on the same busybox:
// corral through @corral/client (create + start + wait + remove on one connection), the corral CLI
// as a user runs it (`corral run --rm busybox true`, a fresh node process), `ctr run --rm`,
// `podman run --rm`, and the floor: `runc run` / `crun run` of a bundle on the same rootfs.
import { runCli } from '../peers/corrald.js';
import { timed, inTurns } from '../turns.js';

export const title = 'run --rm true, end to end';

/** One container through the API: create, start, wait, remove. */
export async function runRmApi(client, command = ['true']) {
  const { containerId } = await client.runtime.createContainer({
    config: { image: { image: 'busybox' }, command },
  });
  await client.runtime.startContainer({ containerId });
  const { exitCode } = await client.runtime.waitContainer({ containerId });
  await client.runtime.removeContainer({ containerId });
  if (exitCode !== 0) throw new Error(`corral container exited ${exitCode}`);
}

export async function measure(env, sizes) {
  const corrald = await env.corrald();
  const ctd = await env.containerd();
  const podman = await env.podman();
  const bundles = env.bundles();
  const bundle = bundles.bundle('true', ['true']);
  let n = 0;
  const ways = {
    'corral API': () => timed(() => runRmApi(corrald.client)),
    'corral CLI': () => timed(() => runCli(corrald.host, ['run', '--rm', 'busybox', 'true'])),
    'ctr run --rm': () =>
      timed(() => ctd.ctr(['run', '--rm', ctd.image, `m1-${process.pid}-${n++}`, 'true'], { check: true })),
    ...(podman.unavailable
      ? {}
      : {
          'podman run --rm': () =>
            timed(() => podman.podman(['run', '--rm', ...podman.runFlags(), podman.image, 'true'])),
        }),
    'runc run': () => timed(() => bundles.run('runc', bundle)),
    'crun run': () => timed(() => bundles.run('crun', bundle)),
  };
  const samples = await inTurns(sizes.runRmRuns, ways);
  return {
    unit: 'ms',
    samples,
    comparisons: [
      {
        what: 'run --rm true: API vs ctr',
        corral: 'corral API',
        peer: 'ctr run --rm',
        target: { ratio: 0.5 },
      },
      {
        what: 'run --rm true: CLI vs ctr',
        corral: 'corral CLI',
        peer: 'ctr run --rm',
        target: { ratio: 0.8 },
      },
      { what: 'run --rm true: API vs podman', corral: 'corral API', peer: 'podman run --rm' },
      { what: 'run --rm true: API vs runc run (floor)', corral: 'corral API', peer: 'runc run' },
      { what: 'run --rm true: API vs crun run (floor)', corral: 'corral API', peer: 'crun run' },
    ],
    notes: podman.unavailable ? [`podman skipped: ${podman.unavailable}`] : [],
  };
}
