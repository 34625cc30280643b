/**
 * The Node/V8 flags every shim process runs with, chosen by measurement (docs/decisions.md, "Shim
 * start time and memory"): in the bundle's `#!/usr/bin/env -S node …` line (scripts/bundle.js) for
 * whoever execs it, and on the command line `start` gives the serving shim.
 */
export const shimNodeFlags: readonly string[] = [];
