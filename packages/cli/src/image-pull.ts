// A pull through corrald the way `corral pull` and `corral run` do it: the CLI's credentials for
// the image's registry sent along, progress on stderr unless quiet; resolves with the image id.
import type { CorralClient } from '@corral/client';
import type { CommandContext } from './command.js';
import { PullProgressView } from './pull-progress.js';
import { pullCredentials, type CredentialOptions } from './registry-credentials.js';

export interface PullImageOptions extends CredentialOptions {
  /** The command pulling, for usage errors. */
  command: string;
  quiet?: boolean;
}

export async function pullImage(
  ctx: CommandContext,
  client: CorralClient,
  ref: string,
  o: PullImageOptions,
): Promise<string> {
  const auth = await pullCredentials(o.command, ref, o, ctx.io.env);
  const view = o.quiet ? undefined : new PullProgressView(ctx.io.output.stderr, () => ctx.io.now());
  try {
    const res = await client.images.pullImage(
      // A user asked for this pull: it is not held back by the back-off of earlier failures.
      { image: { image: ref }, ignoreBackoff: true, ...(auth ? { auth } : {}) },
      view ? { onProgress: (p) => view.update(p) } : {},
    );
    return res.imageRef ?? '';
  } finally {
    await view?.finish();
  }
}
