// m6a: a container writes B bytes of 80-byte lines to stdout (`yes … | head -c B`), then a marker
// line, then sleeps. Timed from when bytes and the shim are first seen until the marker is in the
// log file (see timeWrite); the shim's CPU (utime + stime, /proc/<pid>/stat) over the same span.
// corral-shim writes the CRI log; podman's conmon writes the same format (k8s-file); containerd's
// runc shim copies raw stdout into a file (`ctr run --log-uri file://`), no CRI framing.
import { closeSync, mkdtempSync, openSync, readSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { removeTempDir } from '@corral/test-utils';
import { onCleanup } from '../cleanup.js';
import { cpuMsOf } from '../proc.js';

export const title = 'log throughput';

const marker = 'BENCH-END';
const line79 = '0123456789'.repeat(8).slice(0, 79);

/** The last bytes of a file ('' while it does not exist). */
function tail(path, n = 128) {
  let fd;
  try {
    fd = openSync(path, 'r');
  } catch {
    return '';
  }
  try {
    const size = statSync(path).size;
    const buf = Buffer.alloc(Math.min(n, size));
    readSync(fd, buf, 0, buf.length, size - buf.length);
    return buf.toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/**
 * Times the write of `payload` bytes: the window opens at the first poll that sees bytes in the log
 * file and the writing shim (`pidOf`, polled too), and closes when the marker is at the file's end.
 * Bytes already there when it opened are taken off (at the file's payload-to-bytes ratio), so no
 * peer's start-up counts and late notice costs nothing. Call it before the start, so it watches.
 */
async function timeWrite(logPath, pidOf, payload) {
  const deadline = performance.now() + 600_000;
  const size = () => {
    try {
      return statSync(logPath).size;
    } catch {
      return 0;
    }
  };
  let open;
  let pid;
  for (;;) {
    pid ??= await pidOf();
    const bytes = size();
    if (!open && pid && bytes > 0) open = { t: performance.now(), bytes, cpu: cpuMsOf(pid) ?? 0 };
    if (open && tail(logPath).includes(`${marker}\n`)) {
      const ms = performance.now() - open.t;
      const fileBytes = size();
      const written = payload * (1 - open.bytes / fileBytes);
      return { ms, written, cpuMs: (cpuMsOf(pid) ?? open.cpu) - open.cpu, fileBytes };
    }
    if (performance.now() > deadline) throw new Error(`no ${marker} in ${logPath} after 10 min`);
    await sleep(2);
  }
}

export async function measure(env, sizes) {
  const bytes = sizes.logBytes;
  const script = `yes ${line79} | head -c ${bytes}; echo ${marker}; exec sleep 1000`;
  const cmd = ['sh', '-c', script];
  const corrald = await env.corrald();
  const ctd = await env.containerd();
  const podman = await env.podman();
  const c = corrald.client;
  const dir = mkdtempSync(join(tmpdir(), 'cb-log-'));
  onCleanup(`logs ${dir}`, () => removeTempDir(dir));
  let n = 0;
  const ways = {
    'corral-shim (CRI log)': async () => {
      const logPath = join(dir, `corral-${n++}.log`);
      const { containerId } = await c.runtime.createContainer({
        config: { image: { image: 'busybox' }, command: cmd, logPath },
      });
      const watch = timeWrite(logPath, () => corrald.shimPidOf(containerId), bytes);
      await c.runtime.startContainer({ containerId });
      const r = await watch;
      await c.runtime.removeContainer({ containerId, force: true });
      return r;
    },
    'containerd-shim-runc-v2 (raw file)': async () => {
      const id = `m6-${process.pid}-${n++}`;
      const logPath = join(dir, `${id}.log`);
      const watch = timeWrite(logPath, () => ctd.shims().find((x) => x.id === id)?.pid, bytes);
      await ctd.ctr(['run', '-d', '--log-uri', `file://${logPath}`, ctd.image, id, ...cmd], { check: true });
      const r = await watch;
      await ctd.ctr(['tasks', 'rm', '-f', id], { check: true });
      await ctd.ctr(['containers', 'rm', id], { check: true });
      return r;
    },
    ...(podman.unavailable
      ? {}
      : {
          'conmon (k8s-file)': async () => {
            const id = `m6-${process.pid}-${n++}`;
            const logPath = join(dir, `${id}.log`);
            const flags = ['--name', id, '--log-driver', 'k8s-file', '--log-opt', `path=${logPath}`];
            await podman.podman(['create', ...flags, ...podman.runFlags(), podman.image, ...cmd]);
            const watch = timeWrite(logPath, () => podman.conmonOf(id), bytes);
            await podman.podman(['start', id]);
            const r = await watch;
            await podman.podman(['rm', '-f', '-t', '0', id]);
            return r;
          },
        }),
  };
  const rounds = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
  for (let r = 0; r < sizes.logRuns; r++)
    for (const [k, fn] of Object.entries(ways)) rounds[k].push(await fn());
  const samples = {};
  for (const [k, rs] of Object.entries(rounds)) {
    samples[`${k} MB/s`] = rs.map((x) => x.written / 1e6 / (x.ms / 1000));
    samples[`${k} shim CPU ms`] = rs.map((x) => x.cpuMs);
    samples[`${k} file MB`] = rs.map((x) => x.fileBytes / 1e6);
  }
  const mb = (bytes / 1e6).toFixed(0);
  return {
    title: `log throughput, ${mb} MB of 80-byte lines to stdout`,
    unit: 'MB/s, ms, MB',
    samples,
    higherIsBetter: Object.keys(samples).filter((k) => k.endsWith('MB/s')),
    comparisons: [
      {
        what: `log throughput (MB/s), ${mb} MB`,
        corral: 'corral-shim (CRI log) MB/s',
        peer: 'conmon (k8s-file) MB/s',
      },
      {
        what: `log throughput (MB/s) vs raw file`,
        corral: 'corral-shim (CRI log) MB/s',
        peer: 'containerd-shim-runc-v2 (raw file) MB/s',
      },
      {
        what: `shim CPU for ${mb} MB (ms)`,
        corral: 'corral-shim (CRI log) shim CPU ms',
        peer: 'conmon (k8s-file) shim CPU ms',
      },
      {
        what: `shim CPU for ${mb} MB vs raw file (ms)`,
        corral: 'corral-shim (CRI log) shim CPU ms',
        peer: 'containerd-shim-runc-v2 (raw file) shim CPU ms',
      },
    ],
    notes: [
      `${sizes.logRuns} run(s) each; timed from the first poll (every 2 ms) that sees bytes in the log file and the shim, to the marker line after the last; bytes already there are taken off`,
      ...(podman.unavailable ? [`podman skipped: ${podman.unavailable}`] : []),
    ],
  };
}
