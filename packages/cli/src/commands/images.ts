// corral images, rmi, import.
import { toBigInt } from '@corral/api';
import type { corral } from '@corral/api';
import { writeOut } from '../cli-io.js';
import type { Command } from '../command.js';
import { boolOpt } from '../command.js';
import { shortId } from '../container-ref.js';
import { humanAgo, humanSize } from '../format/humanize.js';
import { nsToMs } from '../format/container-status.js';
import { formatTable } from '../format/table.js';

type Image = corral.v1.Image.$Properties;

export const imagesCommand: Command = {
  name: 'images',
  summary: 'List images',
  usage: '[OPTIONS]',
  options: { quiet: { type: 'boolean', short: 'q', description: 'print only the image ids' } },
  maxPositionals: 0,
  async run(ctx, args) {
    const client = await ctx.client();
    const images = (await client.images.listImages({})).images ?? [];
    if (boolOpt(args, 'quiet')) {
      for (const id of new Set(images.map((i) => shortId(i.id ?? '')))) await ctx.out(id);
      return 0;
    }
    await writeOut(ctx.io.output.stdout, imagesTable(images, ctx.io.now()));
    return 0;
  },
};

/** "registry:5000/busybox:1.36" → ["registry:5000/busybox", "1.36"]. */
export function splitTag(ref: string): [string, string] {
  const colon = ref.lastIndexOf(':');
  if (colon <= ref.lastIndexOf('/')) return [ref, '<none>'];
  return [ref.slice(0, colon), ref.slice(colon + 1)];
}

export function imagesTable(images: readonly Image[], nowMs: number): string {
  const rows = images.flatMap((img) => {
    const created = nsToMs(img.createdAt);
    const cells = [
      shortId(img.id ?? ''),
      created ? humanAgo(created, nowMs) : 'N/A',
      humanSize(Number(toBigInt(img.size))),
    ];
    const tags = img.repoTags?.length ? img.repoTags : ['<none>:<none>'];
    return tags.map((t) => [...(t === '<none>:<none>' ? ['<none>', '<none>'] : splitTag(t)), ...cells]);
  });
  return formatTable(['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'], rows);
}

export const rmiCommand: Command = {
  name: 'rmi',
  summary: 'Remove images',
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  options: { force: { type: 'boolean', short: 'f', description: 'remove even if containers use it' } },
  minPositionals: 1,
  async run(ctx, args) {
    const client = await ctx.client();
    for (const ref of args.positionals) {
      await client.images.removeImage({ image: { image: ref }, force: boolOpt(args, 'force') });
      await ctx.out(`Deleted: ${ref}`);
    }
    return 0;
  },
};
