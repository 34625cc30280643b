// corral logs: a container's log; -f follows it until Ctrl-C.
import type { Command } from '../command.js';
import { boolOpt, stringOpt } from '../command.js';
import { usageError } from '../cli-error.js';
import { ContainerResolver } from '../container-ref.js';
import { writeLogEntry } from '../container-output.js';

export const logsCommand: Command = {
  name: 'logs',
  summary: "Print a container's logs",
  usage: '[OPTIONS] CONTAINER',
  options: {
    follow: { type: 'boolean', short: 'f', description: 'keep printing new lines' },
    tail: { type: 'string', short: 'n', valueName: 'N', description: 'only the last N lines' },
    timestamps: { type: 'boolean', short: 't', description: 'prefix each line with its time' },
  },
  minPositionals: 1,
  maxPositionals: 1,
  async run(ctx, args) {
    const tailArg = stringOpt(args, 'tail');
    if (tailArg !== undefined && tailArg !== 'all' && !/^\d+$/.test(tailArg)) {
      throw usageError('logs', `invalid --tail ${JSON.stringify(tailArg)}: want a number or "all"`);
    }
    const tail = tailArg === undefined || tailArg === 'all' ? 0 : Number(tailArg);
    const client = await ctx.client();
    const { id } = await new ContainerResolver(client).resolve(args.positionals[0] ?? '');
    const stop = new AbortController();
    const offs = [
      ctx.io.signals.on('SIGINT', () => stop.abort()),
      ctx.io.signals.on('SIGTERM', () => stop.abort()),
    ];
    try {
      const entries = client.runtime.containerLogs(
        { containerId: id, follow: boolOpt(args, 'follow'), tail },
        { signal: stop.signal },
      );
      for await (const e of entries) await writeLogEntry(ctx.io, e, boolOpt(args, 'timestamps'));
    } finally {
      for (const off of offs) off();
    }
    return 0;
  },
};
