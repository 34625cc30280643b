import { CorralError } from '@corral/api';
import { stageArchive } from './archive-files.js';
import type { ByteSource } from './byte-reader.js';
import type { ContentStore, Ingest } from './content-store.js';
import { dockerRepoTagsByConfig, planDockerArchive } from './docker-archive.js';
import type { ImportPlan } from './import-plan.js';
import type { Platform } from './manifest.js';
import { planOciArchive } from './oci-archive.js';
import { normalizeRef } from './reference.js';

export type ArchiveFormat = 'oci-archive' | 'docker-archive' | '';

export interface ImportArchiveOptions {
  /** '' (default) detects: index.json means an OCI layout, else manifest.json means docker-archive. */
  format?: ArchiveFormat;
  /** Names an image the archive leaves unnamed (and gives a bare OCI ref-name tag its repository). */
  name?: string;
  /** Called with the number of archive bytes read so far. */
  onProgress?: (bytes: number) => void;
}

/**
 * Reads an image archive into `ingest` and returns what to commit, everything verified: blob
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
  if (format !== '' && format !== 'oci-archive' && format !== 'docker-archive')
    throw new CorralError('InvalidArgument', `import: unknown archive format ${JSON.stringify(format)}`);
  const name = opts.name ? normalizeRef(opts.name) : undefined;
  const files = await stageArchive(source, ingest, opts.onProgress);
  const ctx = { files, ingest, content, platform, name };
  const hasIndex = files.has('index.json');
  const hasDockerManifest = files.has('manifest.json');
  if (format === 'oci-archive' || (format === '' && hasIndex)) {
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
  );
}
