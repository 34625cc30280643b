// corral inspect: containers' full status as a JSON array (docker inspect's shape: one per ref).
import { corral } from '@corral/api';
import { errorLine, exitCodes } from '../cli-error.js';
import { writeOut } from '../cli-io.js';
import type { Command } from '../command.js';
import { ContainerResolver } from '../container-ref.js';
import { messageToJson } from '../format/json.js';

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'Print detailed information on containers as JSON',
  usage: 'CONTAINER [CONTAINER...]',
  options: {},
  minPositionals: 1,
  async run(ctx, args) {
    const client = await ctx.client();
    const resolver = new ContainerResolver(client);
    const out: Record<string, unknown>[] = [];
    let failed = false;
    for (const ref of args.positionals) {
      try {
        const { id } = await resolver.resolve(ref);
        const res = await client.runtime.containerStatus({ containerId: id, verbose: true });
        const status = messageToJson(corral.v1.ContainerStatus, res.status ?? {});
        out.push({ ...status, info: parseInfo(res.info ?? {}) });
      } catch (err) {
        failed = true;
        await ctx.err(errorLine(err));
      }
    }
    await writeOut(ctx.io.output.stdout, `${JSON.stringify(out, null, 2)}\n`);
    return failed ? exitCodes.daemonError : exitCodes.ok;
  },
};

/** CRI's verbose info map holds JSON documents as strings: show them as JSON. */
function parseInfo(info: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(info).map(([k, v]) => {
      try {
        return [k, JSON.parse(v) as unknown];
      } catch {
        return [k, v];
      }
    }),
  );
}
