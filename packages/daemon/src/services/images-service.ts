import { corral, CorralError, nowNanos, topics, toInt64, toUint64, typeUrls } from '@corral/api';
import type { DaemonContext } from '../context.js';
import type { ImageFsUsage, ImageInfo } from '../images/image-store-port.js';

type V1 = typeof corral.v1;
type Req<K extends keyof V1> = V1[K] extends { encode(m: infer P): unknown } ? P : never;

/**
 * The Images service (CRI ImageService shape) over the image store. ImageStatus of an absent
 * image is an empty reply and RemoveImage of one is a no-op (CRI); an image a container uses is
 * only removed with force. Registry pulls come in a later issue.
 */
export class ImagesService {
  constructor(private readonly ctx: DaemonContext) {}

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

  pullImage(req: Req<'PullImageRequest'>): Promise<Req<'PullImageResponse'>> {
    return Promise.reject(
      new CorralError(
        'Unimplemented',
        `pull ${JSON.stringify(req.image?.image ?? '')}: registry pulls come later; import an archive with \`corral import\``,
      ),
    );
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
    if (format && format !== 'oci-archive' && format !== 'docker-archive') {
      throw new CorralError(
        'InvalidArgument',
        `import: unknown format ${JSON.stringify(format)} (oci-archive, docker-archive)`,
      );
    }
    async function* bytes(): AsyncGenerator<Uint8Array> {
      for await (const c of chunks) if (c.data && c.data.length > 0) yield c.data;
    }
    const started = nowNanos();
    const result = await this.ctx.images.importArchive(bytes(), {
      ...(format ? { format: format as 'oci-archive' | 'docker-archive' } : {}),
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
