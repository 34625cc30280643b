import { constants, openSync, statSync } from 'node:fs';
import type { Socket } from 'node:net';
import type { Writable } from 'node:stream';
import type { ReadStream } from 'node:tty';
import { CorralError } from '@corral/api/task';
import { pipe } from '@corral/sys';
import type { CriLogWriter, CriStream } from '@corral/api/cri-log';
import { closeFd, outputWriter, pipeReader, pipeWriter, ptyStream } from './fd-streams.js';

/** The stdio a client asked for at Create or Exec (containerd passes these paths). */
export interface StdioPaths {
  stdin: string;
  stdout: string;
  stderr: string;
  terminal: boolean;
}

/** What runc hands the container process: fds it inherits, or 'ignore' for /dev/null. */
export interface RuntimeStdio {
  stdin: number | 'ignore';
  stdout: number | 'ignore';
  stderr: number | 'ignore';
}

/**
 * The stdio plumbing of one process (containerd's pkg/process/io.go, minus copies where none is
 * needed). stdout/stderr FIFOs and files are given to the container directly: a FIFO opened
 * O_RDWR never blocks the open and never raises EPIPE while a client re-attaches, and no byte passes
 * through Node. Copies remain where they are the point: stdin (the shim holds a write end so the
 * process sees no EOF until CloseIO), the CRI log (the shim frames each line) and the pty master.
 */
export class ProcessIo {
  readonly runtime: RuntimeStdio;
  private readonly childFds: number[] = [];
  private readonly copies: Promise<void>[] = [];
  private readonly closers: (() => void)[] = [];
  private stdinHold: number | undefined;
  /** The master's fd number is kept beside its stream: tty.ReadStream does not expose it. */
  private pty: { stream: ReadStream; fd: number } | undefined;
  /** With a terminal: what the pty master is wired to once it arrives. */
  private terminal: { stdin?: Socket; stdout?: Writable; criLog: CriLogWriter | undefined } | undefined;

  private constructor(runtime: RuntimeStdio) {
    this.runtime = runtime;
  }

  /** Opens what the paths name; on any failure, everything opened so far is closed again. */
  static open(paths: StdioPaths, criLog?: CriLogWriter): ProcessIo {
    const io = new ProcessIo({ stdin: 'ignore', stdout: 'ignore', stderr: 'ignore' });
    try {
      if (paths.terminal) {
        // The pty arrives later through the console socket (attachPty); runc ignores `runtime`
        // then. What it will be wired to is opened now, so a bad path fails before runc runs.
        io.openTerminalEnds(paths, criLog);
        return io;
      }
      io.openStdin(paths.stdin);
      io.openOutput('stdout', paths.stdout, criLog);
      io.openOutput('stderr', paths.stderr, criLog);
      return io;
    } catch (err) {
      io.destroy();
      throw err;
    }
  }

  /** Once runc has started the process, our copies of the fds it inherited must go. */
  releaseChildFds(): void {
    for (const fd of this.childFds.splice(0)) closeFd(fd);
  }

  /** Terminal: wires the pty master from runc's console socket to the ends opened at `open`. */
  attachPty(masterFd: number): void {
    const pty = ptyStream(masterFd);
    this.pty = { stream: pty, fd: masterFd };
    this.closers.push(() => pty.destroy());
    this.terminal?.stdin?.pipe(pty, { end: false });
    const criLog = this.terminal?.criLog;
    const out = this.terminal?.stdout;
    if (criLog) {
      this.copies.push(copyToCriLog(pty, 'stdout', criLog));
    } else if (out) {
      this.copies.push(
        new Promise<void>((resolve) => {
          pty.pipe(out, { end: false });
          pty.once('end', resolve);
          pty.once('close', resolve);
        }),
      );
    }
  }

  /** The pty master while it is open (ResizePty's target); undefined without a terminal. */
  get ptyFd(): number | undefined {
    // `destroyed` turns true before the fd is closed: a resize never hits a reused fd number.
    return this.pty === undefined || this.pty.stream.destroyed ? undefined : this.pty.fd;
  }

