// Command lines through node:util parseArgs, with docker's habit that a command's own options end
// at its first positional (`corral run -i busybox ls -l`), and usage errors that name the command.
import { parseArgs } from 'node:util';
import { usageError } from './cli-error.js';
import type { OptionSpecs, ParsedArgs } from './command.js';

type ParseOptions = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

export function parseCommandArgs(
  command: string,
  args: readonly string[],
  specs: OptionSpecs,
  endAtFirstPositional = false,
): ParsedArgs {
  const options: ParseOptions = {};
  for (const [name, s] of Object.entries(specs)) {
    options[name] = {
      type: s.type,
      ...(s.short === undefined ? {} : { short: s.short }),
      ...(s.multiple ? { multiple: true } : {}),
    };
  }
  let own = [...args];
  let rest: string[] = [];
  if (endAtFirstPositional) {
    const split = firstPositionalIndex(args, options);
    own = args.slice(0, split);
    rest = args.slice(split);
    if (own[own.length - 1] === '--') own.pop();
  }
  try {
    const parsed = parseArgs({ args: own, options, allowPositionals: true, strict: true });
    return { values: parsed.values as ParsedArgs['values'], positionals: [...parsed.positionals, ...rest] };
  } catch (err) {
    // parseArgs explains at length; the first line says what is wrong.
    const first = (err as Error).message.split('\n')[0] ?? '';
    throw usageError(command, first.replace(/\. To specify a positional argument.*$/, ''));
  }
}

/** Where the positionals start: the first token that is neither an option nor an option's value. */
function firstPositionalIndex(args: readonly string[], options: ParseOptions): number {
  const { tokens } = parseArgs({
    args: [...args],
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const t of tokens) {
    if (t.kind === 'positional') return t.index;
    if (t.kind === 'option-terminator') return t.index + 1;
  }
  return args.length;
}
