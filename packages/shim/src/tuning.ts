/*
 * How a shim process is tuned, each item measured (docs/decisions.md, "Shim start time and memory").
 * No V8 flag goes on the command line: any of them changes V8's flag hash, and Node then rejects
 * the code cache of its own built-in modules and compiles them from source (~20 ms more per start).
 * The bundle's `#!/usr/bin/env -S …` line applies the environment part (scripts/bundle.js), and
 * `start` gives the same to the serving shim it spawns.
 */

import { nodeEnvNotInherited } from '@corral/api/task';

/** Inherited settings a shim drops: the list corrald drops too (@corral/api). */
export const droppedEnvNames: readonly string[] = nodeEnvNotInherited;

/** Set for every shim: one glibc malloc arena for all its threads (~2 MB less per shim). */
export const shimEnv: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '1' };

/**
 * Set by the serving shim on itself (v8.setFlagsFromString) once it serves, when they no longer
 * cost start time: a GC that favours a small heap (a shim that has served ~300 calls keeps ~10 MB
 * less). Only flags V8 reads as it goes may be here, not ones fixed when the heap is made.
 */
export const servingV8Flags: readonly string[] = ['--optimize-for-size'];
