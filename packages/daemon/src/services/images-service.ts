import { corral, CorralError, nowNanos, topics, toInt64, toUint64, typeUrls } from '@corral/api';
import type { PullProgress } from '@corral/images';
import type { DaemonContext } from '../context.js';
import { exportImage, type ExportSink } from '../images/export-image.js';
import { ImagePulls } from '../images/image-pulls.js';
import type { ImageFsUsage, ImageInfo, ImportFormat } from '../images/image-store-port.js';
import { importFormats } from '../images/image-store-port.js';
import type { RegistrySettings } from '../images/registry-settings.js';

type V1 = typeof corral.v1;
type Req<K extends keyof V1> = V1[K] extends { encode(m: infer P): unknown } ? P : never;

/**
 * The Images service (CRI ImageService shape) over the image store. ImageStatus of an absent
 * image is an empty reply and RemoveImage of one is a no-op (CRI); an image a container uses is
 * only removed with force. PullImage answers with the image id once pulled (PullImageProgress
 * streams each blob's progress meanwhile).
 */
export class ImagesService {
  readonly #pulls: ImagePulls;

  constructor(
    private readonly ctx: DaemonContext,
    registries: RegistrySettings,
  ) {
    this.#pulls = new ImagePulls(
      ctx.images,
      registries,
      (ns, topic, typeUrl, value) => this.publish(ns, topic, typeUrl, value),
      ctx.logger.child({ component: 'images' }),
    );
  }

  async listImages(req: Req<'ListImagesRequest'>): Promise<Req<'ListImagesResponse'>> {
    const want = req.filter?.image?.image ?? '';
    let images = [...(await this.ctx.images.list())];
    if (want) {
      const one = await this.ctx.images.get(want);
      images = one ? [one] : [];
    }
    return { images: images.map(toImage) };
  }

  async imageStatus(req: Req<'ImageStatusRequest'>): Promise<Req<'ImageStatusResponse'>> {
    const ref = req.image?.image ?? '';
    if (!ref) throw new CorralError('InvalidArgument', 'image_status: image is required');
    const image = await this.ctx.images.get(ref);
    if (!image) return {};
    const info: Record<string, string> = {};
    if (req.verbose) {
      const config = await this.ctx.images.imageConfig(image.id);
      info['info'] = JSON.stringify({ id: image.id, config: config ?? null });
    }
    return { image: toImage(image), info };
  }

  async pullImage(
    ns: string,
    req: Req<'PullImageRequest'>,
    signal?: AbortSignal,
  ): Promise<Req<'PullImageResponse'>> {
    const image = await this.#pulls.pull(ns, req, { signal });
    return { imageRef: image.id };
  }

  /** PullImage, with each blob's progress sent (in order, before the reply) through `send`. */
  async pullImageProgress(
    ns: string,
    req: Req<'PullImageRequest'>,
    stream: { send(m: Req<'PullProgress'>): Promise<void>; signal: AbortSignal },
  ): Promise<Req<'PullImageResponse'>> {
    let sent = Promise.resolve();
    const onProgress = (p: PullProgress): void => {
      const m = toPullProgress(p);
      // A send fails only once the call is over, and then the signal has stopped the pull.
      sent = sent.then(() => stream.send(m)).catch(() => undefined);
    };
    try {
      const image = await this.#pulls.pull(ns, req, { signal: stream.signal, onProgress });
      return { imageRef: image.id };
    } finally {
      await sent;
    }
  }

  async removeImage(ns: string, req: Req<'RemoveImageRequest'>): Promise<Req<'RemoveImageResponse'>> {
    const ref = req.image?.image ?? '';
    if (!ref) throw new CorralError('InvalidArgument', 'remove_image: image is required');
    const image = await this.ctx.images.get(ref);
    if (!image) return {};
    const users = this.ctx.store.all().filter((c) => c.record.imageId === image.id);
    if (users.length > 0 && !req.force) {
      throw new CorralError(
        'FailedPrecondition',
        `image ${ref} is in use by ${users.length} container(s): ${users.map((c) => c.id.slice(0, 12)).join(', ')}`,
        { hint: 'remove those containers first, or remove the image with force' },
      );
    }
    await this.ctx.images.remove(ref, {
      isInUse: (id) => this.ctx.store.isImageInUse(id),
      force: req.force ?? false,
    });
    this.publish(
      ns,
      topics.imageDelete,
      typeUrls.ImageDelete,
      corral.v1.ImageDelete.encode({ name: ref }).finish(),
    );
    return {};
  }

  async importImage(
    ns: string,
    req: Req<'ImportImageRequest'>,
    chunks: AsyncIterable<Req<'ImportChunk'>>,
  ): Promise<Req<'ImportImageResponse'>> {
    const format = req.format ?? '';
    if (format && !importFormats.includes(format)) {
      throw new CorralError(
        'InvalidArgument',
        `import: unknown format ${JSON.stringify(format)} (${importFormats.join(', ')})`,
      );
    }
    async function* bytes(): AsyncGenerator<Uint8Array> {
      for await (const c of chunks) if (c.data && c.data.length > 0) yield c.data;
    }
    const started = nowNanos();
    const result = await this.ctx.images.importArchive(bytes(), {
      ...(format ? { format: format as ImportFormat } : {}),
      ...(req.name ? { name: req.name } : {}),
    });
    const images = Array.isArray(result) ? (result as readonly ImageInfo[]) : [result as ImageInfo];
    for (const image of images) {
      const name = image.repoTags[0] ?? image.id;
      this.publish(
        ns,
        topics.imageCreate,
        typeUrls.ImageCreate,
        corral.v1.ImageCreate.encode({ name, id: image.id }).finish(),
      );
      this.publish(
        ns,
        topics.imageUpdate,
        typeUrls.ImageUpdate,
        corral.v1.ImageUpdate.encode({
          name,
          reason: 'Imported',
          size: toUint64(BigInt(image.size)),
          durationNs: toInt64(nowNanos() - started),
        }).finish(),
      );
    }
    return { images: images.map(toImage) };
  }

  /** ExportImage: the archive through `sink`, frame by frame; the reply says how many bytes went. */
  async exportImage(req: Req<'ExportImageRequest'>, sink: ExportSink): Promise<Req<'ExportImageEnd'>> {
    const r = await exportImage(this.ctx.images, req, sink, this.ctx.logger);
    return { size: toUint64(BigInt(r.size)), images: r.images.map(toImage) };
  }

  async imageFsInfo(): Promise<Req<'ImageFsInfoResponse'>> {
    const r = await this.ctx.images.fsInfo();
    const list = Array.isArray(r) ? (r as readonly ImageFsUsage[]) : [r as ImageFsUsage];
    return {
      imageFilesystems: list.map((u) => ({
        timestamp: toInt64(BigInt(u.timestamp ?? nowNanos())),
        mountpoint: u.mountpoint,
        usedBytes: toUint64(BigInt(u.usedBytes)),
        inodesUsed: toUint64(BigInt(u.inodesUsed)),
      })),
    };
  }

  private publish(ns: string, topic: string, typeUrl: string, value: Uint8Array): void {
    try {
      void Promise.resolve(this.ctx.events.publish(ns, topic, typeUrl, value)).catch((err: unknown) =>
        this.ctx.logger.warn({ err, topic }, 'publishing an image event failed'),
      );
    } catch (err) {
      this.ctx.logger.warn({ err, topic }, 'publishing an image event failed');
    }
  }
}

