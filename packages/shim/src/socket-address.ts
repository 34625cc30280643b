import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { containerdShimSocketDir } from '@corral/api/core';

/** Unix socket paths have 108 bytes including the NUL; containerd allows 106 for the path. */
export const maxSocketPathLength = 106;

/**
 * containerd's shim socket convention: `/run/containerd/s/<hex sha256 of path.Join(address, ns, id)>`.
 * The hash keeps long namespaces and ids (76 characters each) under the unix socket path limit.
 */
export function shimSocketPath(
  address: string,
  namespace: string,
  id: string,
  dir = containerdShimSocketDir,
): string {
  const hash = createHash('sha256')
    .update(join(address, namespace, id))
    .digest('hex');
  return join(dir, hash);
}

export function toUnixAddress(path: string): string {
  return `unix://${path}`;
}

/** A `unix://` address to a path; other strings are abstract socket names (containerd's rule). */
export function fromAddress(address: string): string {
  return address.startsWith('unix://') ? address.slice('unix://'.length) : `\0${address}`;
}
