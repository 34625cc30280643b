// corral start: start created (or exited) containers; with -a, stay for the output and the code.
import { usageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { boolOpt } from '../command.js';
import { ContainerResolver } from '../container-ref.js';
import { printOutputUntilExit } from '../container-output.js';
import { forEachContainer } from './each-container.js';
import { forwardSignals, startContainer } from './start-process.js';

export const startCommand: Command = {
  name: 'start',
  summary: 'Start one or more containers',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  options: {
    attach: {
      type: 'boolean',
      short: 'a',
      description: "print the container's output and exit with its code",
    },
  },
  minPositionals: 1,
  async run(ctx, args) {
    if (!boolOpt(args, 'attach')) {
      return forEachContainer(ctx, args.positionals, async (client, id, ref) => {
        await startContainer(client, id);
        return ref;
      });
    }
    const [ref, extra] = args.positionals;
    if (ref === undefined || extra !== undefined)
      throw usageError('start', 'start -a takes exactly one container');
    const client = await ctx.client();
    const { id } = await new ContainerResolver(client).resolve(ref);
    // Only what this start writes: an earlier run's output is already in the log.
    const since = BigInt(ctx.io.now()) * 1_000_000n;
    await startContainer(client, id);
    const stopForwarding = forwardSignals(ctx, client, id);
    try {
      return await printOutputUntilExit(client, id, ctx.io, since);
    } finally {
      stopForwarding();
    }
  },
};
