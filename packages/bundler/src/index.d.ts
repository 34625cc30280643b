// Types for the part of @corral/bundler that TypeScript tests import; the build scripts that use
// the rest are plain JavaScript.

/** What a fresh node printed compiling a bundle with its cache: stdout `false` = accepted. */
export interface CodeCacheProbe {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Compiles the program behind `loader` (`dist/<name>.cjs`) with its code cache in a fresh node. */
export function probeCodeCache(loader: string): CodeCacheProbe;
