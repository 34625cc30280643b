// corral run: create, attach or follow the output, start, wait, exit with the container's code.
import { usageError } from '../cli-error.js';
import type { Command, CommandContext, ParsedArgs } from '../command.js';
import { boolOpt } from '../command.js';
import { containerConfig, containerOptionSpecs } from '../container-config.js';
import { printOutputUntilExit } from '../container-output.js';
import { runInteractive } from '../interactive.js';
import { errorLine } from '../cli-error.js';
import { createContainerPullingImage } from '../missing-image.js';
import { asStartFailure, forwardSignals, startContainer } from './start-process.js';

export const runCommand: Command = {
  name: 'run',
  summary: 'Create and start a container, print its output and exit with its code',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  options: {
    ...containerOptionSpecs,
    detach: { type: 'boolean', short: 'd', description: 'start in the background and print the id' },
    rm: { type: 'boolean', description: 'remove the container when it exits' },
  },
  optionsEndAtFirstPositional: true,
  minPositionals: 1,
  run,
};

async function run(ctx: CommandContext, args: ParsedArgs): Promise<number> {
  const detach = boolOpt(args, 'detach');
  const remove = boolOpt(args, 'rm');
  if (detach && remove) {
    throw usageError('run', '--rm cannot be used with -d: nothing would be there to remove the container');
  }
  const config = containerConfig('run', args, ctx.io.env);
  const client = await ctx.client();
  // runc checks the executable at create already: its "not found" is run's 127 too.
  const { containerId } = await asStartFailure(createContainerPullingImage(ctx, client, 'run', config));
  const id = containerId ?? '';
  try {
    if (detach) {
      await startContainer(client, id);
      await ctx.out(id);
      return 0;
    }
    const stdin = config.stdin === true;
    const tty = config.tty === true;
    if (stdin || tty) {
      // Attached before the start, so not a byte of output (a shell's first prompt) is missed.
      const proc = client.runtime.attach({ containerId: id, stdin, tty });
      try {
        await startContainer(client, id);
      } catch (err) {
        proc.cancel();
        throw err;
      }
      await runInteractive(ctx.io, proc, { stdin, tty });
      const { exitCode } = await client.runtime.waitContainer({ containerId: id });
      return exitCode ?? 0;
    }
    await startContainer(client, id);
    const stopForwarding = forwardSignals(ctx, client, id);
    try {
      return await printOutputUntilExit(client, id, ctx.io, undefined);
    } finally {
      stopForwarding();
    }
  } finally {
    if (remove) {
      await client.runtime
        .removeContainer({ containerId: id, force: true })
        .catch((err: unknown) => ctx.err(errorLine(err)));
    }
  }
}
