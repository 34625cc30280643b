/** gRPC status codes: the one closed set of error kinds for the whole system. */
export const Code = {
  OK: 0,
  Canceled: 1,
  Unknown: 2,
  InvalidArgument: 3,
  DeadlineExceeded: 4,
  NotFound: 5,
  AlreadyExists: 6,
  PermissionDenied: 7,
  ResourceExhausted: 8,
  FailedPrecondition: 9,
  Aborted: 10,
  OutOfRange: 11,
  Unimplemented: 12,
  Internal: 13,
  Unavailable: 14,
  DataLoss: 15,
  Unauthenticated: 16,
} as const;

export type CodeName = keyof typeof Code;
export type CodeValue = (typeof Code)[CodeName];

const names = new Map<number, CodeName>(Object.entries(Code).map(([k, v]) => [v, k as CodeName]));

export function codeName(code: number): CodeName {
  return names.get(code) ?? 'Unknown';
}

export function isCode(code: number): code is CodeValue {
  return names.has(code);
}

/**
 * containerd's errdefs class texts: containerd's FromGRPC strips a trailing ": <text>" from the
 * message, so messages we send end with it ("container c1: not found").
 */
export const classText: Partial<Record<CodeName, string>> = {
  InvalidArgument: 'invalid argument',
  NotFound: 'not found',
  AlreadyExists: 'already exists',
  FailedPrecondition: 'failed precondition',
  Unavailable: 'unavailable',
  Unimplemented: 'not implemented',
  Unknown: 'unknown',
};
