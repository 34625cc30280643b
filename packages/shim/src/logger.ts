import { constants, openSync, writeSync } from 'node:fs';
import pino, { type Logger } from 'pino';

export interface ShimLoggerOptions {
  /** The shim's own log file in the bundle, written synchronously: a SIGKILLed shim's last lines matter. */
  file: string;
  /** containerd's log FIFO (`<bundle>/log`), when present and read by someone. */
  fifo?: string;
  level: string;
  bindings: Record<string, string>;
}

/**
 * The shim's pino logger. The FIFO copy is best effort: a FIFO without a reader (containerd down)
 * or a full one must never block or crash the shim, so its writes are dropped on any error.
 */
export function createShimLogger(o: ShimLoggerOptions): Logger {
  const streams: pino.StreamEntry[] = [
    { level: o.level as pino.Level, stream: pino.destination({ dest: o.file, sync: true, mkdir: false }) },
  ];
  const fifoFd = o.fifo === undefined ? undefined : openFifoForWriting(o.fifo);
  if (fifoFd !== undefined) {
    streams.push({
      level: o.level as pino.Level,
      stream: {
        write(line: string) {
          try {
            writeSync(fifoFd, line);
          } catch {
            // EAGAIN / EPIPE: containerd is not reading right now
          }
        },
      },
    });
  }
  return pino({ level: o.level, base: { pid: process.pid, ...o.bindings } }, pino.multistream(streams));
}

/** O_NONBLOCK (libuv adds O_CLOEXEC itself): opening a FIFO for writing would otherwise block until a reader appears (ENXIO instead). */
function openFifoForWriting(path: string): number | undefined {
  try {
    return openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
}
