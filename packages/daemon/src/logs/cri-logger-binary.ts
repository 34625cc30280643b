import { createRequire } from 'node:module';

/**
 * corral-cri-logger, the logging binary containerd's shim runs for a `binary://` stdout (spec
 * §4.11): this package's own bin script, found through its exports so that the tsc output and the
 * bundled corrald (another directory) both find it.
 */
export function criLoggerBinary(): string {
  return createRequire(import.meta.url).resolve('@corral/daemon/cri-logger');
}

/** The stdout/stderr URI containerd's shim turns into a corral-cri-logger writing `logPath`. */
export function criLoggerUri(logPath: string, binary = criLoggerBinary()): string {
  return `binary://${binary}?log=${encodeURIComponent(logPath)}`;
}
