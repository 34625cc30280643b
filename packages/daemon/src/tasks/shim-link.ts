import { containerd, timestampToNanos } from '@corral/api';
import type { Container } from '../containers/container.js';
import { resumeInterruptedStop } from '../containers/stop-container.js';
import type { DaemonContext } from '../context.js';
import { killShim } from '../shims/kill-shim.js';
import { LogFifo } from '../shims/log-fifo.js';
import { ShimConnection } from '../shims/shim-connection.js';
import { timeouts } from '../timeouts.js';
import { isProcessAlive } from '../util/process-alive.js';
import { nowString, sleep } from '../util/time.js';
import { cleanupAfterDeadShim } from './dead-shim.js';
import { inShimGroup, leaveShimGroup } from './group-member.js';
import { retireTask } from './retire-task.js';
import { learnExit } from './task-exit.js';

const Status = containerd.v1.types.Status;

/** Reconnect attempts to a shim that lives but dropped its connection, before it counts as dead. */
const maxReconnects = 5;

/** The onClose hook of every shim connection of `c`. */
export function shimCloseHandler(ctx: DaemonContext, c: Container): (conn: ShimConnection) => void {
  return (conn) => {
    void onShimDisconnected(ctx, c, conn).catch((err: unknown) =>
      c.logger.error({ err }, 'handling a lost shim connection failed'),
    );
  };
}

/**
 * A Wait call per live task: the shim answers it when the init exits (after writing its exit
 * record). /tasks/exit says the same through the event journal; whichever comes first records it.
 */
export function watchExit(ctx: DaemonContext, c: Container, conn: ShimConnection): void {
  conn.task.wait({ id: c.id }, conn.optsNoDeadline(c.gone.signal)).then(
    (w) => {
      void afterQueuedEvents(ctx)
        .then(() =>
          learnExit(ctx, c, { exitStatus: w.exitStatus ?? 0, exitedAt: timestampToNanos(w.exitedAt) }),
        )
        .then(() => retireTask(ctx, c))
        .catch((err: unknown) => c.logger.error({ err }, 'recording the exit failed'));
    },
    () => undefined, // the connection closed (onShimDisconnected decides) or the container went away
  );
}

/**
 * corral-shim forwards /tasks/exit before it answers Wait. Subscribers wait for that event: let it
 * through the journal before this path's disk writes (the record, /containers/update) and the
 * retirement (Delete runs runc) compete with it for the disk and the CPU. One turn of the event loop
 * lets a Forward that came in with the reply be read; what is queued is committed; one more turn
 * lets subscribers' streams write it. With nothing queued (containerd's shim, whose events may be
 * lost) that is two turns.
 */
