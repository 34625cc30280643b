// corral save: images down from corrald through ExportImage, as a docker-archive or an OCI image
// layout tar, to a file (written beside it and renamed in once complete) or to a piped stdout.
import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError, usageError } from '../cli-error.js';
import type { OutputStream } from '../cli-io.js';
import { writeOut } from '../cli-io.js';
import type { Command } from '../command.js';
import { boolOpt, stringOpt } from '../command.js';
import { ProgressPrinter } from '../progress-printer.js';

const formats = ['docker-archive', 'oci-archive'];

export const saveCommand: Command = {
  name: 'save',
  summary: 'Save images to a tar archive (docker-archive or an OCI image layout), to STDOUT by default',
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  options: {
    output: {
      type: 'string',
      short: 'o',
      valueName: 'FILE',
      description: 'write to a file instead of STDOUT',
    },
    format: {
      type: 'string',
      valueName: 'FORMAT',
      description: 'docker-archive (default, what docker load reads) or oci-archive',
    },
    quiet: { type: 'boolean', short: 'q', description: 'no progress' },
  },
  minPositionals: 1,
  async run(ctx, args) {
    const file = stringOpt(args, 'output');
    const format = stringOpt(args, 'format') ?? 'docker-archive';
    if (!formats.includes(format))
      throw usageError('save', `unknown format ${JSON.stringify(format)} (${formats.join(', ')})`);
    const stdout = ctx.io.output.stdout;
    // As docker: an archive on a terminal is garbage on the screen, not a save.
    if (file === undefined && stdout.isTTY)
      throw usageError(
        'save',
        'refusing to write an image archive to a terminal: use -o FILE or redirect stdout',
      );
    const client = await ctx.client();
    const stop = new AbortController();
    const unhook = [
      ctx.io.signals.on('SIGINT', () => stop.abort()),
      ctx.io.signals.on('SIGTERM', () => stop.abort()),
    ];
    const progress = new ProgressPrinter(ctx.io.output.stderr, { doing: 'Saving', done: 'Saved' }, undefined);
    let bytes = 0;
    const chunks = (async function* () {
      for await (const c of client.images.exportImage(
        { images: args.positionals.map((image) => ({ image })), format },
        { signal: stop.signal },
      )) {
        bytes += c.length;
        if (!boolOpt(args, 'quiet')) progress.update(bytes);
        yield c;
      }
      // The stream ends quietly when aborted: a half archive must not pass for a save.
      if (stop.signal.aborted) throw new CliError('save interrupted', 130);
    })();
    try {
      if (file === undefined) await writeAll(stdout, chunks);
      else await writeFileAtomically(file, chunks);
    } finally {
      for (const u of unhook) u();
    }
    if (!boolOpt(args, 'quiet')) await progress.done();
    return 0;
  },
};

async function writeAll(out: OutputStream, chunks: AsyncIterable<Uint8Array>): Promise<void> {
  for await (const c of chunks) await writeOut(out, c);
}

/** Written beside `file` and renamed over it once complete: a failed save leaves no partial file. */
async function writeFileAtomically(file: string, chunks: AsyncIterable<Uint8Array>): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.corral-save-${randomBytes(4).toString('hex')}`);
  let fh: FileHandle | undefined;
  try {
    fh = await open(tmp, 'wx', 0o644);
  } catch (err) {
    throw new CliError(`create ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    for await (const c of chunks) await fh.write(c);
    await fh.close();
    fh = undefined;
    await rename(tmp, file);
  } catch (err) {
    await fh?.close().catch(() => undefined);
    await rm(tmp, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== undefined && !(err instanceof CliError) && /^E[A-Z]+$/.test(code))
      throw new CliError(`write ${file}: ${code}`);
    throw err;
  }
}
