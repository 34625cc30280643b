import { CorralError } from '@corral/api';
import { cleanEntryPath, LayerPaths } from './entry-path.js';
import { readTar, type TarEntry } from './tar-reader.js';
import { overlayXattrPrefix, parseWhiteout } from './whiteouts.js';

/** One step of applying a layer, already validated against the layer's own earlier entries. */
export type LayerOp =
  | {
      op: 'entry';
      /** Cleaned, relative; '' is the root directory. */
      path: string;
      entry: TarEntry;
      body: AsyncIterable<Buffer>;
      /** Cleaned target of a hard link. */
      linkTarget?: string;
      /** Nothing of this layer was at `path` before (not even an implicit parent directory). */
      fresh: boolean;
    }
  | { op: 'whiteout'; target: string }
  | { op: 'opaque'; dir: string };

/**
 * Reads a layer's tar and turns each entry into an operation, refusing anything that could reach
 * outside the root (absolute paths, `..`, paths through a symlink the layer made, hard links out of
 * the layer). Both the import-time scan and the extractor walk layers through here, so what an
 * import accepts is exactly what unpacking will do. Overlay xattrs are dropped: only whiteouts may
 * make them.
 */
export async function* walkLayer(
  tar: AsyncIterable<Uint8Array>,
  paths: LayerPaths = new LayerPaths(),
): AsyncGenerator<LayerOp> {
  for await (const { entry, body } of readTar(tar, { drain: true })) {
    const path = cleanEntryPath(entry.name);
    for (const k of [...entry.xattrs.keys()]) if (k.startsWith(overlayXattrPrefix)) entry.xattrs.delete(k);
    if (path === '') {
      if (entry.type !== 'dir')
        throw new CorralError(
          'InvalidArgument',
          `layer entry ${JSON.stringify(entry.name)}: root is not a directory`,
        );
      yield { op: 'entry', path, entry, body, fresh: false };
      continue;
    }
    const wh = parseWhiteout(path);
    if (wh.kind === 'ignore') continue;
    paths.checkParents(path, entry.name);
    paths.recordParents(path);
    if (wh.kind === 'file') {
      // The layer's own entry of that name (before or after) wins; the extractor asks `paths`.
      yield { op: 'whiteout', target: wh.target };
      continue;
    }
    if (wh.kind === 'opaque') {
      yield { op: 'opaque', dir: wh.dir };
      continue;
    }
    let linkTarget: string | undefined;
    if (entry.type === 'hardlink') {
      linkTarget = cleanEntryPath(entry.linkname);
      paths.checkLinkTarget(linkTarget, entry.name);
    }
    const fresh = paths.kind(path) === undefined;
    paths.record(path, entry.type === 'dir' ? 'dir' : 'other');
    yield { op: 'entry', path, entry, body, fresh, ...(linkTarget !== undefined ? { linkTarget } : {}) };
  }
}
