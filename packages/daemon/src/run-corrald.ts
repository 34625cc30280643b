import { errorCode } from '@corral/api';
import type { Logger } from 'pino';
import { readTokenFile, type DaemonConfig } from './config.js';
import { startDaemon } from './daemon.js';
import { tuneServingProcess } from './tuning.js';

/**
 * corrald's main: start, serve until SIGTERM/SIGINT, close (the shims keep running). Resolves with
 * the exit code: 0 after a signal, 1 when starting failed or the root lock was compromised.
 */
export async function runCorrald(config: DaemonConfig, logger: Logger): Promise<number> {
  let fatal: ((err: Error) => void) | undefined;
  const fatalError = new Promise<Error>((resolve) => (fatal = resolve));
  let daemon;
  try {
    daemon = await startDaemon({
      root: config.root,
      state: config.state,
      socket: config.socket,
      logLevel: config.logLevel,
      logger,
      ...(config.listen && config.tokenFile
        ? { listen: { ...config.listen, token: readTokenFile(config.tokenFile) } }
        : {}),
      ...(config.shimBinary ? { shimBinary: config.shimBinary } : {}),
      ...(config.shimPool > 0 ? { shimPool: config.shimPool } : {}),
      registries: {
        ...(config.authFile ? { authFile: config.authFile } : {}),
        insecureRegistries: config.insecureRegistries,
        ...(config.registryCaFile ? { caFile: config.registryCaFile } : {}),
      },
      ...(config.failpoints ? { failpoints: config.failpoints } : {}),
      onFatal: (err) => fatal?.(err),
    });
  } catch (err) {
    const e = err as Error & { hint?: string };
    logger.fatal({ err, code: errorCode(err) }, 'corrald could not start');
    process.stderr.write(`corrald: ${e.message}${e.hint ? ` (${e.hint})` : ''}\n`);
    return 1;
  }
  // Serving: from here on, memory matters more to V8 than start-up (not in startDaemon, which tests
  // run inside their own process).
  tuneServingProcess();
  const signal = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  const outcome = await Promise.race([signal, fatalError]);
  await daemon.close();
  if (outcome instanceof Error) {
    process.stderr.write(`corrald: the lock on ${config.root} was compromised: ${outcome.message}\n`);
    return 1;
  }
  logger.info({ signal: outcome }, 'corrald exiting');
  return 0;
}
