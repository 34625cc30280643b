#!/usr/bin/env node
// corral-shim / containerd-shim-corral-v2: parse the command line, run one action, map the result
// to an exit code. The only file of the shim that may exit the process.
//
// Each action imports only its own modules: `start` and the serving shim are both on the critical
// path of every container start, and loading what another action needs (execa, pino, ttrpc, the
// native addon) would cost the `start` process ~150 ms.
import { errorCode } from '@corral/api/core';
import { parseShimFlags } from '../flags.js';
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
      const { runStartCommand } = await import('../start-command.js');
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
      const { runDeleteCommand } = await import('../delete-command.js');
      const { response, warnings } = await runDeleteCommand(flags, bundle);
      for (const w of warnings) process.stderr.write(`${w}\n`);
      process.stdout.write(response);
      return 0;
    }
    case '': {
      const { runServe } = await import('../serve.js');
      return runServe({ flags, bundle, env: process.env, listen: flags.socket ? flags.socket : { fd: 3 } });
    }
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
