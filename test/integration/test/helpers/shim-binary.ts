import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { containerdShimSocketDir } from '@corral/api';

/** The flags containerd 1.6 passes to a shim binary (runtime/v2/shim/util.go Command). */
export interface ShimFlags {
  namespace: string;
  /** containerd's gRPC address; the runc shim only hashes it into its socket name. */
  address: string;
  publishBinary: string;
  id: string;
  /** Only for `delete`. */
  bundle?: string;
}

export function shimArgs(flags: ShimFlags, action: 'start' | 'delete'): string[] {
  return [
    '-namespace',
    flags.namespace,
    '-address',
    flags.address,
    '-publish-binary',
    flags.publishBinary,
    '-id',
    flags.id,
    ...(flags.bundle === undefined ? [] : ['-bundle', flags.bundle]),
    action,
  ];
}

/** The runc shim's socket: unix:///run/containerd/s/<sha256 of path.Join(address, ns, id)>. */
export function expectedShimAddress(flags: ShimFlags): string {
  const hash = createHash('sha256')
    .update(posix.join(flags.address, flags.namespace, flags.id))
    .digest('hex');
  return `unix://${containerdShimSocketDir}/${hash}`;
}

export interface ShimRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
  /** stdout and stderr together, as containerd's CombinedOutput reads them. */
  combined: string;
}

/**
 * Runs the shim binary once and waits for its output pipes to close, not just for it to exit:
 * containerd does the same, so a daemon that inherited them would hang here (then is killed).
 */
export async function runShim(
  binary: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; stdin: Uint8Array | 'null'; timeoutMs: number },
): Promise<ShimRun> {
  const child = spawn(binary, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: [options.stdin === 'null' ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  const combined: Buffer[] = [];
  if (!child.stdout || !child.stderr) throw new Error('spawn gave no output pipes');
  child.stdout.on('data', (c: Buffer) => {
    stdout.push(c);
    combined.push(c);
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr.push(c);
    combined.push(c);
  });
  if (options.stdin !== 'null') child.stdin?.end(Buffer.from(options.stdin));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  try {
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (c, s) => resolve([c, s]));
    });
    return {
      code,
      signal,
      stdout: Buffer.concat(stdout),
      stderr: Buffer.concat(stderr).toString('utf8'),
      combined: Buffer.concat(combined).toString('utf8'),
    };
  } finally {
    clearTimeout(timer);
  }
}
