// m4: how late a subscriber learns of an exit. exit → event: the container's last process is
// busybox `adjtimex`, exec'd by its shell, which prints the wall clock (µs) into a bind-mounted file
// and exits; the latency is when /tasks/exit for it reached the subscriber minus that time. The
// subscribers live in this process: corral's event stream (@corral/client, filter on /tasks/exit),
// and a `ctr events` child whose output lines are timed as they arrive. signal → exit: from the
// kill call (corral's KillContainer, the `corral kill` CLI, `ctr tasks kill`) to that event.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { containerd, typeUrls, unpackAny } from '@corral/api';
import { killPid, removeTempDir } from '@corral/test-utils';
import { onCleanup } from '../cleanup.js';
import { realNowMs, recalibrate } from '../clock.js';
import { runCli } from '../peers/corrald.js';
import { inTurns } from '../turns.js';

export const title = 'exit → event and signal → exit event latency';

const arrivalTimeoutMs = 30_000;

/** Exit arrivals by container id: the first arrival of each id resolves whoever waits for it. */
class Arrivals {
  #seen = new Map();
  #waiting = new Map();
  arrived(id, atMs) {
    if (this.#seen.has(id)) return;
    this.#seen.set(id, atMs);
    this.#waiting.get(id)?.(atMs);
  }
  wait(id) {
    if (this.#seen.has(id)) return Promise.resolve(this.#seen.get(id));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no /tasks/exit for ${id} in ${arrivalTimeoutMs} ms`)),
        arrivalTimeoutMs,
      );
      this.#waiting.set(id, (t) => {
        clearTimeout(timer);
        resolve(t);
      });
    });
  }
}

function subscribeCorral(client) {
  const arrivals = new Arrivals();
  const stop = new AbortController();
  onCleanup('corral event subscription', () => stop.abort());
  const sub = client.events.subscribe({ filters: ['topic=="/tasks/exit"'] }, { signal: stop.signal });
  void (async () => {
    try {
      for await (const e of sub) {
        const at = realNowMs();
        const x = unpackAny(e.event, typeUrls.TaskExit, containerd.events.TaskExit);
        if (x.containerId && (!x.id || x.id === x.containerId)) arrivals.arrived(x.containerId, at);
      }
    } catch (err) {
      if (!stop.signal.aborted) console.error(`bench: corral event subscription: ${err.message}`);
    }
  })();
  return arrivals;
}

function subscribeCtr(ctd) {
  const arrivals = new Arrivals();
  const child = spawn(ctd.ctrBinary, ['--address', ctd.address, 'events'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const exited = new Promise((resolve) => child.once('close', resolve));
  onCleanup('ctr events', async () => {
    killPid(child.pid);
    await exited;
  });
  let partial = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => {
    const at = realNowMs();
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const m = /^\S+ \S+ \S+ \S+ \S+ \/tasks\/exit (\{.*\})$/.exec(line);
      if (!m) continue;
      const x = JSON.parse(m[1]);
      if (x.container_id && (!x.id || x.id === x.container_id)) arrivals.arrived(x.container_id, at);
    }
  });
  return arrivals;
}

/** The wall time `adjtimex` printed, in ms since the epoch. */
function exitStamp(file) {
  const text = readFileSync(file, 'utf8');
  const sec = Number(/time\.tv_sec:\s+(\d+)/.exec(text)?.[1]);
  const usec = Number(/time\.tv_usec:\s+(\d+)/.exec(text)?.[1]);
  if (!Number.isFinite(sec) || !Number.isFinite(usec)) throw new Error(`no time in ${file}: ${text}`);
  return sec * 1000 + usec / 1000;
}

export async function measure(env, sizes) {
  const corrald = await env.corrald();
  const ctd = await env.containerd();
  const c = corrald.client;
  const dir = mkdtempSync(join(tmpdir(), 'cb-ts-'));
  onCleanup(`stamps ${dir}`, () => removeTempDir(dir));
  const corralExits = subscribeCorral(c);
  const ctrExits = subscribeCtr(ctd);
  recalibrate();
  const stampCmd = (name) => ['sh', '-c', `sleep 0.3; exec adjtimex > /ts/${name}`];
  let n = 0;
  const next = (p) => `m4${p}-${process.pid}-${n++}`;

  const exitWays = {
    'corral events (API)': async () => {
      const name = next('c');
      const { containerId } = await c.runtime.createContainer({
        config: {
          image: { image: 'busybox' },
          command: stampCmd(name),
          mounts: [{ containerPath: '/ts', hostPath: dir }],
        },
      });
      await c.runtime.startContainer({ containerId });
      const at = await corralExits.wait(containerId);
      await c.runtime.removeContainer({ containerId, force: true });
      return at - exitStamp(join(dir, name));
    },
    'ctr events': async () => {
      const id = next('d');
      const mount = `type=bind,src=${dir},dst=/ts,options=rbind:rw`;
      await ctd.ctr(['run', '-d', '--mount', mount, ctd.image, id, ...stampCmd(id)], { check: true });
      const at = await ctrExits.wait(id);
      await ctd.ctr(['tasks', 'rm', '-f', id], { check: true });
      await ctd.ctr(['containers', 'rm', id], { check: true });
      return at - exitStamp(join(dir, id));
    },
  };
  const corralSleeper = async () => {
    const { containerId } = await c.runtime.createContainer({
      config: { image: { image: 'busybox' }, command: ['sleep', '1000'] },
    });
    await c.runtime.startContainer({ containerId });
    return containerId;
  };
  const signalWays = {
    'corral KillContainer (API)': async () => {
      const id = await corralSleeper();
      const t0 = realNowMs();
      await c.runtime.killContainer({ containerId: id, signal: 'SIGKILL' });
      const at = await corralExits.wait(id);
      await c.runtime.removeContainer({ containerId: id, force: true });
      return at - t0;
    },
    'corral kill (CLI)': async () => {
      const id = await corralSleeper();
      const t0 = realNowMs();
      await runCli(corrald.host, ['kill', id]);
      const at = await corralExits.wait(id);
      await c.runtime.removeContainer({ containerId: id, force: true });
      return at - t0;
    },
    'ctr tasks kill': async () => {
      const id = next('k');
      await ctd.ctr(['run', '-d', ctd.image, id, 'sleep', '1000'], { check: true });
      const t0 = realNowMs();
      await ctd.ctr(['tasks', 'kill', '-s', 'SIGKILL', id], { check: true });
      const at = await ctrExits.wait(id);
      await ctd.ctr(['tasks', 'rm', '-f', id], { check: true });
      await ctd.ctr(['containers', 'rm', id], { check: true });
      return at - t0;
    },
  };
  const samples = {
    ...(await inTurns(sizes.exitRuns, exitWays)),
    ...(await inTurns(sizes.signalRuns, signalWays)),
  };
  return {
    unit: 'ms',
    samples,
    comparisons: [
      {
        what: 'exit → event at a subscriber',
        corral: 'corral events (API)',
        peer: 'ctr events',
        target: { max: 2 },
      },
      {
        what: 'signal → exit event, API vs ctr',
        corral: 'corral KillContainer (API)',
        peer: 'ctr tasks kill',
      },
      { what: 'signal → exit event, CLI vs ctr', corral: 'corral kill (CLI)', peer: 'ctr tasks kill' },
    ],
    notes: [
      "exit time: busybox adjtimex (µs wall clock) exec'd as the container's last process",
      'signal → exit includes the CLI process start for `corral kill` and `ctr tasks kill`',
    ],
  };
}
