import { parseRef } from '../reference.js';
import { registryHostOf } from './auth-file.js';
import type { AuthConfig, PullOptions } from './pull-types.js';
import { RegistryClient } from './registry-client.js';

export type LoginCheckOptions = Pick<PullOptions, 'insecureRegistries' | 'caFile' | 'signal'>;

/**
 * Checks that `server` takes these credentials, as `docker login` does before saving them: `GET
 * /v2/` through the same 401 handling a pull uses (for a token registry, a token is fetched for
 * a scope-less request). Unauthenticated when refused; resolves when accepted or when the
 * registry needs no credentials at all.
 */
export async function checkRegistryLogin(
  server: string,
  auth: Pick<AuthConfig, 'username' | 'password' | 'identityToken' | 'registryToken'>,
  opts: LoginCheckOptions = {},
): Promise<void> {
  const host = registryHostOf(server);
  // Any repository name will do: /v2/ itself is not per repository.
  const ref = parseRef(`${host}/corral-login-check`);
  const client = await RegistryClient.open(ref, { ...opts, auth: { ...auth, serverAddress: host } });
  await client.ping();
}
