import { execFileSync } from 'node:child_process';
import { constants, openSync } from 'node:fs';
import { Socket } from 'node:net';
import { join } from 'node:path';
import { bundleFiles } from '@corral/api';

/**
 * The shim log FIFO as containerd makes it (runtime/v2/shim_unix.go): mkfifo `<bundle>/log`, open
 * it O_RDWR|O_NONBLOCK before `start` and keep draining it. Without a reader the shim daemon blocks
 * opening it; without the FIFO it exits.
 */
export class LogFifo {
  readonly path: string;
  readonly #socket: Socket;
  readonly #chunks: Buffer[] = [];

  constructor(bundle: string) {
    this.path = join(bundle, bundleFiles.log);
    execFileSync('mkfifo', ['-m', '0700', this.path]);
    const fd = openSync(this.path, constants.O_RDWR | constants.O_NONBLOCK);
    this.#socket = new Socket({ fd, readable: true, writable: false });
    this.#socket.on('data', (c: Buffer) => this.#chunks.push(c));
    this.#socket.on('error', () => {});
  }

  /** What the shim has logged so far. */
  text(): string {
    return Buffer.concat(this.#chunks).toString('utf8');
  }

  close(): void {
    this.#socket.destroy();
  }
}
