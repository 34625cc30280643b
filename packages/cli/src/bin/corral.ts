#!/usr/bin/env node
// The `corral` binary: the process's streams, env and signals in, runCli, its code out.
import { exitCodes, processIo, runCli } from '../index.js';

// A reader that went away ends the command quietly, as SIGPIPE ends docker's, not with an EPIPE stack.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(exitCodes.brokenPipe);
});

// No top-level await: scripts/bundle.js makes this a CommonJS bundle, to compile it with V8's code cache.
void runCli(process.argv.slice(2), processIo()).then((code) => {
  // Let stdout flush (a pipe may still hold the tail of the output), then leave: a paused stdin or a
  // closing socket must not keep the CLI alive.
  process.stdout.write('', () => process.exit(code));
});
