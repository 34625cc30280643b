import { mkdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { CorralError } from '@corral/api';
import { writeFileAtomic } from '../atomic-file.js';
import type { AuthConfig } from './pull-types.js';

/**
 * Docker's `config.json` (and podman's `auth.json`): `{"auths": {"<registry>": {"auth": base64("user:pass")}}}`.
 * Fields we do not know (credHelpers, proxies, …) are kept as they are when we write.
 */
export interface AuthFile {
  auths?: Record<string, AuthFileEntry>;
  [other: string]: unknown;
}

export interface AuthFileEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
  registrytoken?: string;
  [other: string]: unknown;
}

/** The key docker writes for Docker Hub (its v1 index URL); podman and containerd write `docker.io`. */
export const dockerHubAuthKey = 'https://index.docker.io/v1/';

const hubAliases = new Set([
  'docker.io',
  'index.docker.io',
  'registry-1.docker.io',
  'registry.hub.docker.com',
]);

/**
 * The registry host an auth key or server address names: scheme and path dropped, lower-cased,
 * Docker Hub's many names made `docker.io`. `https://index.docker.io/v1/` → `docker.io`,
 * `http://127.0.0.1:5000/v2/` → `127.0.0.1:5000`.
 */
export function registryHostOf(key: string): string {
  const host = key
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  return hubAliases.has(host) ? 'docker.io' : host;
}

/**
 * Where `corral login` keeps credentials and corrald looks them up unless told otherwise:
 * `$CORRAL_AUTH_FILE` (the `--auth-file` flag's twin), else `$REGISTRY_AUTH_FILE` (podman's
 * variable), else `~/.config/corral/auth.json`.
 */
export function defaultAuthFile(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  return env['CORRAL_AUTH_FILE'] || env['REGISTRY_AUTH_FILE'] || join(home, '.config', 'corral', 'auth.json');
}

/** Reads an auth file; a missing file is an empty one. Never puts the file's content in an error. */
export async function readAuthFile(path: string): Promise<AuthFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new CorralError(
      'FailedPrecondition',
      `read auth file ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`,
      {
        cause: err,
      },
    );
  }
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text around the error: that may be a password.
    throw new CorralError('InvalidArgument', `auth file ${path}: not valid JSON`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new CorralError('InvalidArgument', `auth file ${path}: not a JSON object`);
  const file = v as AuthFile;
  if (file.auths !== undefined && (typeof file.auths !== 'object' || file.auths === null))
    throw new CorralError('InvalidArgument', `auth file ${path}: "auths" is not an object`);
  return file;
}

/** The credentials an auth file holds for `host` (any spelling of its key), or undefined. */
export function authFileEntryFor(file: AuthFile, host: string): AuthConfig | undefined {
  const want = registryHostOf(host);
  for (const [key, entry] of Object.entries(file.auths ?? {})) {
    if (registryHostOf(key) !== want || typeof entry !== 'object' || entry === null) continue;
    const out: AuthConfig = { serverAddress: key };
    if (typeof entry.auth === 'string' && entry.auth !== '') out.auth = entry.auth;
    if (typeof entry.username === 'string') out.username = entry.username;
    if (typeof entry.password === 'string') out.password = entry.password;
    if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '')
      out.identityToken = entry.identitytoken;
    if (typeof entry.registrytoken === 'string' && entry.registrytoken !== '')
      out.registryToken = entry.registrytoken;
    if (out.auth || out.username || out.identityToken || out.registryToken) return out;
  }
  return undefined;
}

/** The key to write for a server: docker's for Docker Hub (so docker reads the file too), else the host. */
export function authKeyFor(server: string): string {
  const host = registryHostOf(server);
  return host === 'docker.io' ? dockerHubAuthKey : host;
}

/**
 * Stores `username`/`password` for `server` (what `corral login` does): the file is rewritten
 * atomically with mode 0600 in a 0700 directory, other registries and fields kept, other spellings
 * of the same registry's key replaced.
 */
export async function writeAuthEntry(
  path: string,
  server: string,
  creds: { username: string; password: string },
): Promise<void> {
  if (creds.username.includes(':'))
    throw new CorralError('InvalidArgument', 'login: a username cannot contain ":"');
  const host = registryHostOf(server);
  if (host === '') throw new CorralError('InvalidArgument', 'login: no registry given');
  const file = await readAuthFile(path);
  const auths: Record<string, AuthFileEntry> = {};
  for (const [k, e] of Object.entries(file.auths ?? {})) if (registryHostOf(k) !== host) auths[k] = e;
  auths[authKeyFor(server)] = {
    auth: Buffer.from(`${creds.username}:${creds.password}`).toString('base64'),
  };
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFileAtomic(path, `${JSON.stringify({ ...file, auths }, null, '\t')}\n`, 0o600);
}

/** Forgets `server`'s credentials (`corral logout`); false when the file had none for it. */
export async function removeAuthEntry(path: string, server: string): Promise<boolean> {
  const host = registryHostOf(server);
  const file = await readAuthFile(path);
  const all = Object.entries(file.auths ?? {});
  const kept = all.filter(([k]) => registryHostOf(k) !== host);
  if (kept.length === all.length) return false;
  await writeFileAtomic(
    path,
    `${JSON.stringify({ ...file, auths: Object.fromEntries(kept) }, null, '\t')}\n`,
    0o600,
  );
  return true;
}
