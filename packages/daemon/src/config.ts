import { readFileSync } from 'node:fs';
import { CorralError } from '@corral/api';

/** corrald's settings, from flags, CORRAL_<FLAG> env twins, a JSON config file, and defaults. */
export interface DaemonConfig {
  root: string;
  state: string;
  socket: string;
  logLevel: string;
  listen: { host: string; port: number } | undefined;
  tokenFile: string | undefined;
  shimBinary: string | undefined;
  /** Idle corral-shims kept ready for new containers (0: none). */
  shimPool: number;
  /** Registry credentials for pulls that bring none (docker config.json format); undefined: the default. */
  authFile: string | undefined;
  /** `host[:port]` (HTTPS unverified, then HTTP) or `http://host[:port]` (plain HTTP) registries. */
  insecureRegistries: string[];
  /** CA certificates (PEM) trusted for registries besides the system's. */
  registryCaFile: string | undefined;
  /** CORRAL_FAILPOINTS (env only: a test hook, not a flag; see failpoints.ts). */
  failpoints: string | undefined;
  help: boolean;
  version: boolean;
}

const flags = [
  'root',
  'state',
  'socket',
  'log-level',
  'config',
  'listen',
  'token-file',
  'shim-binary',
  'shim-pool',
  'auth-file',
  'insecure-registry',
  'registry-ca-file',
] as const;
type Flag = (typeof flags)[number];

export const defaults = {
  root: '/var/lib/corral',
  state: '/run/corral',
  socket: '/run/corral/corral.sock',
  'log-level': 'info',
} as const;

const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export const usage = `usage: corrald [flags]

  --root DIR          what survives a reboot: records, logs, images (${defaults.root})
  --state DIR         what lives while the machine is up: bundles, sockets (${defaults.state})
  --socket PATH       the API socket (${defaults.socket})
  --log-level LEVEL   fatal|error|warn|info|debug|trace (${defaults['log-level']})
  --config FILE       JSON with any of these keys ("root", "log-level", …)
  --listen tcp://127.0.0.1:PORT   also serve on TCP; needs --token-file
  --token-file FILE   the bearer token TCP clients must send
  --shim-binary PATH  corral-shim (default: on PATH, else the @corral/shim package's)
  --shim-pool N       keep N idle corral-shims ready: creates skip the shim's start (0)
  --auth-file FILE    registry credentials for pulls that bring none, docker config.json format
                      (default: $REGISTRY_AUTH_FILE, else ~/.config/corral/auth.json: \`corral login\`'s)
  --insecure-registry HOST[:PORT]   pull over HTTPS without verifying, or plain HTTP (http://HOST:PORT);
                      repeatable, or comma-separated
  --registry-ca-file FILE   CA certificates (PEM) trusted for registries besides the system's
  --version, --help

Every flag has an environment twin: CORRAL_ROOT, CORRAL_LOG_LEVEL, CORRAL_TOKEN_FILE, …`;

/** Flags win over env, env over the config file, the file over the defaults. */
export function parseDaemonConfig(argv: readonly string[], env: NodeJS.ProcessEnv): DaemonConfig {
  const fromFlags: Partial<Record<Flag, string>> = {};
  let help = false;
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg === '--version' || arg === '-v') {
      version = true;
      continue;
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    const name = m?.[1] as Flag | undefined;
    if (!m || !name || !flags.includes(name)) {
      throw new CorralError('InvalidArgument', `unknown argument ${JSON.stringify(arg)}`, {
        hint: 'corrald --help',
      });
    }
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new CorralError('InvalidArgument', `--${name} needs a value`);
    // The one list flag: repeated, it adds up.
    const before = fromFlags[name];
    fromFlags[name] = name === 'insecure-registry' && before !== undefined ? `${before},${value}` : value;
  }
  const fromEnv: Partial<Record<Flag, string>> = {};
  for (const f of flags) {
    const v = env[`CORRAL_${f.toUpperCase().replace(/-/g, '_')}`];
    if (v) fromEnv[f] = v;
  }
  const configPath = fromFlags.config ?? fromEnv.config;
  const fromFile = configPath ? readConfigFile(configPath) : {};
  const get = (f: Flag): string | undefined => fromFlags[f] ?? fromEnv[f] ?? fromFile[f];
  const logLevel = get('log-level') ?? defaults['log-level'];
  if (!levels.includes(logLevel)) {
    throw new CorralError(
      'InvalidArgument',
      `--log-level ${JSON.stringify(logLevel)}: want one of ${levels.join(', ')}`,
    );
  }
  const listenText = get('listen');
  const tokenFile = get('token-file');
  const listen = listenText ? parseListen(listenText) : undefined;
  if (listen && !tokenFile) {
    throw new CorralError(
      'InvalidArgument',
      '--listen needs --token-file: TCP clients must present a bearer token',
    );
  }
  return {
    root: get('root') ?? defaults.root,
    state: get('state') ?? defaults.state,
    socket: get('socket') ?? defaults.socket,
    logLevel,
    listen,
    tokenFile,
    shimBinary: get('shim-binary'),
    shimPool: parseShimPool(get('shim-pool')),
    authFile: get('auth-file'),
    insecureRegistries: parseRegistryList(get('insecure-registry')),
    registryCaFile: get('registry-ca-file'),
    failpoints: env['CORRAL_FAILPOINTS'] || undefined,
    help,
    version,
  };
}

