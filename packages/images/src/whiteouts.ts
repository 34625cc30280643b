import { CorralError } from '@corral/api';
import { baseOf, joinRel, parentOf } from './entry-path.js';

/** OCI image-spec layer whiteouts (aufs naming). */
export const whiteoutPrefix = '.wh.';
export const opaqueWhiteout = '.wh..wh..opq';
/** aufs' own metadata (`.wh..wh.plnk`, `.wh..wh.aufs`): meaningless outside aufs, skipped. */
const aufsMetaPrefix = '.wh..wh.';

/** overlayfs' markers: a 0/0 character device hides a lower entry; this xattr hides a lower dir's content. */
export const overlayWhiteoutDevice = { major: 0, minor: 0 } as const;
export const overlayOpaqueXattr = 'trusted.overlay.opaque';
/** Layers may not carry overlay's own xattrs: they would redirect or hide lower layers at will. */
export const overlayXattrPrefix = 'trusted.overlay.';

export type Whiteout =
  | { kind: 'none' }
  | { kind: 'ignore' }
  /** Hide `target` (a path in lower layers). */
  | { kind: 'file'; target: string }
  /** Hide everything lower layers have under `dir`. */
  | { kind: 'opaque'; dir: string };

/** Classifies a cleaned entry path by its base name. */
export function parseWhiteout(path: string): Whiteout {
  const base = baseOf(path);
  if (!base.startsWith(whiteoutPrefix)) return { kind: 'none' };
  if (base === opaqueWhiteout) return { kind: 'opaque', dir: parentOf(path) };
  if (base.startsWith(aufsMetaPrefix)) return { kind: 'ignore' };
  const name = base.slice(whiteoutPrefix.length);
  if (name === '' || name === '.' || name === '..')
    throw new CorralError('InvalidArgument', `layer entry ${JSON.stringify(path)}: bad whiteout name`);
  return { kind: 'file', target: joinRel(parentOf(path), name) };
}
