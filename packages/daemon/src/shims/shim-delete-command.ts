import { existsSync } from 'node:fs';
import { execa } from 'execa';
import { containerd, CorralError, timestampToNanos } from '@corral/api';
import { timeouts } from '../timeouts.js';
import { shimCommand, shimEnvironment } from './shim-env.js';

export interface DeleteCommandOptions {
  binary: string;
  namespace: string;
  id: string;
  bundle: string;
  apiSocket: string;
  eventsSocket: string;
}

export interface DeadShimExit {
  pid: number;
  exitStatus: number;
  /** ns since the epoch; undefined when the shim's reply had none. */
  exitedAt: bigint | undefined;
  /** Cleanup problems the shim reported on stderr. */
  warnings: string;
}

/**
 * `<shim> … -bundle B delete` (spec §4.5): the shim binary cleans up after a dead shim (runc delete
 * --force, unmount, a dead socket) and prints a DeleteResponse: the real exit status when the dead
 * shim wrote its exit record, else 137 and now. corrald never runs runc itself (DESIGN.md).
 */
export async function runShimDeleteCommand(o: DeleteCommandOptions): Promise<DeadShimExit> {
  if (!existsSync(o.bundle)) {
    throw new CorralError('NotFound', `cleanup after the shim of ${o.id}: bundle ${o.bundle} is gone`);
  }
  const args = ['-namespace', o.namespace, '-address', o.apiSocket, '-publish-binary', '/bin/false'];
  args.push('-id', o.id, '-bundle', o.bundle, 'delete');
  const [cmd, argv] = shimCommand(o.binary, args);
  const r = await execa(cmd, argv, {
    cwd: o.bundle,
    env: shimEnvironment(o.eventsSocket),
    extendEnv: false,
    stdin: 'ignore',
    encoding: 'buffer',
    reject: false,
    timeout: timeouts.shimDeleteCommandMs,
  });
  const stderr = Buffer.from(r.stderr).toString('utf8').trim();
  if (r.exitCode !== 0) {
    throw new CorralError(
      'Internal',
      `${o.binary} delete for ${o.id}: ${stderr || r.message}${r.exitCode === undefined ? '' : `: exit status ${r.exitCode}`}`,
    );
  }
  let reply: containerd.task.v2.DeleteResponse;
  try {
    reply = containerd.task.v2.DeleteResponse.decode(r.stdout);
  } catch (cause) {
    throw new CorralError('Internal', `${o.binary} delete for ${o.id}: unreadable reply`, { cause });
  }
  return {
    pid: reply.pid,
    exitStatus: reply.exitStatus,
    exitedAt: timestampToNanos(reply.exitedAt),
    warnings: stderr,
  };
}
