// m1b: where `run --rm true`'s time goes, each piece timed on its own, in turns. The CLI's share:
// a bare `node -e 0` (the same env: NODE_EXTRA_CA_CERTS, if set, costs every node CLI start), the
// CLI loading all its modules and printing its version (no daemon), and `corral version` (+ connect
// + one call). The daemon's share, through the API on a fresh connection: connect, CreateContainer
// (snapshot, bundle, shim start, runc create), StartContainer (runc start), WaitContainer (exit
// learned from the shim), RemoveContainer (task delete, shim shutdown, snapshot removal). m7 splits
// the shim's part (start → Connect, Create + Start through it).
import { connect } from '@corral/client';
import { cliEnv, corralBin, runCli } from '../peers/corrald.js';
import { run } from '../proc.js';
import { inTurns, timed } from '../turns.js';

export const title = 'run --rm true, broken down';

async function apiPhases(corrald) {
  const t = [performance.now()];
  const c = await connect({ socket: corrald.socket, env: {} });
  try {
    t.push(performance.now());
    const { containerId } = await c.runtime.createContainer({
      config: { image: { image: 'busybox' }, command: ['true'] },
    });
    t.push(performance.now());
    await c.runtime.startContainer({ containerId });
    t.push(performance.now());
    await c.runtime.waitContainer({ containerId });
    t.push(performance.now());
    await c.runtime.removeContainer({ containerId });
    t.push(performance.now());
  } finally {
    await c.close();
  }
  const d = (i) => t[i + 1] - t[i];
  return { connect: d(0), create: d(1), start: d(2), wait: d(3), remove: d(4), total: t[5] - t[0] };
}

export async function measure(env, sizes) {
  const corrald = await env.corrald();
  const cli = cliEnv(corrald.host);
  const ways = {
    'node -e 0': () => timed(() => run(process.execPath, ['-e', '0'], { env: cli })),
    'corral --version (CLI start, no daemon)': () => timed(() => runCli(corrald.host, ['--version'])),
    'corral version (+ connect + Version)': () => timed(() => runCli(corrald.host, ['version'])),
    'corral run --rm busybox true': () =>
      timed(() => runCli(corrald.host, ['run', '--rm', 'busybox', 'true'])),
    api: () => apiPhases(corrald),
  };
  const raw = await inTurns(sizes.breakdownRuns, ways);
  const samples = {};
  for (const [k, xs] of Object.entries(raw)) {
    if (k !== 'api') samples[k] = xs;
  }
  for (const phase of ['connect', 'create', 'start', 'wait', 'remove', 'total']) {
    samples[`API ${phase}`] = raw.api.map((r) => r[phase]);
  }
  return {
    unit: 'ms',
    samples,
    comparisons: [],
    notes: [
      `the CLI: ${corralBin}`,
      `NODE_EXTRA_CA_CERTS ${process.env.NODE_EXTRA_CA_CERTS ? `is set (${process.env.NODE_EXTRA_CA_CERTS}): every node start parses those certificates` : 'is not set'}`,
      'API create = image snapshot + bundle + shim spawn until it answers + runc create; see m7 for the shim alone',
    ],
  };
}
