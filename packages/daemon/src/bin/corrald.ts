#!/usr/bin/env node
// corrald: parse flags/env/config, build the logger, run, map the result to an exit code. The only
// file of the daemon that may exit the process.
import pino from 'pino';
import { parseDaemonConfig, usage } from '../config.js';
import { runCorrald } from '../run-corrald.js';
import { daemonVersion } from '../version.js';

async function main(): Promise<number> {
  let config;
  try {
    config = parseDaemonConfig(process.argv.slice(2), process.env);
  } catch (err) {
    const e = err as Error & { hint?: string };
    process.stderr.write(`corrald: ${e.message}${e.hint ? ` (${e.hint})` : ''}\n`);
    return 2;
  }
  if (config.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (config.version) {
    process.stdout.write(`corrald ${daemonVersion}\n`);
    return 0;
  }
  // NDJSON on stdout, synchronously: the last lines before a crash are the ones that matter.
  const logger = pino({ level: config.logLevel }, pino.destination({ dest: 1, sync: true }));
  return runCorrald(config, logger);
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`corrald: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
