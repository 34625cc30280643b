// Runs the CLI in-process with captured output, a fake clock and signals the test can raise.
import { PassThrough } from 'node:stream';
import type { CliIo, InputStream, OutputStream, SignalName } from '../../src/index.js';
import { runCli } from '../../src/index.js';
import { nowMs } from './fake-corrald.js';

/** An output stream that keeps what is written. */
export class CapturedOutput implements OutputStream {
  readonly chunks: Buffer[] = [];
  readonly isTTY: boolean;
  readonly columns: number | undefined;
  readonly rows: number | undefined;

  constructor(tty = false) {
    this.isTTY = tty;
    this.columns = tty ? 120 : undefined;
    this.rows = tty ? 40 : undefined;
  }

  write(chunk: string | Uint8Array): boolean {
    this.chunks.push(Buffer.from(chunk));
    return true;
  }

  once(): this {
    return this;
  }

  get text(): string {
    return Buffer.concat(this.chunks).toString();
  }
}

/** Signals the test raises by hand. */
export class FakeSignals {
  readonly #listeners = new Map<SignalName, Set<() => void>>();

  on(signal: SignalName, listener: () => void): () => void {
    const set = this.#listeners.get(signal) ?? new Set();
    this.#listeners.set(signal, set);
    set.add(listener);
    return () => set.delete(listener);
  }

  raise(signal: SignalName): void {
    for (const l of this.#listeners.get(signal) ?? []) l();
  }

  listening(signal: SignalName): number {
    return this.#listeners.get(signal)?.size ?? 0;
  }
}

export interface RunOptions {
  /** The fake corrald's socket; passed as CORRAL_HOST unless `env` says otherwise. */
  socket?: string;
  env?: NodeJS.ProcessEnv;
  stdin?: InputStream;
  signals?: FakeSignals;
  tty?: boolean;
  /** Where stdout goes, for a test that waits for output while the command runs. */
  stdout?: CapturedOutput;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCorral(argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  const stdout = opts.stdout ?? new CapturedOutput(opts.tty);
  const stderr = new CapturedOutput(opts.tty);
  const stdin = opts.stdin ?? new PassThrough();
  const io: CliIo = {
    output: { stdout, stderr },
    stdin,
    env: opts.env ?? (opts.socket ? { CORRAL_HOST: `unix://${opts.socket}` } : {}),
    signals: opts.signals ?? new FakeSignals(),
    now: () => nowMs,
  };
  const code = await runCli(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}
