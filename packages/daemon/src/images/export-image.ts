import { CorralError, type corral } from '@corral/api';
import type { Logger } from 'pino';
import type { ImageInfo, ImageStorePort } from './image-store-port.js';

/** Archive bytes go out in frames of about this size (blob reads are 1 MiB, tar headers 512 B). */
const frameBytes = 1024 * 1024;

const formats = ['docker-archive', 'oci-archive'] as const;

export interface ExportSink {
  /** Resolves once the socket can take more: awaiting it is the backpressure. */
  send(m: corral.v1.ExportChunk.$Properties): Promise<void>;
  signal: AbortSignal;
}

/**
 * ExportImage: the store's archive through `sink` in frames. Bad requests and unknown images fail
 * before the first byte; a client that goes away ends the read (its signal) and frees the content.
 */
export async function exportImage(
  images: ImageStorePort,
  req: corral.v1.ExportImageRequest.$Properties,
  sink: ExportSink,
  logger: Logger,
): Promise<{ size: number; images: readonly ImageInfo[] }> {
  const refs = (req.images ?? []).map((s) => s.image ?? '');
  if (refs.length === 0 || refs.some((r) => r === ''))
    throw new CorralError('InvalidArgument', 'export_image: name at least one image, none empty');
  const format = req.format || 'docker-archive';
  if (!(formats as readonly string[]).includes(format))
    throw new CorralError(
      'InvalidArgument',
      `export_image: unknown format ${JSON.stringify(format)} (${formats.join(', ')})`,
    );
  const started = Date.now();
  const archive = await images.exportArchive(refs, { format: format as (typeof formats)[number] });
  let size = 0;
  try {
    let parts: Uint8Array[] = [];
    let pending = 0;
    const flush = async (): Promise<void> => {
      if (pending === 0) return;
      const data = parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts);
      parts = [];
      pending = 0;
      await sink.send({ data });
      size += data.length;
    };
    for await (const chunk of archive) {
      sink.signal.throwIfAborted();
      parts.push(chunk);
      pending += chunk.length;
      if (pending >= frameBytes) await flush();
    }
    await flush();
  } finally {
    archive.close();
  }
  logger.info(
    { images: archive.images.map((i) => i.id), format, bytes: size, ms: Date.now() - started },
    'exported images',
  );
  return { size, images: archive.images };
}
