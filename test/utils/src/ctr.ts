import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface CtrResult {
  stdout: string;
  stderr: string;
  /** null when ctr was ended by a signal. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Wall time of the command. */
  ms: number;
}

export interface CtrOptions {
  /** Written to ctr's stdin, then closed (default: stdin is /dev/null). */
  input?: string;
  /** ctr is SIGKILLed and the call rejects after this long (default 60 s). */
  timeoutMs?: number;
  /** Reject when ctr exits non-zero, with its stderr in the message. */
  check?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** `ctr <args…>` against one containerd and namespace (what `startContainerd` returns as `ctr`). */
export type Ctr = (args: string[], options?: CtrOptions) => Promise<CtrResult>;

export interface CtrTarget {
  ctrBinary: string;
  address: string;
  namespace: string;
  /** Given to `ctr run`, `ctr tasks start` and `ctr tasks exec` unless the caller passes its own. */
  fifoDir?: string;
}

const defaultCtrTimeoutMs = 60_000;

/**
 * Runs `ctr --address <a> --namespace <ns> <args…>`. ctr keeps its stdio FIFOs in
 * /run/containerd/fifo unless told otherwise, so `--fifo-dir` is added to the subcommands that make
 * FIFOs: nothing of a private containerd then lands in the host's /run/containerd.
 */
export async function runCtr(
  target: CtrTarget,
  args: string[],
  options: CtrOptions = {},
): Promise<CtrResult> {
  const argv = [
    '--address',
    target.address,
    '--namespace',
    target.namespace,
    ...withFifoDir(args, target.fifoDir),
  ];
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? defaultCtrTimeoutMs;
  const child = spawn(target.ctrBinary, argv, {
    env: options.env ?? process.env,
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout?.on('data', (c: Buffer) => out.push(c));
  child.stderr?.on('data', (c: Buffer) => err.push(c));
  if (options.input !== undefined) child.stdin?.end(options.input);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  try {
    const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
      (resolve, reject) => {
        child.once('error', reject);
        child.once('close', (code, sig) => resolve([code, sig]));
      },
    );
    const result: CtrResult = {
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
      exitCode,
      signal,
      ms: Date.now() - started,
    };
    const what = `ctr ${args.join(' ')}`;
    if (timedOut) throw new Error(`${what}: timed out after ${timeoutMs} ms: ${result.stderr.trim()}`);
    if (options.check && exitCode !== 0) {
      throw new Error(`${what}: exit ${exitCode ?? signal}: ${result.stderr.trim() || result.stdout.trim()}`);
    }
    return result;
  } finally {
    clearTimeout(timer);
  }
}

/** Inserts `--fifo-dir <dir>` after `run`, `tasks start` and `tasks exec` (and their aliases). */
function withFifoDir(args: string[], fifoDir: string | undefined): string[] {
  if (fifoDir === undefined || args.some((a) => a === '--fifo-dir' || a.startsWith('--fifo-dir=')))
    return args;
  const [first, second] = args;
  let at = -1;
  if (first === 'run') at = 1;
  else if (['tasks', 'task', 't'].includes(first ?? '') && ['start', 'exec'].includes(second ?? '')) at = 2;
  return at < 0 ? args : [...args.slice(0, at), '--fifo-dir', fifoDir, ...args.slice(at)];
}

/**
 * `ctr images import <tar>` and the name the image got. The name is read from the archive's
 * index.json: `io.containerd.image.name` when present (ctr 1.6 then needs no flag), else
 * `<baseName>:<org.opencontainers.image.ref.name>`, which needs `--base-name` (without it ctr 1.6
 * names the image `import-<date>:<tag>`).
 */
export async function importImage(
  ctr: Ctr,
  tarPath: string,
  options: { baseName?: string; allPlatforms?: boolean } = {},
): Promise<string> {
  const index = await readIndexFromTar(tarPath);
  const annotations = index.manifests?.[0]?.annotations ?? {};
  const full = annotations['io.containerd.image.name'];
  const tag = annotations['org.opencontainers.image.ref.name'];
  let ref: string;
  if (full) ref = full;
  else if (tag && options.baseName) ref = `${options.baseName}:${tag}`;
  else throw new Error(`import ${tarPath}: index.json names no image; pass baseName`);
  await ctr(
    [
      'images',
      'import',
      ...(options.baseName ? ['--base-name', options.baseName] : []),
      ...(options.allPlatforms ? ['--all-platforms'] : []),
      tarPath,
    ],
    { check: true },
  );
  const names = (await ctr(['images', 'ls', '-q'], { check: true })).stdout.split('\n');
  if (!names.includes(ref))
    throw new Error(`import ${tarPath}: ${ref} not in ctr images ls: ${names.join(' ')}`);
  return ref;
}

interface OciIndex {
  manifests?: { annotations?: Record<string, string> }[];
}

async function readIndexFromTar(tarPath: string): Promise<OciIndex> {
  const listing = await execFileAsync('tar', ['-tf', tarPath], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const name = listing.stdout.split('\n').find((n) => n === 'index.json' || n === './index.json');
  if (name === undefined) throw new Error(`import ${tarPath}: no index.json: not an OCI image layout`);
  const { stdout } = await execFileAsync('tar', ['-xOf', tarPath, name], { encoding: 'utf8' });
  return JSON.parse(stdout) as OciIndex;
}
