// Everything the CLI touches outside itself, injected: output streams, stdin, the environment,
// the clock and signals. Tests pass their own; src/bin/corral.ts passes the process's.

/** A stream the CLI writes to; a TTY also says so and tells its size. */
export interface OutputStream {
  write(chunk: string | Uint8Array): boolean;
  once(event: 'drain', listener: () => void): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
  readonly rows?: number;
}

export interface Output {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
}

/** stdin as the CLI needs it: readable, and a TTY that can go raw for `-it`. */
export type InputStream = NodeJS.ReadableStream & {
  readonly isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
};

export type SignalName = 'SIGINT' | 'SIGTERM' | 'SIGWINCH';

export interface SignalSource {
  /** Calls `listener` on each `signal` until the returned function is called. */
  on(signal: SignalName, listener: () => void): () => void;
}

export interface CliIo {
  readonly output: Output;
  readonly stdin: InputStream;
  readonly env: NodeJS.ProcessEnv;
  readonly signals: SignalSource;
  /** Milliseconds since the epoch. */
  now(): number;
}

/** The process's own streams, env, clock and signals. */
export function processIo(): CliIo {
  return {
    output: { stdout: process.stdout, stderr: process.stderr },
    stdin: process.stdin,
    env: process.env,
    now: () => Date.now(),
    signals: {
      on(signal, listener) {
        process.on(signal, listener);
        return () => process.off(signal, listener);
      },
    },
  };
}

/** Writes `text` and waits for the stream to take it (large outputs, piped stdout). */
export async function writeOut(stream: OutputStream, text: string | Uint8Array): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}
