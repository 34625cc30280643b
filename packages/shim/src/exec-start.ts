import { join } from 'node:path';
import { CorralError } from '@corral/api/task';
import type { Runc } from '@corral/runc';
import { ConsoleSocket, processStartTime } from '@corral/sys';
import type { ChildGuard } from './child-guard.js';
import { consoleSocketPath, receivePty } from './console.js';
import type { ShimProcess } from './process.js';
import { ProcessIo } from './process-io.js';

export interface ExecTarget {
  containerId: string;
  bundle: string;
  runc: Runc;
  children: ChildGuard;
}

/**
 * `runc exec --detach` of a recorded exec: opens its stdio, receives its pty, records its pid and
 * start time. `watch` is called with the pid before anything else can run (a fast exec is a zombie
 * waiting for exactly that watch; see ChildGuard). When runc fails, the stdio is closed again.
 */
export async function startExecProcess(
  t: ExecTarget,
  p: ShimProcess,
  watch: (pid: number) => void,
): Promise<number> {
  const spec = p.spec;
  if (spec === undefined) throw new CorralError('Internal', `exec ${p.execId} has no process spec`);
  let io: ProcessIo | undefined;
  let consoleSock: ConsoleSocket | undefined;
  try {
    // An exec's output belongs to whoever started it (its own FIFOs), never to the container's CRI
    // log: the kubelet and `corral exec` read it from the exec's streams.
    io = ProcessIo.open(p.stdio);
    p.io = io;
    let pty: Promise<number> | undefined;
    if (p.stdio.terminal) {
      consoleSock = await ConsoleSocket.listen(consoleSocketPath());
      pty = receivePty(consoleSock);
    }
    const runtime = io.runtime;
    const result = await t.children.track(() =>
      t.runc.exec(t.containerId, spec, {
        detach: true,
        pidFile: join(t.bundle, `${p.execId}.pid`),
        consoleSocket: consoleSock?.path,
        io: runtime,
      }),
    );
    const pid = result.pid ?? 0;
    if (pid <= 0) throw new CorralError('Internal', `runc exec ${p.execId} returned no pid`);
    p.pid = pid;
    p.startTime = processStartTime(pid);
    watch(pid);
    if (pty) io.attachPty(await pty);
    io.releaseChildFds();
    return pid;
  } catch (err) {
    if (p.pid === 0) {
      await io?.close(0);
      p.io = undefined;
    }
    throw err;
  } finally {
    consoleSock?.close();
  }
}
