import { CorralError } from '@corral/api';
import { authFileEntryFor, readAuthFile, registryHostOf } from './auth-file.js';
import type { AuthConfig } from './pull-types.js';

/** Credentials for one registry, decoded. Never logged, never put in a message. */
export interface Credentials {
  username?: string;
  password?: string;
  /** OAuth2 refresh token (docker's `identitytoken`), traded for access tokens. */
  identityToken?: string;
  /** A bearer token for the registry itself, sent as is. */
  registryToken?: string;
  /** Where they came from, for messages: 'request' or the auth file's path. */
  source: string;
}

/** `auth` (base64 of `user:password`) split; InvalidArgument, without the value, when it is not that. */
function decodeAuth(auth: string, source: string): { username: string; password: string } {
  const text = Buffer.from(auth, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon <= 0)
    throw new CorralError(
      'InvalidArgument',
      `credentials from ${source}: "auth" is not base64 of user:password`,
    );
  return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}

function fromAuthConfig(a: AuthConfig, source: string): Credentials | undefined {
  const out: Credentials = { source };
  if (a.username) out.username = a.username;
  if (a.password) out.password = a.password;
  // CRI: `auth` is the username and password encoded; when both forms are given, docker takes `auth`.
  if (a.auth) Object.assign(out, decodeAuth(a.auth, source));
  if (a.identityToken) out.identityToken = a.identityToken;
  if (a.registryToken) out.registryToken = a.registryToken;
  return out.username || out.identityToken || out.registryToken ? out : undefined;
}

/**
 * The credentials to use for `host`: the request's (unless its serverAddress names another
 * registry), else the auth file's entry, else none (anonymous).
 */
export async function resolveCredentials(
  host: string,
  opts: { auth?: AuthConfig | undefined; authFile?: string | undefined },
): Promise<Credentials | undefined> {
  const a = opts.auth;
  if (a && (!a.serverAddress || registryHostOf(a.serverAddress) === registryHostOf(host))) {
    const c = fromAuthConfig(a, 'the request');
    if (c) return c;
  }
  if (opts.authFile) {
    const entry = authFileEntryFor(await readAuthFile(opts.authFile), host);
    if (entry) return fromAuthConfig(entry, opts.authFile);
  }
  return undefined;
}

export function basicAuthHeader(c: Credentials): string | undefined {
  if (!c.username) return undefined;
  return `Basic ${Buffer.from(`${c.username}:${c.password ?? ''}`).toString('base64')}`;
}

/** Every string that must never leave in a message: passwords, tokens, and their encodings on the wire. */
export function secretsOf(c: Credentials | undefined, extra: readonly string[] = []): string[] {
  if (!c) return [...extra];
  const basic = basicAuthHeader(c)?.slice('Basic '.length);
  return [c.password, c.identityToken, c.registryToken, basic, ...extra].filter(
    (s): s is string => s !== undefined && s !== '',
  );
}
