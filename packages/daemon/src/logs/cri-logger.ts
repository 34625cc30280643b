import { closeSync, writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { processStartTime } from '@corral/sys';
import { CriLogWriter } from '@corral/api/cri-log';
import type { CriStream } from '@corral/api/cri-log';

/** Where the logger says who it is (in its cwd, the bundle): ReopenContainerLog signals it. */
export const criLoggerPidFile = 'cri-logger.pid';

/** How long SIGTERM (the shim closing the container's IO) lets the last output drain. */
const drainOnTermMs = 2_000;

/**
 * containerd's logging-binary protocol (pkg/process/io.go NewBinaryIO): the container's stdout
 * on fd 3, stderr on fd 4, and a pipe on fd 5 closed once we are ready. Args `log <path>` (from
 * the URI's query). Each stream becomes CRI log records; SIGUSR1 reopens the file after a
 * rotation; SIGTERM lets the streams drain briefly, then ends. Resolves with the exit code.
 */
export function runCriLogger(argv: readonly string[]): Promise<number> {
  const i = argv.indexOf('log');
  const path = i >= 0 ? argv[i + 1] : undefined;
  if (!path || !path.startsWith('/')) {
    process.stderr.write('corral-cri-logger: usage: corral-cri-logger log /absolute/path.log\n');
    return Promise.resolve(2);
  }
  const writer = new CriLogWriter(path);
  try {
    writeFileSync(
      criLoggerPidFile,
      `${JSON.stringify({ pid: process.pid, startTime: String(processStartTime(process.pid) ?? 0n) })}\n`,
    );
  } catch {
    // not fatal: only ReopenContainerLog needs it
  }
  try {
    closeSync(5); // ready
  } catch {
    // started by hand, without the ready pipe
  }
  process.on('SIGUSR1', () => writer.reopen());
  return new Promise<number>((resolve) => {
    let open = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      writer.close();
      resolve(0);
    };
    const pump = (fd: number, stream: CriStream) => {
      let s: Socket;
      try {
        s = new Socket({ fd, readable: true, writable: false });
      } catch {
        return;
      }
      open++;
      s.on('data', (chunk: Buffer) => writer.write(stream, chunk));
      s.on('error', () => undefined);
      s.once('close', () => {
        writer.end(stream);
        if (--open === 0) finish();
      });
    };
    pump(3, 'stdout');
    pump(4, 'stderr');
    if (open === 0) finish();
    process.once('SIGTERM', () => setTimeout(finish, drainOnTermMs).unref());
  });
}
