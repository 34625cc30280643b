import type { ContentStore } from './content-store.js';
import { dockerArchiveStream, type KnownLayerSize } from './docker-archive-export.js';
import type { ExportFormat, ExportPlan } from './export-plan.js';
import type { ImageRecord } from './image-records.js';
import { ociArchiveStream } from './oci-archive-export.js';
import { tarEnd } from './tar-writer.js';

export interface ExportArchiveOptions {
  /** 'docker-archive' (default, what `docker save` writes) or 'oci-archive'. */
  format?: ExportFormat | '';
}

/**
 * An archive being written: iterate it once for its bytes. The images' content is kept from GC
 * until the iteration ends, or until close() for an archive that is never read.
 */
export interface ImageExport extends AsyncIterable<Buffer> {
  readonly format: ExportFormat;
  readonly images: ImageRecord[];
  close(): void;
}

export function archiveStream(
  format: ExportFormat,
  plan: ExportPlan,
  content: ContentStore,
  knownSize: KnownLayerSize,
): AsyncGenerator<Buffer> {
  return (async function* () {
    if (format === 'oci-archive') yield* ociArchiveStream(plan, content);
    else yield* dockerArchiveStream(plan, content, knownSize);
    yield tarEnd();
  })();
}
