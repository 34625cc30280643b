// The options every command takes before its name: where corrald is, which namespace, how loud.
import { CorralError } from '@corral/api';
import { envNames } from '@corral/client';
import { usageError } from './cli-error.js';
import type { OptionSpecs } from './command.js';

export const logLevels = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof logLevels)[number];

export interface GlobalOptions {
  /** unix:///path, tcp://host:port, or a socket path; undefined: $CORRAL_HOST or the default. */
  host: string | undefined;
  token: string | undefined;
  namespace: string;
  logLevel: LogLevel;
}

/** The env twins of the global flags (STYLE.md: CORRAL_<FLAG>). */
export const cliEnvNames = {
  host: envNames.host,
  token: envNames.token,
  namespace: 'CORRAL_NAMESPACE',
  logLevel: 'CORRAL_LOG_LEVEL',
} as const;

export const globalOptionSpecs: OptionSpecs = {
  host: {
    type: 'string',
    short: 'H',
    valueName: 'HOST',
    description: 'corrald address: unix:///path or tcp://HOST:PORT (env CORRAL_HOST)',
  },
  token: {
    type: 'string',
    valueName: 'TOKEN',
    description: 'bearer token for a TCP address (env CORRAL_TOKEN)',
  },
  namespace: {
    type: 'string',
    short: 'n',
    valueName: 'NS',
    description: 'namespace (env CORRAL_NAMESPACE, default "default")',
  },
  'log-level': {
    type: 'string',
    valueName: 'LEVEL',
    description: 'debug, info, warn or error (env CORRAL_LOG_LEVEL)',
  },
  help: { type: 'boolean', short: 'h', description: 'print usage' },
  version: { type: 'boolean', short: 'v', description: 'print the client version' },
};

export function resolveGlobals(
  values: Readonly<Record<string, unknown>>,
  env: NodeJS.ProcessEnv,
): GlobalOptions {
  const str = (k: string): string | undefined => {
    const v = values[k];
    return typeof v === 'string' ? v : undefined;
  };
  const level = str('log-level') ?? env[cliEnvNames.logLevel] ?? 'warn';
  if (!(logLevels as readonly string[]).includes(level)) {
    throw usageError('', `--log-level must be one of ${logLevels.join(', ')}, not ${JSON.stringify(level)}`);
  }
  const namespace = str('namespace') ?? env[cliEnvNames.namespace] ?? 'default';
  if (namespace === '') throw new CorralError('InvalidArgument', 'namespace must not be empty');
  return {
    host: str('host') ?? env[cliEnvNames.host] ?? undefined,
    token: str('token') ?? env[cliEnvNames.token] ?? undefined,
    namespace,
    logLevel: level as LogLevel,
  };
}
