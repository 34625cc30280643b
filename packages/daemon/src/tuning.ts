/*
 * How the corrald process tunes V8 once it serves (docs/decisions.md, "corrald memory"). Set with
 * v8.setFlagsFromString after start, not on the command line: any V8 flag there makes Node reject
 * the code cache of its built-in modules (and @corral/bundler's cache of corrald), costing start time.
 */
import v8 from 'node:v8';

/**
 * The young generation keeps the size it starts with. By default a burst of creates and removes
 * grows it from 4 to 16 MB and it never shrinks back: ~+13 MB of RSS after 50 containers came and
 * went. V8 reads this flag whenever it would grow the space, so setting it late works (a limit like
 * --max-semi-space-size is fixed when the heap is made and does nothing here). --optimize-for-size,
 * the shim's choice, saved ~2 MB more but cost ~10% more CPU per create/start/remove.
 */
export const servingV8Flags: readonly string[] = ['--semi-space-growth-factor=1'];

/** Applies servingV8Flags to this process; corrald's main calls it once the API serves. */
export function tuneServingProcess(): void {
  for (const flag of servingV8Flags) v8.setFlagsFromString(flag);
}
