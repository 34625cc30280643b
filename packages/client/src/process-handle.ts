// Exec and Attach as a process handle: stdin as a Writable, stdout/stderr as Readables, terminal
// resizes, and the exit code when the call's RESPONSE (ExecResponse) arrives.
import { Readable, Writable } from 'node:stream';
import { CorralError, corral } from '@corral/api';
import type { CallOptions, Caller } from './call-options.js';
import type { ClientCall } from './client-call.js';
import type { Connection } from './connection.js';
import { cloneError, messageOf, withCallSite } from './errors.js';
import { receiveHighWaterBytes } from './limits.js';

export interface ProcessHandle {
  /** Bytes to the process's stdin (the request must ask for stdin); end() closes it. */
  readonly stdin: Writable;
  /** The process's stdout; with a TTY, everything comes here. Ends when the process has exited. */
  readonly stdout: Readable;
  readonly stderr: Readable;
  /** Tells the process's terminal its new size (TTY only). */
  resize(width: number, height: number): void;
  /** The exit code; rejects with a CorralError when the call fails (its streams then just end). */
  readonly exit: Promise<number>;
  /** Abandons the call: sends CANCEL; `exit` rejects with Canceled. */
  cancel(): void;
}

const { ProcessInput, ProcessOutput, ExecResponse } = corral.v1;

export function openProcess(
  caller: Caller,
  method: string,
  payload: Uint8Array,
  site: Error,
  options: CallOptions,
): ProcessHandle {
  let connection: Connection | undefined;
  const stdout = new OutputStream(() => connection);
  const stderr = new OutputStream(() => connection);
  const started = caller.start(
    method,
    payload,
    {
      onStream: (bytes) => {
        let out: corral.v1.ProcessOutput;
        try {
          out = ProcessOutput.decode(bytes);
        } catch (err) {
          void started.then(({ call }) =>
            call.cancel(new CorralError('Internal', `${method}: decode output: ${messageOf(err)}`)),
          );
          return;
        }
        if (out.stdout.length > 0) stdout.deliver(out.stdout);
        if (out.stderr.length > 0) stderr.deliver(out.stderr);
      },
    },
    options,
  );
  started.then(
    (s) => (connection = s.connection),
    () => {},
  );

  const exit = started
    .then(({ call }) => call.response)
    .then(
      (reply) => ExecResponse.decode(reply).exitCode,
      (err: unknown) => {
        throw withCallSite(err instanceof CorralError ? cloneError(err) : (err as Error), site);
      },
    )
    .finally(() => {
      stdout.finish();
      stderr.finish();
    });
  // A caller that only reads the streams must not crash the process with an unhandled rejection.
  exit.catch(() => {});

  const send = (input: corral.v1.ProcessInput.$Properties): Promise<void> =>
    started.then(
      ({ call }) => sendInput(call, input),
      () => {},
    );

  const stdin = new Writable({
    // Writes after the process is gone are dropped, as a closed pipe would swallow them here.
    write(chunk: Buffer, _encoding, callback) {
      send({ stdin: chunk }).then(() => callback(), callback);
    },
    final(callback) {
      send({ closeStdin: true }).then(() => callback(), callback);
    },
  });

  return {
    stdin,
    stdout: stdout.readable,
    stderr: stderr.readable,
    resize: (width, height) => void send({ resize: { width, height } }),
    exit,
    cancel: () =>
      void started.then(
        ({ call }) => call.cancel(),
        () => {},
      ),
  };
}

function sendInput(call: ClientCall, input: corral.v1.ProcessInput.$Properties): Promise<void> {
  return call.send(ProcessInput.encode(input).finish());
}

/** One output Readable; while its reader lags, the connection stops reading the socket. */
class OutputStream {
  readonly readable: Readable;
  readonly #connection: () => Connection | undefined;
  #over = false;

  constructor(connection: () => Connection | undefined) {
    this.#connection = connection;
    this.readable = new Readable({
      highWaterMark: receiveHighWaterBytes,
      read: () => this.#relieve(),
    });
    this.readable.once('close', () => this.#relieve());
  }

  deliver(chunk: Uint8Array): void {
    if (this.readable.destroyed || this.readable.readableEnded) return;
    if (!this.readable.push(Buffer.from(chunk)) && !this.#over) {
      this.#over = true;
      this.#connection()?.pressure(true);
    }
  }

  finish(): void {
    if (!this.readable.destroyed) this.readable.push(null);
    this.#relieve();
  }

  #relieve(): void {
    if (!this.#over) return;
    this.#over = false;
    this.#connection()?.pressure(false);
  }
}
