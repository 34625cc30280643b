// Where corrald is: `unix:///path`, `tcp://host:port`, or a bare socket path.
import { CorralError } from '@corral/api';
import { defaultSocketPath, envNames } from './limits.js';

export type DaemonAddress = { kind: 'unix'; path: string } | { kind: 'tcp'; host: string; port: number };

export interface AddressOptions {
  /** A socket path. */
  socket?: string | undefined;
  /** `unix:///path`, `tcp://host:port`, or a path; wins over `socket`. */
  host?: string | undefined;
  env?: NodeJS.ProcessEnv | undefined;
}

/** host, else socket, else $CORRAL_HOST, else /run/corral/corral.sock. */
export function resolveAddress(options: AddressOptions = {}): DaemonAddress {
  const env = options.env ?? process.env;
  if (options.host) return parseAddress(options.host);
  if (options.socket) return { kind: 'unix', path: options.socket };
  const fromEnv = env[envNames.host];
  if (fromEnv) return parseAddress(fromEnv);
  return { kind: 'unix', path: defaultSocketPath };
}

export function parseAddress(s: string): DaemonAddress {
  if (s.startsWith('unix://')) {
    const path = s.slice('unix://'.length);
    if (!path.startsWith('/'))
      throw new CorralError('InvalidArgument', `host ${JSON.stringify(s)}: want unix:///absolute/path`);
    return { kind: 'unix', path };
  }
  if (s.startsWith('tcp://')) {
    let url: URL;
    try {
      url = new URL(`http://${s.slice('tcp://'.length)}`);
    } catch {
      throw new CorralError('InvalidArgument', `host ${JSON.stringify(s)}: want tcp://HOST:PORT`);
    }
    const port = Number(url.port);
    if (!url.port || !Number.isInteger(port) || url.pathname !== '/' || url.search) {
      throw new CorralError('InvalidArgument', `host ${JSON.stringify(s)}: want tcp://HOST:PORT`);
    }
    return { kind: 'tcp', host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port };
  }
  if (s.startsWith('/')) return { kind: 'unix', path: s };
  throw new CorralError('InvalidArgument', `host ${JSON.stringify(s)}: want unix:///path or tcp://HOST:PORT`);
}

/** How errors and the CLI name the address: the socket path, or tcp://host:port. */
export function formatAddress(a: DaemonAddress): string {
  if (a.kind === 'unix') return a.path;
  return `tcp://${a.host.includes(':') ? `[${a.host}]` : a.host}:${a.port}`;
}
