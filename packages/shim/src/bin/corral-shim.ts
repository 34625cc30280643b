#!/usr/bin/env node
// corral-shim / containerd-shim-corral-v2: parse the command line, run one action, map the result
// to an exit code. The only file of the shim that may exit the process.
import { errorCode } from '@corral/api';
import { runDeleteCommand } from '../delete-command.js';
import { parseShimFlags } from '../flags.js';
import { runServe } from '../serve.js';
import { runStartCommand } from '../start-command.js';
import { shimVersion } from '../version.js';

async function main(argv: string[]): Promise<number> {
  const flags = parseShimFlags(argv);
  if (flags.version) {
    process.stdout.write(`corral-shim ${shimVersion}\n`);
    return 0;
  }
  const bundle = flags.bundle || process.cwd();
  switch (flags.action) {
    case 'start': {
      const address = await runStartCommand({
        flags,
        bundle,
        env: process.env,
        selfCommand: [process.execPath, ...process.execArgv, process.argv[1]!],
      });
      // Only the address, no newline: containerd trims, and anything else would become the address.
      process.stdout.write(address);
      return 0;
    }
    case 'delete': {
      const { response, warnings } = await runDeleteCommand(flags, bundle);
      for (const w of warnings) process.stderr.write(`${w}\n`);
      process.stdout.write(response);
      return 0;
    }
    case '':
      return runServe({ flags, bundle, env: process.env, listen: flags.socket ? flags.socket : { fd: 3 } });
    default:
      process.stderr.write(
        `corral-shim: unknown action ${JSON.stringify(flags.action)} (want start, delete, or none to serve)\n`,
      );
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(
      `corral-shim: ${errorCode(err)}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  },
);
