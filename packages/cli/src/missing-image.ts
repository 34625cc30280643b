// corral run / create with an image corrald does not have: pull it, then create again (podman's
// default pull policy, "missing"). The common path costs nothing: the pull only follows corrald's
// own NotFound for the image.
import { CorralError, errorReasons, type corral } from '@corral/api';
import type { CorralClient } from '@corral/client';
import type { CommandContext } from './command.js';
import { pullImage } from './image-pull.js';

type ContainerConfig = corral.v1.ContainerConfig.$Properties;

/** CreateContainer's NotFound for its image, not for anything else (its reason says which). */
function isMissingImage(err: unknown): boolean {
  return err instanceof CorralError && err.reason === errorReasons.imageNotFound;
}

export async function createContainerPullingImage(
  ctx: CommandContext,
  client: CorralClient,
  command: string,
  config: ContainerConfig,
): Promise<corral.v1.CreateContainerResponse.$Properties> {
  try {
    return await client.runtime.createContainer({ config });
  } catch (err) {
    if (!isMissingImage(err)) throw err;
  }
  const ref = config.image?.image ?? '';
  await ctx.err(`Unable to find image '${ref}' locally`);
  await pullImage(ctx, client, ref, { command });
  return client.runtime.createContainer({ config });
}
