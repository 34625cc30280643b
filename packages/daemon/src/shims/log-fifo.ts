import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Socket } from 'node:net';
import { bundleFiles } from '@corral/api';
import type { Logger } from 'pino';
import { makeFifos, openFifoForDraining } from '../util/fifo.js';

/**
 * containerd's shim writes its log to `<bundle>/log`, a FIFO someone must read: without a reader
 * its daemon blocks opening it and its socket goes unanswered (spec §5.4). corrald reads it from
 * before `start` until the container is removed, and again after a restart (as containerd does on
 * reload), passing each line to its own log.
 */
export class LogFifo {
  private constructor(
    private readonly stream: Socket,
    logger: Logger,
  ) {
    let tail = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (tail + chunk).split('\n');
      tail = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) logger.debug({ shimLog: line }, 'shim log');
    });
    stream.on('error', () => undefined);
  }

  /** Creates the FIFO when missing and starts draining it. */
  static async open(bundle: string, logger: Logger): Promise<LogFifo> {
    const path = join(bundle, bundleFiles.log);
    if (!existsSync(path)) await makeFifos([path], '0700');
    return new LogFifo(await openFifoForDraining(path), logger);
  }

  close(): void {
    this.stream.destroy();
  }
}
