// Registry credentials on the CLI's side, as docker's CLI handles them: `corral login` keeps them
// in an auth file, and `corral pull` sends the ones for the image's registry with the request, so
// a login works whatever user and HOME corrald runs with. Read lazily: most commands never need
// @corral/images.
import { homedir } from 'node:os';
import type { corral } from '@corral/api';
import type * as registryAuth from '@corral/images/registry-auth';
import { usageError } from './cli-error.js';

type AuthConfig = corral.v1.AuthConfig.$Properties;

export type RegistryAuthLib = typeof registryAuth;

export function registryAuthLib(): Promise<RegistryAuthLib> {
  return import('@corral/images/registry-auth');
}

/** `--auth-file`, else $CORRAL_AUTH_FILE, $REGISTRY_AUTH_FILE, ~/.config/corral/auth.json (corrald's default too). */
export function authFileFor(
  lib: RegistryAuthLib,
  explicit: string | undefined,
  env: NodeJS.ProcessEnv,
): string {
  return explicit ?? lib.defaultAuthFile(env, env['HOME'] || homedir());
}

/** `--creds USER:PASS`. */
export function parseCreds(command: string, s: string): { username: string; password: string } {
  const colon = s.indexOf(':');
  if (colon <= 0 || colon === s.length - 1) throw usageError(command, '--creds wants USERNAME:PASSWORD');
  return { username: s.slice(0, colon), password: s.slice(colon + 1) };
}

export interface CredentialOptions {
  /** `--creds USER:PASS`: wins over any file. */
  creds?: string | undefined;
  /** `--auth-file FILE`. */
  authFile?: string | undefined;
}

/**
 * The credentials to send for pulling `ref`: `--creds`, else the auth file's entry for its
 * registry; undefined when there is none (corrald then asks its own auth file, or goes anonymous).
 * A reference that does not parse is InvalidArgument before anything is sent.
 */
export async function pullCredentials(
  command: string,
  ref: string,
  o: CredentialOptions,
  env: NodeJS.ProcessEnv,
): Promise<AuthConfig | undefined> {
  const lib = await registryAuthLib();
  const host = lib.parseRef(ref).domain;
  if (o.creds !== undefined) return { ...parseCreds(command, o.creds), serverAddress: host };
  const file = await lib.readAuthFile(authFileFor(lib, o.authFile, env));
  return lib.authFileEntryFor(file, host);
}
