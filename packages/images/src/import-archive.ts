import { CorralError } from '@corral/api';
import { stageArchive } from './archive-files.js';
import type { ByteSource } from './byte-reader.js';
import type { ContentStore, Ingest } from './content-store.js';
import { dockerRepoTagsByConfig, planDockerArchive } from './docker-archive.js';
import type { ImportPlan } from './import-plan.js';
import type { Platform } from './manifest.js';
import { planOciArchive } from './oci-archive.js';
import { planRootfsImport } from './rootfs-import.js';
import { countBytes, tarOfUpload } from './upload-input.js';
import { normalizeRef } from './reference.js';

export type ArchiveFormat = 'oci-archive' | 'docker-archive' | 'rootfs' | 'archive-or-rootfs' | '';

const formats: readonly string[] = ['', 'oci-archive', 'docker-archive', 'rootfs', 'archive-or-rootfs'];

export interface ImportArchiveOptions {
  /**
   * '' (default) detects an image archive: index.json means an OCI layout, else manifest.json
   * means docker-archive (`docker load`). 'rootfs' takes the tar as a filesystem, a one-layer image
   * (`docker import`). 'archive-or-rootfs' also tells a filesystem tar (`bin/`, `etc/…`: names no
   * image archive has) from an archive. gzip-compressed input is read as its tar.
   */
  format?: ArchiveFormat;
  /** Names an image the archive leaves unnamed (and gives a bare OCI ref-name tag its repository). */
  name?: string;
  /** A rootfs image's `created` time (default: now). */
  now?: Date;
  /** Called with the number of archive bytes read so far. */
  onProgress?: (bytes: number) => void;
}

/**
 * Reads an image archive (or a rootfs tar) into `ingest` and returns what to commit, everything verified: blob
 * digests, descriptor sizes, configs, and every new layer's entries and diff_id. Nothing reaches
 * the content store here; the caller commits the plan or discards the ingest.
 */
export async function planArchiveImport(
  source: ByteSource,
  ingest: Ingest,
  content: ContentStore,
  platform: Platform,
  opts: ImportArchiveOptions,
): Promise<ImportPlan> {
  const format = opts.format ?? '';
  if (!formats.includes(format))
    throw new CorralError(
      'InvalidArgument',
      `import: unknown format ${JSON.stringify(format)} (${formats.filter(Boolean).join(', ')})`,
    );
  const name = opts.name ? normalizeRef(opts.name) : undefined;
  const tar = tarOfUpload(countBytes(source, opts.onProgress));
  const rootfs = (t: AsyncIterable<Uint8Array>): Promise<ImportPlan> =>
    planRootfsImport(t, { ingest, platform, name, created: (opts.now ?? new Date()).toISOString() });
  if (format === 'rootfs') return rootfs(tar);
  const staged = await stageArchive(tar, ingest, { detectRootfs: format === 'archive-or-rootfs' });
  if (staged.kind === 'rootfs') return rootfs(staged.tar);
  const files = staged.files;
  const ctx = { files, ingest, content, platform, name };
  const hasIndex = files.has('index.json');
  const hasDockerManifest = files.has('manifest.json');
  const detect = format === '' || format === 'archive-or-rootfs';
  if (format === 'oci-archive' || (detect && hasIndex)) {
    if (!hasIndex)
      throw new CorralError('InvalidArgument', 'import: not an OCI image layout (no index.json)');
    return planOciArchive(ctx, await dockerRepoTagsByConfig(files, ingest));
  }
  if (format === 'docker-archive' || hasDockerManifest) {
    if (!hasDockerManifest)
      throw new CorralError('InvalidArgument', 'import: not a docker-archive (no manifest.json)');
    return planDockerArchive(ctx);
  }
  throw new CorralError(
    'InvalidArgument',
    'import: neither an OCI image layout (index.json) nor a docker-archive (manifest.json)',
    { hint: 'a filesystem tar becomes a one-layer image with `corral import` (format rootfs)' },
  );
}
