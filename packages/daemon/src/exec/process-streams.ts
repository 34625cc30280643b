import { CorralError, type corral } from '@corral/api';
import type { Container } from '../containers/container.js';
import { stdinFifoName } from '../containers/create-container.js';
import type { DaemonContext } from '../context.js';
import { readContainerLogs } from '../logs/container-logs.js';
import { liveShim } from '../tasks/live-task.js';
import { timeouts } from '../timeouts.js';
import { openFifoWriter } from '../util/fifo.js';
import { nowNanos } from '@corral/api';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { sleep } from '../util/time.js';
import { ExecProcess } from './exec-process.js';

type Input = corral.v1.ProcessInput.$Properties;
type Output = corral.v1.ProcessOutput.$Properties;

/** The client side of an Exec/Attach stream, as the API server hands it over. */
export interface ProcessStream {
  send(out: Output): void | Promise<void>;
  input: AsyncIterable<Input>;
  signal: AbortSignal;
}

/**
 * Exec with streams: stdout/stderr go out as ProcessOutput frames, ProcessInput frames carry
 * stdin, its close (CloseIO) and terminal resizes (ResizePty). The reply is the exit code; a client
 * that goes away takes the exec (and its output holders) with it.
 */
export async function execStream(
  ctx: DaemonContext,
  c: Container,
  req: corral.v1.ExecRequest.$Properties,
  s: ProcessStream,
): Promise<corral.v1.ExecResponse.$Properties> {
  const cmd = req.cmd ?? [];
  if (cmd.length === 0 || cmd[0] === '') throw new CorralError('InvalidArgument', 'exec: cmd is required');
  const tty = req.tty ?? false;
  const p = await ExecProcess.start(
    ctx,
    c,
    {
      args: cmd,
      env: (req.envs ?? []).map((kv) => [kv.key ?? '', kv.value ?? '']),
      cwd: req.workingDir ?? '',
      tty,
      stdin: req.stdin ?? false,
    },
    s.signal,
  );
  try {
    const outputs = [pumpOutput(p.stdout, 'stdout', s), pumpOutput(p.stderr, 'stderr', s)];
    void feedInput(
      s,
      (bytes) => {
        p.stdin?.write(bytes);
      },
      async () => {
        p.stdin?.end();
        const conn = liveShim(c, 'close the stdin of an exec in');
        await conn.task
          .closeIO({ id: c.id, execId: p.execId, stdin: true }, conn.opts())
          .catch(() => undefined);
      },
      async (w, h) => {
        const conn = liveShim(c, 'resize');
        await conn.task
          .resizePty({ id: c.id, execId: p.execId, width: w, height: h }, conn.opts())
          .catch(() => undefined);
      },
    );
    const exit = await Promise.race([
      p.exit!,
      new Promise<'canceled'>((resolve) =>
        s.signal.addEventListener('abort', () => resolve('canceled'), { once: true }),
      ),
    ]);
    if (exit === 'canceled') {
      await p.killTree();
      throw new CorralError('Canceled', `exec in ${c.id}: the client went away`);
    }
    await Promise.race([Promise.all(outputs), sleep(timeouts.execDrainMs)]);
    return { exitCode: exit.exitStatus };
  } finally {
    await p.cleanup();
  }
}

/**
 * Attach to a running container: its output as the CRI log records it from now on, stdin into the
 * container's stdin FIFO (when created with stdin). Ends with the container's exit code.
 */
export async function attachStream(
  ctx: DaemonContext,
  c: Container,
  req: corral.v1.AttachRequest.$Properties,
  s: ProcessStream,
): Promise<corral.v1.ExecResponse.$Properties> {
  if (c.exited) throw new CorralError('FailedPrecondition', `attach to ${c.id}: the container has exited`);
  if (req.stdin && !c.record.config.stdin) {
    throw new CorralError('FailedPrecondition', `attach to ${c.id}: the container was created without stdin`);
  }
  const stdin = req.stdin
    ? await openFifoWriter(join(ctx.layout.bundle(c.namespace, c.id), stdinFifoName))
    : undefined;
  try {
    void feedInput(
      s,
      (bytes) => {
        stdin?.write(bytes);
      },
      async () => {
        stdin?.end();
        if (c.record.config.stdinOnce) {
          const conn = liveShim(c, 'close the stdin of');
          await conn.task.closeIO({ id: c.id, stdin: true }, conn.opts()).catch(() => undefined);
        }
      },
      async (w, h) => {
        const conn = liveShim(c, 'resize');
        await conn.task.resizePty({ id: c.id, width: w, height: h }, conn.opts()).catch(() => undefined);
      },
    );
    for await (const e of readContainerLogs(c, {
      follow: true,
      tail: 0,
      since: nowNanos(),
      signal: s.signal,
    })) {
      const line = e.partial ? e.line : Buffer.concat([e.line, Buffer.from('\n')]);
      await s.send(e.stream === 'stderr' ? { stderr: line } : { stdout: line });
    }
    if (s.signal.aborted) throw new CorralError('Canceled', `attach to ${c.id}: the client went away`);
    await c.until(() => c.exited, timeouts.logFollowDrainMs, s.signal);
    return { exitCode: c.record.exitCode ?? 0 };
  } finally {
    stdin?.destroy();
  }
}

/**
 * Sends a process's output as it comes, one chunk at a time: the next chunk is read only once
 * send() says the connection took the last one (it resolves while the connection buffers under its
 * high-water mark), so a client slower than the process holds the process's writes up in its pipe
 * instead of corrald queueing all of it (50 MB of exec output once held ~100 MB of corrald's RSS).
 */
export async function pumpOutput(
  stream: Readable | undefined,
  which: 'stdout' | 'stderr',
  s: Pick<ProcessStream, 'send'>,
): Promise<void> {
  // Ended before we got here: the writers left with nothing buffered (see CappedOutput).
  if (!stream || stream.readableEnded || stream.destroyed) return;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      await s.send(which === 'stdout' ? { stdout: chunk } : { stderr: chunk });
    }
  } catch {
    // The client went away (send rejected; the call's signal ends the exec) or the stream was
    // destroyed under us (cleanup): nothing more to send either way.
  }
}

async function feedInput(
  s: ProcessStream,
  write: (b: Uint8Array) => void,
  close: () => Promise<void>,
  resize: (w: number, h: number) => Promise<void>,
): Promise<void> {
  try {
    for await (const m of s.input) {
      if (m.stdin && m.stdin.length > 0) write(m.stdin);
      if (m.resize) await resize(m.resize.width ?? 0, m.resize.height ?? 0);
      if (m.closeStdin) await close();
    }
  } catch {
    // the client went away: the stream's signal ends the call
  }
}
