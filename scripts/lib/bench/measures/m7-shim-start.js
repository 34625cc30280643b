// m7: shim start → first RPC answered, scripts/shim-startup's method: `<shim> … start` spawned as
// containerd spawns it until the serving shim answers Connect on the address `start` printed
// (corral-shim and containerd-shim-runc-v2), and `corral-shim -socket PATH` (corrald's path) until
// Connect answers; then the first Create + Start of a busybox container through it, and teardown.
// The serving shim's CPU until Connect comes from /proc/<pid>/task/*/schedstat. In turns.
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventsService, envNames } from '@corral/api';
import { Server } from '@corral/ttrpc';
import { ensureBusyboxRootfs, killPid, pidsWithArgv, removeTempDir, which } from '@corral/test-utils';
import { runShimOnce, shimEnvFor } from '../../shim-once.js';
import { onCleanup } from '../cleanup.js';
import { inTurns } from '../turns.js';

export const title = 'shim start → first RPC answered';

const namespace = 'corral-bench';

export async function measure(env, sizes) {
  const corralShim = createRequire(import.meta.url).resolve('@corral/shim/bin');
  const runcShim = which('containerd-shim-runc-v2');
  const dir = mkdtempSync(join(tmpdir(), 'cb-shim-'));
  onCleanup(`shim dir ${dir}`, () => {
    // A shim whose run failed half-way still names the dir (its -address): by pid, before the dir goes.
    for (const pid of pidsWithArgv(dir)) killPid(pid);
    removeTempDir(dir);
  });
  const rootfs = ensureBusyboxRootfs();
  // What containerd hands a shim: its env minus Node's settings, and where events go.
  const shimEnv = shimEnvFor(join(dir, 'ev.sock'));
  const events = new Server().register(EventsService, { forward: () => ({}) });
  await events.listen(shimEnv[envNames.ttrpcAddress]);
  onCleanup('shim events server', () => events.close().catch(() => undefined));
  let n = 0;

  function once(shim, how) {
    const id = `m7-${process.pid}-${n++}`;
    return runShimOnce({
      shim,
      how,
      dir,
      namespace,
      id,
      env: shimEnv,
      rootfs,
      // containerd's runc shim exits without a reader on the bundle's log FIFO: be that reader.
      drainLog: shim !== corralShim,
      register: (cleanup) => onCleanup(`shim ${id}`, cleanup),
    });
  }

  const ways = {
    'corral-shim start': () => once(corralShim, 'start'),
    'corral-shim -socket': () => once(corralShim, 'socket'),
    ...(runcShim ? { 'containerd-shim-runc-v2 start': () => once(runcShim, 'start') } : {}),
  };
  const raw = await inTurns(sizes.shimRuns, ways);
  const samples = {};
  for (const [k, rs] of Object.entries(raw)) {
    samples[`${k} → Connect`] = rs.map((r) => r.connectMs);
    samples[`${k}: shim CPU until Connect`] = rs.map((r) => r.connectCpuMs);
    samples[`${k}: first Create + Start`] = rs.map((r) => r.createStartMs);
  }
  const rv = 'containerd-shim-runc-v2 start';
  return {
    unit: 'ms',
    samples,
    comparisons: [
      {
        what: 'shim start → Connect (containerd path)',
        corral: 'corral-shim start → Connect',
        peer: `${rv} → Connect`,
      },
      {
        what: 'shim -socket → Connect (corrald path) vs runc shim start',
        corral: 'corral-shim -socket → Connect',
        peer: `${rv} → Connect`,
      },
      {
        what: 'serving shim CPU until Connect',
        corral: 'corral-shim -socket: shim CPU until Connect',
        peer: `${rv}: shim CPU until Connect`,
      },
      {
        what: 'first Create + Start through the shim',
        corral: 'corral-shim -socket: first Create + Start',
        peer: `${rv}: first Create + Start`,
      },
    ],
    notes: ['conmon has no RPC of this kind: not compared'],
  };
}
