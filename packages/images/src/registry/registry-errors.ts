import { CorralError, type CodeName } from '@corral/api';

/** The OCI distribution spec's error codes, as a registry returns them in `{"errors": [...]}`. */
const codeKinds: Record<string, CodeName> = {
  BLOB_UNKNOWN: 'NotFound',
  MANIFEST_UNKNOWN: 'NotFound',
  NAME_UNKNOWN: 'NotFound',
  NAME_INVALID: 'InvalidArgument',
  TAG_INVALID: 'InvalidArgument',
  DIGEST_INVALID: 'InvalidArgument',
  MANIFEST_INVALID: 'InvalidArgument',
  UNAUTHORIZED: 'Unauthenticated',
  DENIED: 'PermissionDenied',
  UNSUPPORTED: 'Unimplemented',
  TOOMANYREQUESTS: 'ResourceExhausted',
};

const statusKinds: Record<number, CodeName> = {
  400: 'InvalidArgument',
  401: 'Unauthenticated',
  403: 'PermissionDenied',
  404: 'NotFound',
  405: 'Unimplemented',
  429: 'ResourceExhausted',
};

/** Longest piece of a registry's own words kept in a message. */
const maxDetail = 300;

/** "CODE: message" of a registry's error body (first two errors), or its first line of text. */
export async function registryErrorText(res: Response): Promise<string> {
  let text: string;
  try {
    text = await res.text();
  } catch {
    return '';
  }
  try {
    const v = JSON.parse(text) as { errors?: { code?: unknown; message?: unknown }[] };
    if (Array.isArray(v.errors) && v.errors.length > 0) {
      return v.errors
        .slice(0, 2)
        .map((e) => [e.code, e.message].filter((x) => typeof x === 'string' && x !== '').join(': '))
        .join('; ')
        .slice(0, maxDetail);
    }
  } catch {
    // not JSON: a proxy's or load balancer's page
  }
  return (text.split('\n')[0] ?? '').trim().slice(0, maxDetail);
}

/** The first registry error code of a body already read by registryErrorText, by its text. */
function kindOf(status: number, detail: string): CodeName {
  const code = /^([A-Z_]+):/.exec(detail)?.[1];
  if (code !== undefined && codeKinds[code]) return codeKinds[code];
  if (status >= 500) return 'Unavailable';
  return statusKinds[status] ?? 'Unknown';
}

/** An unsuccessful response as an error: what was being done, the status, the registry's words. */
export async function responseError(what: string, res: Response, redact: Redactor): Promise<CorralError> {
  const detail = redact(await registryErrorText(res));
  const status = `${res.status} ${res.statusText}`.trim();
  const kind = kindOf(res.status, detail);
  const hint =
    kind === 'ResourceExhausted' ? 'the registry is rate-limiting; try again later or log in' : undefined;
  return new CorralError(kind, `${what}: ${status}${detail ? `: ${detail}` : ''}`, hint ? { hint } : {});
}

/** Replaces every secret it knows by `***`: error text from servers never carries one out. */
export interface Redactor {
  (text: string): string;
  /** Learns a secret obtained later (a bearer token). */
  add(secret: string): void;
}

export function makeRedactor(secrets: readonly (string | undefined)[]): Redactor {
  const list: string[] = [];
  const add = (s: string | undefined): void => {
    // Short strings would mangle ordinary words; credentials are never that short in practice.
    if (s === undefined || s.length < 4 || list.includes(s)) return;
    list.push(s);
    list.sort((a, b) => b.length - a.length);
  };
  secrets.forEach(add);
  const redact = (text: string): string => list.reduce((t, s) => t.split(s).join('***'), text);
  return Object.assign(redact, { add });
}

const tlsCodes = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** The innermost code and message of a fetch failure (`TypeError: fetch failed`, cause: the socket's error). */
function rootCause(err: unknown): { code: string; message: string } {
  let e: unknown = err;
  let code = '';
  let message = err instanceof Error ? err.message : String(err);
  for (let depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    const c = (e as NodeJS.ErrnoException).code;
    if (typeof c === 'string' && c !== '') code = c;
    if (e.message) message = e.message;
  }
  return { code, message };
}

/**
 * A failure below HTTP as a CorralError: aborted → Canceled, certificate → FailedPrecondition (with
 * the way out), fetch's blocked ports → InvalidArgument, anything on the wire → Unavailable.
 */
export function networkError(what: string, err: unknown, redact: Redactor): CorralError {
  if (err instanceof CorralError) return err;
  const e = err as Error;
  if (e?.name === 'AbortError' || e?.name === 'TimeoutError')
    return new CorralError(
      e.name === 'AbortError' ? 'Canceled' : 'DeadlineExceeded',
      `${what}: ${e.message}`,
      {
        cause: err,
      },
    );
  const { code, message } = rootCause(err);
  const why = redact(code && !message.includes(code) ? `${code}: ${message}` : message);
  if (tlsCodes.has(code))
    return new CorralError('FailedPrecondition', `${what}: TLS: ${why}`, {
      hint: 'trust the registry with a CA file (caFile / --ca), or list it in insecureRegistries',
      cause: err,
    });
  if (message === 'bad port')
    return new CorralError(
      'InvalidArgument',
      `${what}: fetch refuses this port (the Fetch standard's blocked ports)`,
      {
        cause: err,
      },
    );
  return new CorralError('Unavailable', `${what}: ${why}`, { cause: err });
}

/** Local filesystem errors by errno: a full disk is ResourceExhausted, a read-only one FailedPrecondition. */
export function fsErrorKind(err: unknown): CodeName | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'ResourceExhausted';
    case 'EROFS':
      return 'FailedPrecondition';
    case 'EACCES':
    case 'EPERM':
      return 'PermissionDenied';
    default:
      return undefined;
  }
}
