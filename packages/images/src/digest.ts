import { createHash, type Hash } from 'node:crypto';
import { CorralError } from '@corral/api';

const digestRe = /^sha256:[a-f0-9]{64}$/;

export function isDigest(s: string): boolean {
  return digestRe.test(s);
}

/** Throws InvalidArgument unless `s` is `sha256:<64 hex>` (the only algorithm the store keeps). */
export function validateDigest(s: unknown, what: string): string {
  if (typeof s === 'string' && isDigest(s)) return s;
  if (typeof s === 'string' && /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(s))
    throw new CorralError('InvalidArgument', `${what}: unsupported digest ${s} (only sha256 is supported)`);
  throw new CorralError('InvalidArgument', `${what}: invalid digest ${JSON.stringify(s)}`);
}

/** The hex part: safe as a file name once the digest is validated. */
export function digestHex(digest: string): string {
  return digest.slice('sha256:'.length);
}

export function sha256Digest(data: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** The error every content check raises: which blob, what we got. */
export function digestMismatch(expected: string, got: string, where?: string): CorralError {
  const at = where ? ` (${where})` : '';
  return new CorralError('DataLoss', `blob ${expected}${at} digest mismatch: got ${got}`);
}

export function sizeMismatch(digest: string, got: number, want: number): CorralError {
  return new CorralError('DataLoss', `blob ${digest} size mismatch: got ${got} bytes, manifest says ${want}`);
}

/** sha256 and byte count of a stream, updated chunk by chunk. */
export class DigestCounter {
  private readonly hash: Hash = createHash('sha256');
  size = 0;

  update(chunk: Uint8Array): void {
    this.hash.update(chunk);
    this.size += chunk.length;
  }

  digest(): string {
    return `sha256:${this.hash.digest('hex')}`;
  }
}

/** Passes chunks through while counting them into `counter`. */
export async function* countDigest(
  source: AsyncIterable<Uint8Array>,
  counter: DigestCounter,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    counter.update(chunk);
    yield chunk;
  }
}
