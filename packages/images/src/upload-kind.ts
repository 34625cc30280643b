import { cleanEntryPath } from './entry-path.js';
import type { TarEntryType } from './tar-reader.js';

/** What one tar entry says about the tar: part of an image archive, of a rootfs, or either. */
export type EntryHint = 'archive' | 'rootfs' | 'either';

// Every name an OCI image layout, a docker save (old or ≥ 25) or a podman/skopeo docker-archive holds.
const archiveFileRe =
  /^(?:oci-layout|index\.json|manifest\.json|repositories|blobs\/[a-z0-9]+\/[a-f0-9]{32,}|[a-f0-9]{64}\.(?:json|tar)|[a-f0-9]{64}\/(?:layer\.tar|json|VERSION))$/;
const archiveDirRe = /^(?:|blobs|blobs\/[a-z0-9]+|[a-f0-9]{64})$/;

/**
 * Tells an image archive from a rootfs tar by its entries' names, so `corral import` takes either
 * without being told. Image archives use a closed set of names; a rootfs's first real entry
 * (`bin/`, `etc/passwd`, `.dockerenv`) is outside it. Directories an archive has too (`./`,
 * `blobs/`) decide nothing.
 */
export function entryHint(name: string, type: TarEntryType): EntryHint {
  let path: string;
  try {
    path = cleanEntryPath(name);
  } catch {
    return 'rootfs'; // an absolute or `..` name is no archive's; the layer check will say what is wrong
  }
  if (type === 'dir') return archiveDirRe.test(path) ? 'either' : 'rootfs';
  if (type === 'file' || type === 'symlink' || type === 'hardlink')
    return archiveFileRe.test(path) ? 'archive' : 'rootfs';
  return 'rootfs';
}