  /**
   * CloseIO: drop the shim's hold on stdin, so the process reads EOF once the client's writer is
   * closed too (a FIFO reports EOF only when no writer at all is left).
   */
  closeStdin(): void {
    closeFd(this.stdinHold);
    this.stdinHold = undefined;
  }

  /** Waits up to `drainMs` for output copies to finish, then closes everything. */
  async close(drainMs: number): Promise<void> {
    this.releaseChildFds();
    if (this.copies.length > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled(this.copies),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, drainMs))),
      ]);
      clearTimeout(timer);
    }
    this.destroy();
  }

  private destroy(): void {
    this.releaseChildFds();
    this.closeStdin();
    for (const close of this.closers.splice(0)) close();
  }

  private openTerminalEnds(paths: StdioPaths, criLog: CriLogWriter | undefined): void {
    this.terminal = { criLog };
    if (paths.stdin) {
      const { stream, hold } = openFifoReader(paths.stdin);
      this.stdinHold = hold;
      this.closers.push(() => stream.destroy());
      this.terminal.stdin = stream;
    }
    if (!criLog && paths.stdout) {
      const out = outputWriter(openOutputFd(paths.stdout));
      this.closers.push(() => out.destroy());
      this.terminal.stdout = out;
    }
  }

  private openStdin(path: string): void {
    if (!path) return;
    const [r, w] = pipe();
    this.childFds.push(r);
    this.runtime.stdin = r;
    const writer = pipeWriter(w);
    this.closers.push(() => writer.destroy());
    const { stream, hold } = openFifoReader(path);
    this.stdinHold = hold;
    this.closers.push(() => stream.destroy());
    stream.pipe(writer);
  }

  private openOutput(which: CriStream, path: string, criLog: CriLogWriter | undefined): void {
    if (criLog) {
      const [r, w] = pipe();
      this.childFds.push(w);
      this.runtime[which] = w;
      const reader = pipeReader(r);
      this.closers.push(() => reader.destroy());
      this.copies.push(copyToCriLog(reader, which, criLog));
      return;
    }
    if (!path) return;
    const fd = openOutputFd(path);
    this.childFds.push(fd);
    this.runtime[which] = fd;
  }
}

/**
 * A stdout/stderr destination as containerd accepts it: a FIFO (opened O_RDWR: never blocks, never
 * EPIPE), an existing regular file (appended to), or `file:///path` (created and appended to).
 */
function openOutputFd(path: string): number {
  if (path.startsWith('binary://')) {
    throw new CorralError('Unimplemented', `stdio URI scheme binary:// is not supported: ${path}`);
  }
  const file = path.startsWith('file://')
    ? decodeURIComponent(new URL(path).pathname)
    : path.replace(/^fifo:\/\//, '');
  if (path.startsWith('file://'))
    return openSync(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, 0o640);
  let isFifo: boolean;
  try {
    isFifo = statSync(file).isFIFO();
  } catch (cause) {
    throw new CorralError('InvalidArgument', `opening ${JSON.stringify(file)} failed: it does not exist`, {
      cause,
    });
  }
  return openSync(file, isFifo ? constants.O_RDWR : constants.O_WRONLY | constants.O_APPEND);
}

/** A stdin FIFO's reader, plus our own write end that keeps EOF away until CloseIO. */
function openFifoReader(path: string): { stream: Socket; hold: number } {
  const file = path.replace(/^fifo:\/\//, '');
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (cause) {
    throw new CorralError('InvalidArgument', `opening stdin ${JSON.stringify(file)} failed`, { cause });
  }
  let hold: number;
  try {
    hold = openSync(file, constants.O_WRONLY | constants.O_NONBLOCK);
  } catch (cause) {
    closeFd(fd);
    throw new CorralError('InvalidArgument', `stdin ${JSON.stringify(file)} must be a FIFO`, { cause });
  }
  return { stream: pipeReader(fd), hold };
}

function copyToCriLog(source: NodeJS.ReadableStream, which: CriStream, log: CriLogWriter): Promise<void> {
  return new Promise<void>((resolve) => {
    source.on('data', (chunk: Buffer) => log.write(which, chunk));
    const done = () => {
      log.end(which);
      resolve();
    };
    source.once('end', done);
    source.once('close', done);
  });
}
