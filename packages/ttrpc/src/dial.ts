import { createConnection } from 'node:net';
import { Client } from './client.js';
import type { ClientOptions } from './client.js';
import { errDial, errDialTimeout } from './errors.js';

export interface DialOptions extends ClientOptions {
  timeoutMs?: number;
}

/** containerd's ttrpc dial timeout (pkg/ttrpcutil). */
export const dialTimeoutMs = 5_000;

/**
 * Connects to a ttrpc server on a unix socket. `address` is a path or a shim's `unix:///path`
 * address; a missing socket or nobody listening rejects with Unavailable.
 */
export async function dial(address: string, options: DialOptions = {}): Promise<Client> {
  const path = address.startsWith('unix://') ? address.slice('unix://'.length) : address;
  const timeoutMs = options.timeoutMs ?? dialTimeoutMs;
  const socket = createConnection({ path, allowHalfOpen: false });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(errDialTimeout(path, timeoutMs)), timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve();
      });
      socket.once('error', (err) => {
        clearTimeout(timer);
        reject(errDial(path, err));
      });
    });
  } catch (err) {
    socket.destroy();
    throw err;
  }
  socket.removeAllListeners('error');
  socket.removeAllListeners('connect');
  return new Client(socket, options);
}
