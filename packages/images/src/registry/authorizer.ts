import { CorralError } from '@corral/api';
import { basicAuthHeader, type Credentials } from './credentials.js';
import { registryErrorText, responseError } from './registry-errors.js';
import { readLimited, type RegistryTransport } from './registry-transport.js';
import { parseChallenges, type Challenge } from './www-authenticate.js';

/** A token whose lifetime the server did not say lives this long (the distribution spec's default). */
const defaultTokenSeconds = 60;
/** Tokens are renewed this long before they expire, so a request never carries a dying one. */
const tokenMarginMs = 5_000;
const maxTokenResponse = 1 << 20;

interface CachedToken {
  header: string;
  expiresAt: number;
}

/**
 * Answers a registry's 401s for one pull: Basic with the credentials, or the bearer-token flow
 * (challenge → token endpoint with service and scope, basic credentials or a refresh token → token
 * → retry). Remembers what worked, so later requests of the pull carry it from the start. Nothing
 * here puts a credential in a message: errors say where the credentials came from, not what they are.
 */
export class Authorizer {
  private basic = false;
  private readonly tokens = new Map<string, CachedToken>();

  constructor(
    private readonly host: string,
    private readonly creds: Credentials | undefined,
    private readonly transport: RegistryTransport,
    private readonly now: () => number = Date.now,
  ) {}

  /** The Authorization header for a request in `scope`, when one is known. */
  header(scope: string): string | undefined {
    const t = this.tokens.get(scope);
    if (t && t.expiresAt > this.now()) return t.header;
    if (t) this.tokens.delete(scope);
    if (this.basic && this.creds) return basicAuthHeader(this.creds);
    return undefined;
  }

  /**
   * Learns how to answer `res` (a 401) for `scope`; throws Unauthenticated when there is no way,
   * e.g. a Basic challenge and no credentials.
   */
  async answer(res: Response, scope: string, what: string): Promise<void> {
    const challenges = parseChallenges(res.headers.get('www-authenticate'));
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    const basic = challenges.find((c) => c.scheme === 'basic');
    if (bearer) {
      await res.body?.cancel().catch(() => undefined);
      await this.fetchToken(bearer, scope, what);
      return;
    }
    if (basic && this.creds?.username) {
      await res.body?.cancel().catch(() => undefined);
      this.basic = true;
      return;
    }
    throw await this.rejected(res, what);
  }

  /** The error for a 401 that answering did not cure. */
  async rejected(res: Response, what: string): Promise<CorralError> {
    const detail = this.transport.redact(await registryErrorText(res));
    const why = this.creds
      ? `${this.host} rejected the credentials from ${this.creds.source}`
      : `${this.host} requires authentication`;
    return new CorralError('Unauthenticated', `${what}: ${why}${detail ? ` (${detail})` : ''}`, {
      hint: `check the username and password, or log in with: corral login ${this.host}`,
    });
  }

  private async fetchToken(ch: Challenge, scope: string, what: string): Promise<void> {
    const c = this.creds;
    if (c?.registryToken) {
      // A ready-made registry token: nothing to trade, send it (once; a second 401 is final).
      this.tokens.set(scope, { header: `Bearer ${c.registryToken}`, expiresAt: Infinity });
      return;
    }
    const realm = ch.params['realm'];
    let url: URL;
    try {
      url = new URL(realm ?? '');
    } catch {
      throw new CorralError(
        'Unavailable',
        `${what}: ${this.host} sent a bearer challenge without a valid realm`,
      );
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new CorralError('Unavailable', `${what}: token realm ${url.protocol} is not http(s)`);
    // The registry may ask for more than we did (a cross-repository mount); always include ours.
    const scopes = [...new Set([scope, ...(ch.params['scope'] ?? '').split(' ').filter(Boolean)])];
    const service = ch.params['service'];
    const where = `get token from ${url.origin}${url.pathname}`;
    let res: Response;
    if (c?.identityToken) {
      // OAuth2 refresh-token grant (docker's identity tokens), as the distribution spec describes.
      const form = new URLSearchParams({ grant_type: 'refresh_token', client_id: 'corral' });
      form.set('refresh_token', c.identityToken);
      if (service !== undefined) form.set('service', service);
      form.set('scope', scopes.join(' '));
      res = await this.transport.fetch(
        url,
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: form.toString(),
        },
        `${what}: ${where}`,
      );
    } else {
      if (service !== undefined) url.searchParams.set('service', service);
      for (const s of scopes) url.searchParams.append('scope', s);
      const basic = c ? basicAuthHeader(c) : undefined;
      if (c?.username) url.searchParams.set('account', c.username);
      res = await this.transport.fetch(
        url,
        basic ? { headers: { authorization: basic } } : {},
        `${what}: ${where}`,
      );
    }
    if (res.status === 401 || res.status === 403) throw await this.rejected(res, `${what}: ${where}`);
    if (!res.ok) throw await responseError(`${what}: ${where}`, res, this.transport.redact);
    const body = await readLimited(res, maxTokenResponse, `${what}: ${where}`, this.transport.redact);
    let v: { token?: unknown; access_token?: unknown; expires_in?: unknown };
    try {
      v = JSON.parse(body.toString('utf8')) as typeof v;
    } catch {
      throw new CorralError('Unavailable', `${what}: ${where}: the answer is not JSON`);
    }
    const token = typeof v.token === 'string' && v.token ? v.token : v.access_token;
    if (typeof token !== 'string' || token === '')
      throw new CorralError('Unavailable', `${what}: ${where}: the answer has no token`);
    const seconds = typeof v.expires_in === 'number' && v.expires_in > 0 ? v.expires_in : defaultTokenSeconds;
    const expiresAt = this.now() + Math.max(seconds * 1000 - tokenMarginMs, 1_000);
    this.transport.redact.add(token);
    this.tokens.set(scope, { header: `Bearer ${token}`, expiresAt });
  }
}
