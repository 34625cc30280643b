import { posix } from 'node:path';
import { CorralError } from '@corral/api';
import type { Ingest, StagedBlob } from './content-store.js';
import { cleanEntryPath } from './entry-path.js';
import { ReplayableSource } from './replayable-source.js';
import { readTar } from './tar-reader.js';
import { entryHint } from './upload-kind.js';

/** The files of an image archive, each staged and hashed; links resolved by path. */
export class ArchiveFiles {
  readonly files = new Map<string, StagedBlob>();
  readonly links = new Map<string, string>();

  has(path: string): boolean {
    return this.resolve(path) !== undefined;
  }

  /** The staged file at `path`, following the archive's own symlinks and hard links. */
  resolve(path: string): StagedBlob | undefined {
    let p = cleanArchivePath(path);
    for (let hops = 0; hops < 16; hops++) {
      const f = this.files.get(p);
      if (f) return f;
      const next = this.links.get(p);
      if (next === undefined) return undefined;
      p = next;
    }
    return undefined;
  }

  get(path: string, what: string): StagedBlob {
    const f = this.resolve(path);
    if (!f)
      throw new CorralError('InvalidArgument', `import: archive has no ${what} ${JSON.stringify(path)}`);
    return f;
  }

  /** Staged blobs by digest, from OCI layout names (`blobs/sha256/<hex>`, already verified). */
  blobsByDigest(): Map<string, StagedBlob> {
    const out = new Map<string, StagedBlob>();
    for (const [path, f] of this.files) {
      const m = /^blobs\/sha256\/([a-f0-9]{64})$/.exec(path);
      if (m) out.set(`sha256:${m[1] ?? ''}`, f);
    }
    return out;
  }
}

function cleanArchivePath(p: string): string {
  try {
    return cleanEntryPath(p);
  } catch (err) {
    throw new CorralError('InvalidArgument', `import: bad path in archive: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

/** What an upload turned out to be: an image archive's files, or a rootfs tar to read from byte 0. */
export type StagedUpload =
  { kind: 'archive'; files: ArchiveFiles } | { kind: 'rootfs'; tar: AsyncIterable<Uint8Array> };

export interface StageArchiveOptions {
  /** Hand a tar whose entries are a rootfs's back as `rootfs` instead of staging it. */
  detectRootfs?: boolean;
}

/**
 * Entries an image archive and a rootfs can share (`./`, `blobs/`) are only directories: the kind
 * is known within a few headers. The bytes read until then are kept to replay a rootfs from byte 0.
 */
const maxUndecidedBytes = 16 * 1024 * 1024;

/**
 * Streams an image archive (a tar) into `ingest`, hashing each file on the way. Files named
 * `blobs/sha256/<hex>` must hash to their name: a mismatch stops the import at once (DataLoss).
 * Archive paths are only ever map keys here, never filesystem paths.
 */
export async function stageArchive(
  source: AsyncIterable<Uint8Array>,
  ingest: Ingest,
  opts: StageArchiveOptions = {},
): Promise<StagedUpload> {
  const out = new ArchiveFiles();
  const input = new ReplayableSource(source, maxUndecidedBytes);
  let deciding = opts.detectRootfs === true;
  if (!deciding) input.forget();
  let handedOver = false;
  try {
    // Read to the end (tar pads to 10 KiB records): a sender is never cut off mid-upload.
    for await (const { entry, body } of readTar(input, { drain: true })) {
      if (deciding) {
        const hint = entryHint(entry.name, entry.type);
        if (hint === 'rootfs') {
          if (!input.replayable)
            throw new CorralError(
              'InvalidArgument',
              `import: entry ${JSON.stringify(entry.name)} is no image archive's, and too much came before it to read the input as a rootfs tar`,
              { hint: 'import it with format rootfs (corral import --rootfs)' },
            );
          handedOver = true;
          return { kind: 'rootfs', tar: input.replay() };
        }
        if (hint === 'archive') {
          deciding = false;
          input.forget();
        }
      }
      const path = cleanArchivePath(entry.name);
      if (entry.type === 'symlink' || entry.type === 'hardlink') {
        // docker save links duplicate layer.tar files; symlink targets are relative to their dir.
        const target =
          entry.type === 'symlink' && !entry.linkname.startsWith('/')
            ? posix.join(posix.dirname(path), entry.linkname)
            : entry.linkname;
        out.links.set(path, cleanArchivePath(target.replace(/^\/+/, '')));
        continue;
      }
      if (entry.type !== 'file') continue;
      const m = /^blobs\/sha256\/([a-f0-9]{64})$/.exec(path);
      const expected = m ? `sha256:${m[1] ?? ''}` : undefined;
      const staged = await ingest.stage(body, expected ? { expected, where: `archive ${path}` } : {});
      out.files.set(path, staged);
      out.links.delete(path);
    }
    return { kind: 'archive', files: out };
  } finally {
    if (!handedOver) await input.close();
  }
}
