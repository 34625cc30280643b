// The corral command line: global options, then a command and its own. Resolves with the exit
// code; it never exits the process (src/bin/corral.ts does).
import { CorralClient } from '@corral/client';
import type { CliIo } from './cli-io.js';
import { writeOut } from './cli-io.js';
import { CliError, errorLine, exitCodes, usageError } from './cli-error.js';
import type { Command, CommandContext } from './command.js';
import { commands, findCommand } from './commands/index.js';
import { globalOptionSpecs, resolveGlobals } from './global-options.js';
import type { GlobalOptions } from './global-options.js';
import { commandHelp, mainHelp } from './help-text.js';
import { parseCommandArgs } from './parse-args.js';
import { cliVersion } from './version.js';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const out = (line: string): Promise<void> => writeOut(io.output.stdout, `${line}\n`);
  const err = (line: string): Promise<void> => writeOut(io.output.stderr, `${line}\n`);
  let globals: GlobalOptions | undefined;
  let client: CorralClient | undefined;
  try {
    const top = parseCommandArgs('', argv, globalOptionSpecs, true);
    globals = resolveGlobals(top.values, io.env);
    const [name, ...rest] = top.positionals;
    if (name === undefined) {
      if (top.values.version === true) return await printed(out, `corral version ${cliVersion}`);
      await writeOut(top.values.help === true ? io.output.stdout : io.output.stderr, mainHelp(commands));
      return top.values.help === true ? exitCodes.ok : exitCodes.daemonError;
    }
    if (name === 'help') return await help(rest[0], io);
    const cmd = findCommand(name);
    if (!cmd) throw usageError('', `unknown command ${JSON.stringify(name)}`);
    if (top.values.help === true) return await help(name, io);
    const args = parseCommandArgs(
      cmd.name,
      rest,
      { ...cmd.options, help: { type: 'boolean', short: 'h', description: '' } },
      cmd.optionsEndAtFirstPositional,
    );
    if (args.values.help === true) return await help(name, io);
    checkPositionals(cmd, args.positionals.length);
    const g = globals;
    const ctx: CommandContext = {
      io,
      globals: g,
      out,
      err,
      client: async () => {
        client ??= new CorralClient({
          ...(g.host === undefined ? {} : { host: g.host }),
          ...(g.token === undefined ? {} : { token: g.token }),
          namespace: g.namespace,
          env: io.env,
        });
        await client.ready();
        return client;
      },
    };
    return await cmd.run(ctx, args);
  } catch (e) {
    return await fail(e, globals, io, err);
  } finally {
    await client?.close();
  }
}

async function fail(
  e: unknown,
  globals: GlobalOptions | undefined,
  io: CliIo,
  err: (line: string) => Promise<void>,
): Promise<number> {
  await err(errorLine(e));
  if (e instanceof CliError) {
    if (e.usageOf !== undefined) await err(`See 'corral ${e.usageOf ? `${e.usageOf} ` : ''}--help'.`);
    return e.exitCode;
  }
  if (globals?.logLevel === 'debug' && e instanceof Error)
    await writeOut(io.output.stderr, `${e.stack ?? ''}\n`);
  // Anything else is corrald's or the API's failure (docker: 125).
  return exitCodes.daemonError;
}

async function help(name: string | undefined, io: CliIo): Promise<number> {
  if (name === undefined) return await printedTo(io, mainHelp(commands));
  const cmd = findCommand(name);
  if (!cmd) throw usageError('', `unknown command ${JSON.stringify(name)}`);
  return await printedTo(io, commandHelp(cmd));
}

async function printedTo(io: CliIo, text: string): Promise<number> {
  await writeOut(io.output.stdout, text);
  return exitCodes.ok;
}

async function printed(out: (line: string) => Promise<void>, line: string): Promise<number> {
  await out(line);
  return exitCodes.ok;
}

function checkPositionals(cmd: Command, n: number): void {
  if (cmd.minPositionals !== undefined && n < cmd.minPositionals) {
    throw usageError(
      cmd.name,
      `"corral ${cmd.name}" requires at least ${cmd.minPositionals} argument${cmd.minPositionals === 1 ? '' : 's'}`,
    );
  }
  if (cmd.maxPositionals !== undefined && n > cmd.maxPositionals) {
    throw usageError(
      cmd.name,
      `"corral ${cmd.name}" accepts at most ${cmd.maxPositionals} argument${cmd.maxPositionals === 1 ? '' : 's'}`,
    );
  }
}