async function afterQueuedEvents(ctx: DaemonContext): Promise<void> {
  await nextTurn();
  await ctx.events.journal?.flushed?.();
  await nextTurn();
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The connection dropped. Ours to close, or the task is done with: nothing to do. Otherwise the
 * shim either lives (reconnect, as containerd does after a restart) or died: clean up after it.
 */
async function onShimDisconnected(ctx: DaemonContext, c: Container, conn: ShimConnection): Promise<void> {
  if (c.shim === conn) c.shim = undefined;
  if (conn.closedByUs) return;
  await recoverLostShim(ctx, c);
}

/**
 * Reconnects (with backoff) while the shim process lives; cleans up after it once it does not. A
 * shim that lives but never answers is killed (pidfd + start time) and cleaned up after, as
 * containerd does: nothing stays UNKNOWN for longer than these attempts.
 */
export async function recoverLostShim(ctx: DaemonContext, c: Container): Promise<void> {
  if (c.removing || c.record.taskDeleted || c.gone.signal.aborted) return;
  for (let attempt = 1; attempt <= maxReconnects; attempt++) {
    const s = c.record.shim;
    if (!s || !isProcessAlive(s.pid, s.startTime)) break;
    await sleep(timeouts.shimReconnectDelayMs * attempt, c.gone.signal);
    if (c.removing || c.record.taskDeleted || c.gone.signal.aborted || c.shim) return;
    const outcome = await reconnectShim(ctx, c);
    if (outcome !== 'unreachable') {
      if (outcome === 'dead') await cleanupAfterDeadShim(ctx, c);
      // A stop recovery could not resume while the shim was silent.
      if (outcome === 'live' && c.record.stopDeadline !== undefined) resumeInterruptedStop(c);
      return;
    }
  }
  if (c.removing || c.record.taskDeleted || c.gone.signal.aborted || c.shim) return;
  const s = c.record.shim;
  let why: string | undefined;
  if (s && isProcessAlive(s.pid, s.startTime)) {
    c.logger.error(
      { shimPid: s.pid, attempts: maxReconnects },
      'the shim lives but does not answer; killing it',
    );
    killShim(s.pid, BigInt(s.startTime));
    why = `the shim (pid ${s.pid}) did not answer ${maxReconnects} reconnects and was killed`;
  } else {
    c.logger.warn('the shim connection dropped and the shim is gone');
  }
  await cleanupAfterDeadShim(ctx, c, why);
}

/**
 * Finds the container's shim again (start-up recovery, a dropped connection): its pid and start
 * time must match the record, then Connect and State (containerd's reload). The record follows
 * what the shim says; a stopped task's exit is recorded (its Delete + Shutdown run in the
 * background: the shim drains its outbox first), a live one is watched again. 'dead': the shim is
 * gone; 'unreachable': it lives but does not answer.
 */
export async function reconnectShim(
  ctx: DaemonContext,
  c: Container,
): Promise<'live' | 'exited' | 'dead' | 'unreachable'> {
  const s = c.record.shim;
  if (!s || !isProcessAlive(s.pid, s.startTime)) return 'dead';
  let conn: ShimConnection;
  try {
    conn = await ShimConnection.dial(
      c.namespace,
      c.id,
      s.socket,
      shimCloseHandler(ctx, c),
      timeouts.shimConnectMs,
    );
  } catch (err) {
    c.logger.warn({ err }, 'the shim lives but its socket does not answer');
    return 'unreachable';
  }
  // Both at once (one round trip, not two: recovery time is mostly the shims' wake-ups); the
  // State of a socket served by another process is thrown away.
  const [hello, answer] = await Promise.allSettled([
    conn.task.connect({ id: c.id }, conn.opts(timeouts.shimConnectMs)),
    conn.task.state({ id: c.id }, conn.opts(timeouts.shimConnectMs)),
  ]);
  if (hello.status === 'fulfilled' && hello.value.shimPid !== s.pid) {
    c.logger.warn(
      { socketPid: hello.value.shimPid, shimPid: s.pid },
      'another process serves the shim socket',
    );
    await conn.close();
    return 'dead';
  }
  if (hello.status === 'rejected' || answer.status === 'rejected') {
    const err: unknown =
      hello.status === 'rejected' ? hello.reason : (answer as PromiseRejectedResult).reason;
    if (hello.status === 'fulfilled' && (err as { code?: string }).code === 'NotFound') {
      return forgottenTask(ctx, c, conn);
    }
    await conn.close();
    c.logger.warn({ err }, 'the shim does not answer Connect/State');
    return 'unreachable';
  }
  const state = answer.value;
  if (ctx.handlers.find(c.record.runtimeHandler)?.shim === 'containerd-shim' && !c.logFifo) {
    c.logFifo = await LogFifo.open(ctx.layout.bundle(c.namespace, c.id), c.logger).catch(() => undefined);
  }
  c.shim = conn;
  c.unreachable = undefined;
  switch (state.status) {
    case Status.STOPPED: {
      const learned = await learnExit(ctx, c, {
        exitStatus: state.exitStatus ?? 0,
        exitedAt: timestampToNanos(state.exitedAt),
      });
      void retireTask(ctx, c).catch((err: unknown) => c.logger.warn({ err }, 'retiring the task failed'));
      return learned ? 'exited' : 'live';
    }
    case Status.PAUSED:
    case Status.PAUSING:
      if (c.record.state !== 'paused') await ctx.store.save(c, (r) => (r.state = 'paused'));
      break;
    case Status.RUNNING:
      if (c.record.state !== 'running') {
        // corrald died between `runc start` (or a resume) and writing the record.
        await ctx.store.save(c, (r) => {
          r.state = 'running';
          r.startedAt ??= nowString();
        });
      }
      break;
    case Status.CREATED:
      if (c.record.state !== 'created') await ctx.store.save(c, (r) => (r.state = 'created'));
      break;
    default:
      break;
  }
  if (c.hasLiveTask) watchExit(ctx, c, conn);
  return 'live';
}

/**
 * The shim answers but no longer has the task: it was deleted and corrald died before the record
 * said so (the shim removed its exit record with it). Whatever status the shim's TaskDelete still
 * carries arrives through the event journal; without it the exit status is unknown and says so.
 */
async function forgottenTask(
  ctx: DaemonContext,
  c: Container,
  conn: ShimConnection,
): Promise<'exited' | 'live'> {
  if (!inShimGroup(c)) {
    await conn.task.shutdown({ id: c.id }, conn.opts(timeouts.shimShutdownMs)).catch(() => undefined);
  }
  await conn.close();
  const learned = await learnExit(ctx, c, {
    exitStatus: 255,
    reason: 'Unknown',
    message: 'exit status unknown: the shim no longer had the task after a restart',
  });
  await ctx.store.save(c, (r) => (r.taskDeleted = true));
  if (inShimGroup(c)) await leaveShimGroup(ctx, c);
  return learned ? 'exited' : 'live';
}
