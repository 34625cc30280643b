#!/usr/bin/env node
// corral-cri-logger: the logging binary containerd-shim-runc-v2 runs for corrald's containers
// (their stdout/stderr URI is binary://…/corral-cri-logger.js?log=<path>).
import { runCriLogger } from '../logs/cri-logger.js';

runCriLogger(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`corral-cri-logger: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
