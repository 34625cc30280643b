import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { TestRegistry, registryBins } from '@corral/test-utils';
import { TokenServer } from './token-server.js';

export { basicUser, credsOf, startBasicRegistry } from '@corral/test-utils';

/** What the real-registry tests need on PATH, and root (mounts, tmpfs). */
export const registryRequirements = {
  root: true,
  bins: [...registryBins, 'openssl'],
};

export const tokenUser = { name: 'bob', password: 'token-pass-4567' };
export const refreshToken = 'refresh-token-789-abcdef';
export const tokenService = 'corral-test-registry';
export const tokenIssuer = 'corral-test-token-issuer';

/**
 * docker-registry with `auth: token:` trusting a token server the test runs (which knows
 * `tokenUser` and `refreshToken`); the registry's own config names the server's realm and cert.
 */
export async function startTokenRegistry(
  t: Pick<TestContext, 'after'>,
  dir: string,
): Promise<{ registry: TestRegistry; tokens: TokenServer }> {
  const tokens = await TokenServer.start(t, dir, {
    users: { [tokenUser.name]: tokenUser.password },
    refreshTokens: [refreshToken],
    service: tokenService,
    issuer: tokenIssuer,
  });
  const registry = await TestRegistry.start(t, join(dir, 'token-registry'), {
    auth: {
      kind: 'token',
      realm: tokens.realm,
      service: tokenService,
      issuer: tokenIssuer,
      rootCertBundle: tokens.cert.cert,
    },
  });
  return { registry, tokens };
}
