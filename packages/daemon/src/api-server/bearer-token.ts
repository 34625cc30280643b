// The TCP listener's only guard: `Authorization: Bearer <token>` on the HTTP upgrade.
import { createHash, timingSafeEqual } from 'node:crypto';
import { CorralError } from '@corral/api';
import { minTokenLength } from './limits.js';

const bearerRe = /^Bearer +(\S+) *$/i;

/** Checks headers against one token in constant time (both sides hashed first, so lengths leak nothing). */
export class BearerToken {
  readonly #digest: Buffer;

  constructor(token: string) {
    if (token.length < minTokenLength) {
      throw new CorralError(
        'InvalidArgument',
        `the TCP listener's bearer token must be at least ${minTokenLength} characters`,
        { hint: 'make one with `openssl rand -hex 32`' },
      );
    }
    this.#digest = digest(token);
  }

  /** True when `authorization` (the header's value) carries the token. */
  matches(authorization: string | undefined): boolean {
    const given = bearerRe.exec(authorization ?? '')?.[1];
    // Compare even when the header is absent or malformed, so every refusal takes the same time.
    const equal = timingSafeEqual(digest(given ?? ''), this.#digest);
    return given !== undefined && equal;
  }
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}
