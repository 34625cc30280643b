import { spawn } from 'node:child_process';

export interface PtyRun {
  /** What the pty showed (\r\n line ends, as a terminal gets them). */
  output: string;
  exitCode: number | null;
}

/**
 * Runs `argv` on a fresh pty of `rows`×`cols` (util-linux `script`), as a user at a terminal would:
 * `ctr run -t` needs a terminal on its stdio, and sends its size to the task (ResizePty).
 */
export async function runInPty(
  argv: string[],
  o: { rows: number; cols: number; timeoutMs: number },
): Promise<PtyRun> {
  const command = `stty rows ${o.rows} cols ${o.cols}; exec ${argv.map(shellQuote).join(' ')}`;
  const child = spawn('script', ['--quiet', '--return', '--command', command, '/dev/null'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs);
  try {
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code) => resolve(code));
    });
    return { output: Buffer.concat(chunks).toString('utf8'), exitCode };
  } finally {
    clearTimeout(timer);
  }
}

function shellQuote(s: string): string {
  return /^[\w./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
