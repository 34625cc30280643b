// --help for the CLI and for each command, made from the same specs the parser reads.
import type { Command, OptionSpecs } from './command.js';
import { globalOptionSpecs } from './global-options.js';

export function commandHelp(cmd: Command): string {
  const lines = [`Usage:  corral ${cmd.name} ${cmd.usage}`.trimEnd(), '', cmd.summary];
  const opts = optionLines({
    ...cmd.options,
    help: { type: 'boolean', short: 'h', description: 'print usage' },
  });
  lines.push('', 'Options:', ...opts);
  return `${lines.join('\n')}\n`;
}

export function mainHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'Usage:  corral [OPTIONS] COMMAND',
    '',
    'A container manager: talks to corrald over its socket.',
    '',
    'Options:',
    ...optionLines(globalOptionSpecs),
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    "Run 'corral COMMAND --help' (or 'corral help COMMAND') for more about a command.",
    '',
  ].join('\n');
}

function optionLines(specs: OptionSpecs): string[] {
  const rows = Object.entries(specs).map(([name, s]) => {
    const flag = `${s.short ? `-${s.short}, ` : '    '}--${name}${s.type === 'string' ? ` ${s.valueName ?? 'VALUE'}` : ''}`;
    return [flag, `${s.description}${s.multiple ? ' (repeatable)' : ''}`] as const;
  });
  const width = Math.max(...rows.map(([f]) => f.length)) + 2;
  return rows.map(([f, d]) => `  ${f.padEnd(width)}${d}`);
}
