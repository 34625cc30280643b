import { CorralError, toBigInt, type corral } from '@corral/api';
import type { DaemonContext } from '../context.js';
import { timeouts } from '../timeouts.js';
import { sleep } from '../util/time.js';
import { CappedOutput } from './capped-output.js';
import { ExecProcess } from './exec-process.js';

type Request = corral.v1.ExecSyncRequest.$Properties;
type Response = corral.v1.ExecSyncResponse.$Properties;

/**
 * ExecSync (CRI): run a command in a running container and return its exit code and output. At the
 * deadline the exec and every process holding its output are killed and the reply says timed_out
 * (exit_code -1): a result, not an RPC failure. Output past 16 MiB per stream is dropped and
 * flagged. After the exec exits, output still held open by a daemonized child drains for a moment,
 * then the reply goes without it.
 */
export async function execSync(
  ctx: DaemonContext,
  namespace: string,
  req: Request,
  signal?: AbortSignal,
): Promise<Response> {
  const cmd = req.cmd ?? [];
  if (cmd.length === 0 || cmd[0] === '')
    throw new CorralError('InvalidArgument', 'exec_sync: cmd is required');
  const timeoutSeconds = toBigInt(req.timeout);
  if (timeoutSeconds < 0n || timeoutSeconds > 31_536_000n) {
    throw new CorralError(
      'InvalidArgument',
      `exec_sync: timeout ${timeoutSeconds} must be 0 (none) to one year in seconds`,
    );
  }
  const c = ctx.store.require(namespace, req.containerId ?? '');
  const p = await ExecProcess.start(
    ctx,
    c,
    {
      args: cmd,
      env: (req.envs ?? []).map((kv) => [kv.key ?? '', kv.value ?? '']),
      cwd: req.workingDir ?? '',
      tty: false,
      stdin: false,
    },
    signal,
  );
  try {
    const stdout = new CappedOutput(p.stdout!);
    const stderr = new CappedOutput(p.stderr!);
    const deadline = timeoutSeconds > 0n ? Number(timeoutSeconds) * 1000 : undefined;
    const outcome = await raceExit(p.exit!, deadline, signal);
    let exitCode: number;
    let timedOut = false;
    if (outcome === 'timeout' || outcome === 'canceled') {
      const killed = await p.killTree();
      c.logger.info(
        { execId: p.execId, killed, outcome },
        'exec sync: killed the exec and its output holders',
      );
      await raceExit(p.exit!, timeouts.execKillWaitMs).catch(() => undefined);
      if (outcome === 'canceled') throw new CorralError('Canceled', `exec in ${c.id}: canceled`);
      timedOut = true;
      exitCode = -1;
    } else {
      exitCode = outcome.exitStatus;
    }
    await Promise.race([Promise.all([stdout.ended, stderr.ended]), sleep(timeouts.execDrainMs)]);
    stdout.destroy();
    stderr.destroy();
    return {
      stdout: stdout.bytes,
      stderr: stderr.bytes,
      exitCode,
      timedOut,
      stdoutTruncated: stdout.truncated,
      stderrTruncated: stderr.truncated,
    };
  } finally {
    await p.cleanup();
  }
}

async function raceExit(
  exit: Promise<{ exitStatus: number }>,
  timeoutMs: number | undefined,
  signal?: AbortSignal,
): Promise<{ exitStatus: number } | 'timeout' | 'canceled'> {
  const waits: Promise<{ exitStatus: number } | 'timeout' | 'canceled'>[] = [exit];
  const stop = new AbortController();
  if (timeoutMs !== undefined) waits.push(sleep(timeoutMs, stop.signal).then(() => 'timeout' as const));
  if (signal) {
    waits.push(
      new Promise((resolve) => {
        if (signal.aborted) resolve('canceled');
        signal.addEventListener('abort', () => resolve('canceled'), { once: true });
      }),
    );
  }
  try {
    return await Promise.race(waits);
  } finally {
    stop.abort();
  }
}
