// What a command is: its name, usage, options (node:util parseArgs shapes plus help text) and the
// function that runs it with the parsed arguments.
import type { CorralClient } from '@corral/client';
import type { CliIo } from './cli-io.js';
import type { GlobalOptions } from './global-options.js';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** For help: "NAME" in `--name NAME`. */
  readonly valueName?: string;
  readonly description: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** Parsed option values: strings, booleans, or lists of strings for `multiple`. */
export type OptionValues = Readonly<Record<string, string | boolean | string[] | undefined>>;

export interface ParsedArgs {
  readonly values: OptionValues;
  readonly positionals: readonly string[];
}

export interface CommandContext {
  readonly io: CliIo;
  readonly globals: GlobalOptions;
  /** Connects on first use; every command that talks to corrald does it through this. */
  client(): Promise<CorralClient>;
  /** A line to stdout. */
  out(line: string): Promise<void>;
  /** A line to stderr. */
  err(line: string): Promise<void>;
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  /** After "corral NAME ": "[OPTIONS] IMAGE [COMMAND] [ARG...]". */
  readonly usage: string;
  readonly options: OptionSpecs;
  /** Options end at the first positional (`run IMAGE ls -l`: `-l` belongs to ls). */
  readonly optionsEndAtFirstPositional?: boolean;
  readonly minPositionals?: number;
  readonly maxPositionals?: number;
  /** Resolves with the exit code. */
  run(ctx: CommandContext, args: ParsedArgs): Promise<number>;
}

/** Reads a string option. */
export function stringOpt(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function boolOpt(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

export function listOpt(args: ParsedArgs, name: string): string[] {
  const v = args.values[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}
