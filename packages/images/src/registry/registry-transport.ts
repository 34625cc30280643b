import { CorralError } from '@corral/api';
import { dispatcherFor, type Dispatcher } from './dispatcher.js';
import { networkError, type Redactor } from './registry-errors.js';

export const userAgent = 'corral/0.1';

/** How a registry is spoken to: verified HTTPS, HTTPS without verification (then HTTP), or HTTP only. */
export type RegistrySecurity = 'verify' | 'skip-verify' | 'http';

export interface TransportOptions {
  insecureRegistries?: readonly string[] | undefined;
  caFile?: string | undefined;
  signal?: AbortSignal | undefined;
  redact: Redactor;
}

export interface SendInit {
  method?: 'GET' | 'HEAD' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

/** `host[:port]` of an insecure-registries entry, and whether it asked for plain HTTP. */
function parseInsecureEntry(entry: string): { host: string; http: boolean } {
  const m = /^(https?):\/\//i.exec(entry.trim());
  const host = entry
    .trim()
    .slice(m ? m[0].length : 0)
    .replace(/\/.*$/, '')
    .toLowerCase();
  return { host, http: m?.[1]?.toLowerCase() === 'http' };
}

/**
 * fetch for one pull: per-host TLS (system CAs plus `caFile`, or no verification for insecure
 * registries), a user agent, the caller's abort signal, and every failure below HTTP turned into a
 * CorralError. Insecure registries are tried over HTTPS first and over HTTP when that fails at the
 * connection, as docker does; the answer is remembered for the rest of the pull.
 */
export class RegistryTransport {
  private readonly insecure = new Map<string, RegistrySecurity>();
  private readonly schemes = new Map<string, 'https' | 'http'>();

  constructor(private readonly opts: TransportOptions) {
    for (const e of opts.insecureRegistries ?? []) {
      const { host, http } = parseInsecureEntry(e);
      if (host !== '') this.insecure.set(host, http ? 'http' : 'skip-verify');
    }
  }

  get redact(): Redactor {
    return this.opts.redact;
  }

  security(host: string): RegistrySecurity {
    return this.insecure.get(host.toLowerCase()) ?? 'verify';
  }

  private dispatcher(host: string): Promise<Dispatcher | undefined> {
    return dispatcherFor({ verify: this.security(host) === 'verify', caFile: this.opts.caFile });
  }

  /** GET/POST `url` (a token endpoint, any host); redirects followed. */
  async fetch(url: URL, init: SendInit, what: string): Promise<Response> {
    const dispatcher = await this.dispatcher(url.host);
    const signals = [this.opts.signal, init.signal].filter((s): s is AbortSignal => s !== undefined);
    try {
      return await fetch(url, {
        method: init.method ?? 'GET',
        headers: { 'user-agent': userAgent, ...init.headers },
        ...(init.body !== undefined ? { body: init.body } : {}),
        redirect: 'follow',
        ...(signals.length > 0
          ? { signal: signals.length === 1 ? signals[0] : AbortSignal.any(signals) }
          : {}),
        ...(dispatcher ? { dispatcher } : {}),
      });
    } catch (err) {
      throw networkError(what, err, this.opts.redact);
    }
  }

  /** A request to the registry API on `host` (`/v2/…`), over the scheme that host speaks. */
  async registryFetch(host: string, path: string, init: SendInit, what: string): Promise<Response> {
    const sec = this.security(host);
    const known =
      this.schemes.get(host) ?? (sec === 'http' ? 'http' : sec === 'verify' ? 'https' : undefined);
    if (known) return this.fetch(new URL(`${known}://${host}${path}`), init, what);
    try {
      const res = await this.fetch(new URL(`https://${host}${path}`), init, what);
      this.schemes.set(host, 'https');
      return res;
    } catch (err) {
      // A plain-HTTP registry answers a TLS hello with garbage or a closed socket; whatever went
      // wrong, docker's rule is to try HTTP next. Only a cancellation stops here.
      if (init.signal?.aborted || this.opts.signal?.aborted) throw err;
      const res = await this.fetch(new URL(`http://${host}${path}`), init, what);
      this.schemes.set(host, 'http');
      return res;
    }
  }

  /** The scheme in use for `host` (for messages), once known. */
  schemeOf(host: string): string {
    return this.schemes.get(host) ?? (this.security(host) === 'http' ? 'http' : 'https');
  }
}

/**
 * A response body's chunks, with failures mid-body (a dropped connection) as CorralErrors. Each read
 * also races `signal`: Node 20's fetch can leave a read pending for good when its signal aborts
 * after the last byte arrived but before the body closed (seen about once in 40 pulls whose other
 * blob failed), and a download that never settles holds the whole pull.
 */
export async function* bodyChunks(
  res: Response,
  what: string,
  redact: Redactor,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array> {
  const body = res.body;
  if (!body) return;
  const reader = body.getReader();
  let stop: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    stop = () => reject(signal?.reason instanceof Error ? signal.reason : abortError());
  });
  aborted.catch(() => undefined);
  if (signal?.aborted) stop?.();
  else signal?.addEventListener('abort', stop!, { once: true });
  try {
    for (;;) {
      const r = await Promise.race([reader.read(), aborted]);
      if (r.done) return;
      yield r.value;
    }
  } catch (err) {
    throw networkError(what, err, redact);
  } finally {
    signal?.removeEventListener('abort', stop!);
    // Leaving early (an error, the consumer stopped) gives the connection back.
    reader.cancel().catch(() => undefined);
  }
}

function abortError(): Error {
  return Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });
}

/** Reads a whole small body (manifests, tokens), refusing more than `limit` bytes. */
export async function readLimited(
  res: Response,
  limit: number,
  what: string,
  redact: Redactor,
): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > limit) {
    await res.body?.cancel().catch(() => undefined);
    throw new CorralError('InvalidArgument', `${what}: ${declared} bytes is more than ${limit}`);
  }
  const parts: Uint8Array[] = [];
  let n = 0;
  for await (const chunk of bodyChunks(res, what, redact)) {
    n += chunk.length;
    // Leaving the loop cancels the body.
    if (n > limit) throw new CorralError('InvalidArgument', `${what}: more than ${limit} bytes`);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}