function toPullProgress(p: PullProgress): Req<'PullProgress'> {
  return {
    ref: p.ref,
    digest: p.digest,
    kind: p.kind,
    index: p.index,
    total: toUint64(BigInt(p.total)),
    done: toUint64(BigInt(p.done)),
    bytesPerSecond: toUint64(BigInt(Math.round(p.bytesPerSecond))),
    status: p.status,
  };
}

export function toImage(i: ImageInfo): corral.v1.Image.$Properties {
  return {
    id: i.id,
    repoTags: [...i.repoTags],
    repoDigests: [...i.repoDigests],
    size: toUint64(BigInt(i.size)),
    user: i.user ?? '',
    createdAt: toInt64(createdNanos(i.createdAt)),
    labels: i.labels ?? {},
  };
}

/** ms, ns, Date or RFC 3339 → ns (a number below 1e14 is taken as ms). */
function createdNanos(v: ImageInfo['createdAt']): bigint {
  if (v === undefined) return 0n;
  if (v instanceof Date) return BigInt(v.getTime()) * 1_000_000n;
  if (typeof v === 'string') {
    const ms = Date.parse(v);
    return Number.isNaN(ms) ? 0n : BigInt(ms) * 1_000_000n;
  }
  const b = BigInt(v);
  return b < 100_000_000_000_000n ? b * 1_000_000n : b;
}
