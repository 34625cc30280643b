import { CorralError } from './errors.js';

// containerd identifiers/validate.go: alphanumerics separated by single '.', '_' or '-', ≤ 76 chars.
const identifierRe = /^[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*$/;
export const maxIdentifierLength = 76;

export function isValidIdentifier(s: string): boolean {
  return s.length > 0 && s.length <= maxIdentifierLength && identifierRe.test(s);
}

/** Throws InvalidArgument unless `s` is a containerd identifier; safe to use as a path component after. */
export function validateIdentifier(s: string, what = 'identifier'): string {
  if (s.length === 0) throw new CorralError('InvalidArgument', `${what} must not be empty`);
  if (s.length > maxIdentifierLength) {
    throw new CorralError(
      'InvalidArgument',
      `${what} ${JSON.stringify(s.slice(0, 80))}… is longer than ${maxIdentifierLength} characters`,
    );
  }
  if (!identifierRe.test(s)) {
    throw new CorralError(
      'InvalidArgument',
      `${what} ${JSON.stringify(s)} must be letters and digits separated by single '.', '_' or '-'`,
    );
  }
  return s;
}
