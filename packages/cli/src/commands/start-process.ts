// Starting a container's process, and what the CLI does around it: a runtime that cannot find or
// run the executable becomes exit code 127 or 126 (docker's), and Ctrl-C / SIGTERM on a
// foreground container are passed on to it.
import type { CorralClient } from '@corral/client';
import { CliError, errorLine, startFailureExitCode } from '../cli-error.js';
import type { CommandContext } from '../command.js';

export function startContainer(client: CorralClient, containerId: string): Promise<void> {
  return asStartFailure(client.runtime.startContainer({ containerId })).then(() => undefined);
}

/** `call`, with a runtime's "executable not found" / "permission denied" as exit code 127 / 126. */
export async function asStartFailure<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (err) {
    const code = startFailureExitCode(err);
    if (code !== undefined) throw new CliError(errorLine(err).replace(/^corral: /, ''), code);
    throw err;
  }
}

/** Passes SIGINT and SIGTERM to the container until the returned function is called. */
export function forwardSignals(ctx: CommandContext, client: CorralClient, containerId: string): () => void {
  const forward = (signal: 'SIGINT' | 'SIGTERM') => () => {
    client.runtime
      .killContainer({ containerId, signal })
      .catch((err: unknown) => void ctx.err(errorLine(err)));
  };
  const offs = [
    ctx.io.signals.on('SIGINT', forward('SIGINT')),
    ctx.io.signals.on('SIGTERM', forward('SIGTERM')),
  ];
  return () => {
    for (const off of offs) off();
  };
}
