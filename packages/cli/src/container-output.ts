// A container's output on the CLI's streams: log entries as written (stdout/stderr, partial CRI
// records without their newline), followed live until the container exits, then drained.
import { toBigInt, toInt64 } from '@corral/api';
import type { corral } from '@corral/api';
import type { CorralClient } from '@corral/client';
import type { CliIo } from './cli-io.js';
import { writeOut } from './cli-io.js';
import { nsToIso } from './format/json.js';

type LogEntry = corral.v1.LogEntry.$Properties;

export async function writeLogEntry(io: CliIo, e: LogEntry, timestamps = false): Promise<void> {
  const stream = e.stream === 'stderr' ? io.output.stderr : io.output.stdout;
  const prefix = timestamps ? `${nsToIso(toBigInt(e.timestamp))} ` : '';
  const line = Buffer.from(e.line ?? new Uint8Array(0));
  await writeOut(stream, Buffer.concat([Buffer.from(prefix), line, Buffer.from(e.partial ? '' : '\n')]));
}

/**
 * Prints the container's log while it runs and returns its exit code once it has exited and
 * every line it wrote has been printed. `since` (ns) skips what an earlier run wrote.
 */
export async function printOutputUntilExit(
  client: CorralClient,
  containerId: string,
  io: CliIo,
  since: bigint | undefined,
): Promise<number> {
  const base = { containerId, ...(since === undefined ? {} : { since: toInt64(since) }) };
  const stop = new AbortController();
  let printed = 0;
  const following = (async () => {
    for await (const e of client.runtime.containerLogs({ ...base, follow: true }, { signal: stop.signal })) {
      await writeLogEntry(io, e);
      printed++;
    }
  })();
  // A follow that fails (an old daemon, a log rotated away) must not hide the exit code.
  const followFailed = following.then(
    () => undefined,
    (err: unknown) => err,
  );
  const { exitCode } = await client.runtime.waitContainer({ containerId });
  stop.abort();
  await followFailed;
  // The follow may lag the exit: the whole log, past what was printed, closes the gap exactly.
  let seen = 0;
  for await (const e of client.runtime.containerLogs(base)) {
    if (seen++ < printed) continue;
    await writeLogEntry(io, e);
  }
  return exitCode ?? 0;
}
