import type { Socket } from 'node:net';
import { native } from './addon.js';

/** Who is at the other end of a unix socket, as the kernel recorded it at connect/listen time. */
export interface PeerCredentials {
  pid: number;
  uid: number;
  gid: number;
}

/** getsockopt(SO_PEERCRED) on a connected unix socket fd (SysError ENOTSOCK / ENOTCONN otherwise). */
export function peerCredentials(fd: number): PeerCredentials {
  return native().peerCredentials(fd);
}

/**
 * The OS fd under a connected net.Socket. Node does not expose it; on Linux its libuv handle does
 * (`_handle.fd`, an internal that has been stable for years and is -1 on Windows), and that is
 * the only way to ask SO_PEERCRED about a connection net.Server accepted. Use it for getsockopt
 * only: reading or writing the fd behind Node's back would corrupt the stream.
 */
export function socketFd(socket: Socket): number {
  const fd = (socket as unknown as { _handle?: { fd?: unknown } | null })._handle?.fd;
  if (typeof fd !== 'number' || fd < 0) {
    throw new Error('socket fd: the socket has no OS fd (not connected, already closed, or not on Linux)');
  }
  return fd;
}
