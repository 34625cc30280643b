import { fileURLToPath } from 'node:url';

/**
 * corral-cri-logger, the logging binary containerd's shim runs for a `binary://` stdout (spec
 * §4.11): this package's own bin script, found beside this file in dist.
 */
export function criLoggerBinary(): string {
  return fileURLToPath(new URL('../bin/corral-cri-logger.js', import.meta.url));
}

/** The stdout/stderr URI containerd's shim turns into a corral-cri-logger writing `logPath`. */
export function criLoggerUri(logPath: string, binary = criLoggerBinary()): string {
  return `binary://${binary}?log=${encodeURIComponent(logPath)}`;
}