function readConfigFile(path: string): Partial<Record<Flag, string>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new CorralError('InvalidArgument', `--config ${path}: ${(cause as Error).message}`, { cause });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new CorralError('InvalidArgument', `--config ${path}: want a JSON object`);
  }
  const out: Partial<Record<Flag, string>> = {};
  for (const [k, v] of Object.entries(parsed)) {
    const key = k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) as Flag; // logLevel → log-level
    if (!flags.includes(key) || key === 'config') {
      throw new CorralError('InvalidArgument', `--config ${path}: unknown key ${JSON.stringify(k)}`);
    }
    if (key === 'insecure-registry' && Array.isArray(v) && v.every((e) => typeof e === 'string')) {
      out[key] = v.join(',');
      continue;
    }
    if (typeof v !== 'string' && typeof v !== 'number') {
      throw new CorralError('InvalidArgument', `--config ${path}: ${k} must be a string`);
    }
    out[key] = String(v);
  }
  return out;
}

/**
 * `a,b` → ['a', 'b']: each a registry `host[:port]` or `http(s)://host[:port]`, nothing more (no
 * path, no credentials): the list decides where TLS is skipped, so a typo must not pass silently.
 */
export function parseRegistryList(s: string | undefined): string[] {
  const list = (s ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  for (const e of list) {
    if (!/^(https?:\/\/)?(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?\/?$/.test(e)) {
      throw new CorralError(
        'InvalidArgument',
        `--insecure-registry ${JSON.stringify(e)}: want HOST[:PORT] or http://HOST[:PORT]`,
      );
    }
  }
  return list;
}

/** tcp://HOST:PORT, loopback only: the token travels in clear text. */
export function parseListen(s: string): { host: string; port: number } {
  const m = /^tcp:\/\/(\[[0-9a-fA-F:]+\]|[^:/]+):(\d{1,5})$/.exec(s);
  const port = Number(m?.[2]);
  if (!m || port > 65535)
    throw new CorralError('InvalidArgument', `--listen ${JSON.stringify(s)}: want tcp://127.0.0.1:PORT`);
  const host = m[1]!.replace(/^\[|\]$/g, '');
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
    throw new CorralError(
      'InvalidArgument',
      `--listen ${s}: only loopback addresses (the token is sent in clear text)`,
    );
  }
  return { host, port };
}

/** The bearer token, trimmed; the file must exist and say something. */
export function readTokenFile(path: string): string {
  let token: string;
  try {
    token = readFileSync(path, 'utf8').trim();
  } catch (cause) {
    throw new CorralError('InvalidArgument', `--token-file ${path}: ${(cause as Error).message}`, { cause });
  }
  if (!token) throw new CorralError('InvalidArgument', `--token-file ${path} is empty`);
  return token;
}

function parseShimPool(text: string | undefined): number {
  if (text === undefined) return 0;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 64) {
    throw new CorralError('InvalidArgument', `--shim-pool ${JSON.stringify(text)}: want a whole number 0…64`);
  }
  return n;
}
