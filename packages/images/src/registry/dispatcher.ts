import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createSecureContext, type SecureContext } from 'node:tls';
import { CorralError } from '@corral/api';

/** The connection pool fetch takes as `dispatcher` (an undici Agent). */
export type Dispatcher = NonNullable<RequestInit['dispatcher']>;

/** How each connection's TLS is set up: verified against the system's CAs (plus a file), or not at all. */
export interface TlsSettings {
  verify: boolean;
  /** Extra trusted CAs (PEM), added to the system's. */
  caFile?: string | undefined;
}

/** Every wait on a registry connection, in one table. */
export const registryTimeouts = {
  /** TCP + TLS handshake. */
  connectMs: 15_000,
  /** Request sent → response headers. */
  headersMs: 60_000,
  /** Longest silence inside a response body (a stalled download fails instead of hanging). */
  bodyIdleMs: 60_000,
  /** Idle pooled connections are closed after this. */
  keepAliveMs: 10_000,
} as const;

/**
 * Where distributions keep the system's CA bundle (Go's crypto/x509 list): containerd and podman
 * trust these, while Node's fetch would only trust the CAs compiled into Node.
 */
const systemBundles = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/ssl/ca-bundle.pem',
  '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem',
  '/etc/ssl/cert.pem',
];

const globalDispatcherKey = Symbol.for('undici.globalDispatcher.1');

type AgentClass = new (opts: object) => Dispatcher;
let agentClass: Promise<AgentClass | undefined> | undefined;

/**
 * Node 20's fetch is undici, but Node does not export undici's Agent, and the undici package that
 * does needs Node 22. The global dispatcher fetch installs is such an Agent: its constructor makes
 * pools with our own TLS and timeout settings. Undefined when that is not an Agent (someone replaced
 * it), and the caller falls back to fetch's defaults where it can.
 */
function builtinAgentClass(): Promise<AgentClass | undefined> {
  agentClass ??= (async () => {
    const g = globalThis as Record<symbol, unknown>;
    // The global dispatcher exists once undici is loaded, which the first fetch does.
    if (g[globalDispatcherKey] === undefined) await (await fetch('data:,')).arrayBuffer();
    const d = g[globalDispatcherKey] as { constructor?: unknown; dispatch?: unknown } | undefined;
    const ctor = d?.constructor;
    if (typeof ctor !== 'function' || ctor.name !== 'Agent' || typeof d?.dispatch !== 'function')
      return undefined;
    return ctor as AgentClass;
  })();
  return agentClass;
}

let systemCa: Promise<Buffer | undefined> | undefined;

/** SSL_CERT_FILE when set (as Go and OpenSSL honour it), else the first bundle that exists; read once. */
function systemCaBundle(): Promise<Buffer | undefined> {
  systemCa ??= (async () => {
    const override = process.env['SSL_CERT_FILE'];
    const path = override && existsSync(override) ? override : systemBundles.find((p) => existsSync(p));
    return path === undefined ? undefined : readFile(path);
  })();
  return systemCa;
}

const pools = new Map<string, Promise<Dispatcher | undefined>>();

/**
 * A pooled dispatcher for these settings, shared by every pull that uses the same ones (pools keep
 * connections to a registry warm between its blobs). Undefined means fetch's own default.
 */
export async function dispatcherFor(tls: TlsSettings): Promise<Dispatcher | undefined> {
  let extraCa: Buffer | undefined;
  if (tls.caFile !== undefined) {
    try {
      extraCa = await readFile(tls.caFile);
    } catch (err) {
      throw new CorralError('InvalidArgument', `read CA file ${tls.caFile}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }
  const key = `${tls.verify}:${extraCa ? createHash('sha256').update(extraCa).digest('hex') : ''}`;
  let pool = pools.get(key);
  if (!pool) {
    pool = makePool(tls.verify, extraCa);
    pools.set(key, pool);
    pool.catch(() => pools.delete(key));
  }
  return pool;
}

async function makePool(verify: boolean, extraCa: Buffer | undefined): Promise<Dispatcher | undefined> {
  const Agent = await builtinAgentClass();
  if (!Agent) {
    if (!verify || extraCa)
      throw new CorralError(
        'Unimplemented',
        "custom CA files and insecure registries need Node's built-in undici Agent, which this process replaced",
      );
    return undefined;
  }
  let secureContext: SecureContext | undefined;
  if (verify) {
    const system = await systemCaBundle();
    const ca = [system, extraCa].filter((b): b is Buffer => b !== undefined);
    // One context parsed once, instead of the CA bundle parsed again on every connection.
    if (ca.length > 0) secureContext = createSecureContext({ ca });
  }
  return new Agent({
    connect: {
      timeout: registryTimeouts.connectMs,
      rejectUnauthorized: verify,
      ...(secureContext ? { secureContext } : {}),
    },
    headersTimeout: registryTimeouts.headersMs,
    bodyTimeout: registryTimeouts.bodyIdleMs,
    keepAliveTimeout: registryTimeouts.keepAliveMs,
  });
}
