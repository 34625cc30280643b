import { CorralError } from '@corral/api/core';

/** The command line containerd 1.6 (and corrald) gives a shim. */
export interface ShimFlags {
  namespace: string;
  id: string;
  /** containerd's gRPC socket; only feeds the socket-name hash (spec §4.3). */
  address: string;
  publishBinary: string;
  bundle: string;
  /** Serve on this path instead of fd 3. */
  socket: string;
  debug: boolean;
  version: boolean;
  logLevel: string;
  /** `start`, `delete`, or '' for serve mode. */
  action: string;
}

const stringFlags = {
  namespace: 'namespace',
  id: 'id',
  address: 'address',
  'publish-binary': 'publishBinary',
  bundle: 'bundle',
  socket: 'socket',
  'log-level': 'logLevel',
} as const;
const boolFlags = { debug: 'debug', v: 'version' } as const;

/**
 * Go `flag` semantics: one or two dashes, `-f v` or `-f=v`, booleans take no separate value,
 * parsing stops at the first non-flag word (the action) or at `--`.
 */
export function parseShimFlags(argv: readonly string[]): ShimFlags {
  const f: ShimFlags = {
    namespace: '',
    id: '',
    address: '',
    publishBinary: '',
    bundle: '',
    socket: '',
    debug: false,
    version: false,
    logLevel: '',
    action: '',
  };
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    const body = arg.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq === -1 ? body : body.slice(0, eq);
    const inline = eq === -1 ? undefined : body.slice(eq + 1);
    if (name in boolFlags) {
      const key = boolFlags[name as keyof typeof boolFlags];
      f[key] = inline === undefined ? true : parseBool(name, inline);
    } else if (name in stringFlags) {
      const key = stringFlags[name as keyof typeof stringFlags];
      const value = inline ?? argv[++i];
      if (value === undefined) throw new CorralError('InvalidArgument', `flag needs an argument: -${name}`);
      f[key] = value;
    } else {
      throw new CorralError('InvalidArgument', `flag provided but not defined: -${name}`);
    }
  }
  f.action = argv[i] ?? '';
  return f;
}

function parseBool(name: string, v: string): boolean {
  if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(v)) return false;
  throw new CorralError('InvalidArgument', `invalid boolean value ${JSON.stringify(v)} for -${name}`);
}
