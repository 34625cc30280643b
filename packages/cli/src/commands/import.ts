// corral import and corral load: an image archive (OCI layout or docker-archive, gzipped or not)
// or a rootfs tar up to corrald through ImportImage, with progress on stderr.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { CliError, usageError } from '../cli-error.js';
import type { Command, CommandContext } from '../command.js';
import { boolOpt, stringOpt } from '../command.js';
import { ProgressPrinter } from '../progress-printer.js';

export const importCommand: Command = {
  name: 'import',
  summary: 'Import an image archive, or a rootfs tar as a one-layer image (a file, or - for stdin)',
  usage: '[OPTIONS] FILE|- [REPOSITORY[:TAG]]',
  options: {
    name: { type: 'string', valueName: 'NAME', description: 'name an image the archive leaves unnamed' },
    format: {
      type: 'string',
      valueName: 'FORMAT',
      description: 'oci-archive, docker-archive or rootfs (default: detect which)',
    },
    rootfs: {
      type: 'boolean',
      description: 'the file is a filesystem tar whatever its names say (--format rootfs)',
    },
    quiet: { type: 'boolean', short: 'q', description: 'no progress' },
  },
  minPositionals: 1,
  maxPositionals: 2,
  async run(ctx, args) {
    const [file = '-', positionalName] = args.positionals;
    const nameOpt = stringOpt(args, 'name');
    if (positionalName !== undefined && nameOpt !== undefined)
      throw usageError('import', 'give the name once: as --name or after the file');
    let format = stringOpt(args, 'format');
    if (boolOpt(args, 'rootfs')) {
      if (format !== undefined && format !== 'rootfs')
        throw usageError('import', `--rootfs and --format ${format} disagree`);
      format = 'rootfs';
    }
    return upload(ctx, {
      file,
      name: positionalName ?? nameOpt,
      // docker's import takes a rootfs, docker's load an archive: corral import takes either.
      format: format ?? 'archive-or-rootfs',
      quiet: boolOpt(args, 'quiet'),
      verb: { doing: 'Importing', done: 'Imported' },
    });
  },
};

export const loadCommand: Command = {
  name: 'load',
  summary: 'Load images from an archive (docker-archive, OCI layout, or a rootfs tar), from STDIN by default',
  usage: '[OPTIONS]',
  options: {
    input: {
      type: 'string',
      short: 'i',
      valueName: 'FILE',
      description: 'read from a file instead of STDIN',
    },
    quiet: { type: 'boolean', short: 'q', description: 'no progress' },
  },
  maxPositionals: 0,
  async run(ctx, args) {
    const file = stringOpt(args, 'input') ?? '-';
    if (file === '-' && ctx.io.stdin.isTTY)
      throw new CliError('requested load from stdin, but stdin is a terminal: use -i FILE or redirect stdin');
    return upload(ctx, {
      file,
      name: undefined,
      format: undefined,
      quiet: boolOpt(args, 'quiet'),
      verb: { doing: 'Loading', done: 'Loaded' },
    });
  },
};

interface Upload {
  file: string;
  name: string | undefined;
  format: string | undefined;
  quiet: boolean;
  verb: { doing: string; done: string };
}

async function upload(ctx: CommandContext, u: Upload): Promise<number> {
  let total: number | undefined;
  if (u.file !== '-') {
    try {
      total = (await stat(u.file)).size;
    } catch (err) {
      throw new CliError(`open ${u.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
  const source = u.file === '-' ? ctx.io.stdin : createReadStream(u.file);
  const client = await ctx.client();
  const progress = new ProgressPrinter(ctx.io.output.stderr, u.verb, total);
  const res = await client.images.importImage(
    {
      ...(u.name === undefined ? {} : { name: u.name }),
      ...(u.format === undefined ? {} : { format: u.format }),
    },
    source as AsyncIterable<Uint8Array>,
    { onProgress: ({ bytesSent }) => (u.quiet ? undefined : progress.update(bytesSent)) },
  );
  if (!u.quiet) await progress.done();
  for (const img of res.images ?? []) {
    if (img.repoTags?.length) for (const t of img.repoTags) await ctx.out(`Loaded image: ${t}`);
    else await ctx.out(`Loaded image ID: ${img.id ?? ''}`);
  }
  return 0;
}
