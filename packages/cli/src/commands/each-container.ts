// Commands that act on several containers (stop, rm, kill, pause…): each one resolved and acted
// on in turn; a failure is reported and the rest still go, and the exit code says one failed.
import type { CorralClient } from '@corral/client';
import { errorLine, exitCodes } from '../cli-error.js';
import type { CommandContext } from '../command.js';
import { ContainerResolver } from '../container-ref.js';

export async function forEachContainer(
  ctx: CommandContext,
  refs: readonly string[],
  act: (client: CorralClient, id: string, ref: string) => Promise<string | undefined>,
): Promise<number> {
  const client = await ctx.client();
  const resolver = new ContainerResolver(client);
  let failed = false;
  for (const ref of refs) {
    try {
      const { id } = await resolver.resolve(ref);
      const line = await act(client, id, ref);
      if (line !== undefined) await ctx.out(line);
    } catch (err) {
      failed = true;
      await ctx.err(errorLine(err));
    }
  }
  return failed ? exitCodes.daemonError : exitCodes.ok;
}
