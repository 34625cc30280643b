// corral import: an OCI or docker archive up to corrald through ImportImage, with progress.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { CliError } from '../cli-error.js';
import type { OutputStream } from '../cli-io.js';
import { writeOut } from '../cli-io.js';
import type { Command } from '../command.js';
import { stringOpt } from '../command.js';
import { humanSize } from '../format/humanize.js';

export const importCommand: Command = {
  name: 'import',
  summary: 'Import an image from an OCI or docker archive (a file, or - for stdin)',
  usage: '[OPTIONS] FILE',
  options: {
    name: { type: 'string', valueName: 'NAME', description: 'name an image the archive leaves unnamed' },
    format: {
      type: 'string',
      valueName: 'FORMAT',
      description: 'oci-archive or docker-archive (default: detect)',
    },
  },
  minPositionals: 1,
  maxPositionals: 1,
  async run(ctx, args) {
    const file = args.positionals[0] ?? '-';
    let total: number | undefined;
    if (file !== '-') {
      try {
        total = (await stat(file)).size;
      } catch (err) {
        throw new CliError(`open ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
    }
    const source = file === '-' ? ctx.io.stdin : createReadStream(file);
    const client = await ctx.client();
    const progress = new ProgressPrinter(ctx.io.output.stderr, total);
    const name = stringOpt(args, 'name');
    const format = stringOpt(args, 'format');
    const res = await client.images.importImage(
      { ...(name === undefined ? {} : { name }), ...(format === undefined ? {} : { format }) },
      source as AsyncIterable<Uint8Array>,
      { onProgress: ({ bytesSent }) => progress.update(bytesSent) },
    );
    await progress.done();
    for (const img of res.images ?? []) {
      if (img.repoTags?.length) for (const t of img.repoTags) await ctx.out(`Loaded image: ${t}`);
      else await ctx.out(`Loaded image ID: ${img.id ?? ''}`);
    }
    return 0;
  },
};

/** One line redrawn in place on a TTY; a plain line per tenth otherwise (logs, CI). */
class ProgressPrinter {
  readonly #stream: OutputStream;
  readonly #total: number | undefined;
  #sent = 0;
  #lastTenth = -1;

  constructor(stream: OutputStream, total: number | undefined) {
    this.#stream = stream;
    this.#total = total;
  }

  update(sent: number): void {
    this.#sent = sent;
    const pct = this.#total ? Math.floor((sent / this.#total) * 100) : undefined;
    const text = `Importing ${humanSize(sent)}${this.#total ? ` / ${humanSize(this.#total)} (${pct}%)` : ''}`;
    if (this.#stream.isTTY) {
      this.#stream.write(`\r${text}\x1b[K`);
      return;
    }
    const tenth = pct === undefined ? Math.floor(sent / (64 * 1024 * 1024)) : Math.floor(pct / 10);
    if (tenth !== this.#lastTenth) {
      this.#lastTenth = tenth;
      this.#stream.write(`${text}\n`);
    }
  }

  async done(): Promise<void> {
    if (this.#stream.isTTY) await writeOut(this.#stream, `\rImported ${humanSize(this.#sent)}\x1b[K\n`);
  }
}
