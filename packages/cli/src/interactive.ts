// An attached or exec'd process on the user's terminal: stdin in (raw when it is a TTY), output
// out, the window size kept in step (SIGWINCH), and the terminal restored whatever happens.
import type { ProcessHandle } from '@corral/client';
import type { CliIo } from './cli-io.js';
import { writeOut } from './cli-io.js';

export interface InteractiveOptions {
  stdin: boolean;
  tty: boolean;
}

/** Runs `proc` on the CLI's streams; resolves with its exit code (rejects as `proc.exit` does). */
export async function runInteractive(
  io: CliIo,
  proc: ProcessHandle,
  opts: InteractiveOptions,
): Promise<number> {
  const { stdin, output } = io;
  const raw = opts.tty && opts.stdin && stdin.isTTY === true && typeof stdin.setRawMode === 'function';
  const cleanups: (() => void)[] = [];
  if (raw) {
    stdin.setRawMode?.(true);
    cleanups.push(() => stdin.setRawMode?.(false));
  }
  if (opts.tty) {
    const resize = (): void => {
      const { columns, rows } = output.stdout;
      if (columns && rows) proc.resize(columns, rows);
    };
    resize();
    cleanups.push(io.signals.on('SIGWINCH', resize));
  }
  if (opts.stdin) {
    const onData = (chunk: Buffer | string): void => {
      proc.stdin.write(chunk);
    };
    const onEnd = (): void => {
      proc.stdin.end();
    };
    stdin.on('data', onData);
    stdin.once('end', onEnd);
    stdin.resume();
    cleanups.push(() => {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      // A paused stdin no longer holds the event loop open.
      stdin.pause();
    });
  } else {
    proc.stdin.end();
  }
  try {
    const copy = async (from: AsyncIterable<Buffer>, to: typeof output.stdout): Promise<void> => {
      for await (const chunk of from) await writeOut(to, chunk);
    };
    const [code] = await Promise.all([
      proc.exit,
      copy(proc.stdout, output.stdout),
      copy(proc.stderr, output.stderr),
    ]);
    return code;
  } finally {
    for (const c of cleanups.reverse()) c();
  }
}
