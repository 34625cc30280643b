import { Code, type CodeName, classText, codeName } from './codes.js';

export interface CorralErrorOptions {
  /** A short, actionable line for the CLI ("is corrald running? start it with …"). */
  hint?: string;
  /**
   * The cause as a constant a program can test instead of the message's words (`IMAGE_NOT_FOUND`,
   * errorReasons): google.rpc.ErrorInfo's reason, UPPER_SNAKE_CASE.
   */
  reason?: string;
  cause?: unknown;
}

/**
 * The one error class: a gRPC kind, a message built from data ("what was being done: why"), an
 * optional hint, and a cause. Wire edges translate it to a status exactly once.
 */
export class CorralError extends Error {
  override name = 'CorralError';
  readonly code: CodeName;
  readonly hint: string | undefined;
  readonly reason: string | undefined;

  constructor(code: CodeName, message: string, options: CorralErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
    this.reason = options.reason;
  }

  get grpcCode(): number {
    return Code[this.code];
  }

  /** The message as containerd expects it on the wire: "<detail>: <class text>". */
  wireMessage(): string {
    const suffix = classText[this.code];
    if (suffix === undefined || this.message.endsWith(`: ${suffix}`)) return this.message;
    return `${this.message}: ${suffix}`;
  }

  /** A status off the wire; `options`: what its details said (statusDetails.ts). */
  static fromStatus(code: number, message: string, options: CorralErrorOptions = {}): CorralError {
    const name = codeName(code);
    const suffix = classText[name];
    const text =
      suffix !== undefined && message.endsWith(`: ${suffix}`)
        ? message.slice(0, -(suffix.length + 2))
        : message;
    return new CorralError(name, text, options);
  }
}

/** The kind of an error, looking through `cause` chains; Unknown when none carries one. */
export function errorCode(err: unknown): CodeName {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 16; e = e.cause, depth++) {
    if (e instanceof CorralError) return e.code;
  }
  return 'Unknown';
}

const is = (code: CodeName) => (err: unknown) => errorCode(err) === code;
export const isNotFound = is('NotFound');
export const isAlreadyExists = is('AlreadyExists');
export const isInvalidArgument = is('InvalidArgument');
export const isFailedPrecondition = is('FailedPrecondition');
export const isUnavailable = is('Unavailable');
export const isUnimplemented = is('Unimplemented');
export const isDeadlineExceeded = is('DeadlineExceeded');
export const isCanceled = is('Canceled');

export const errNotFound = (what: string, opts?: CorralErrorOptions) =>
  new CorralError('NotFound', what, opts);
export const errInvalidArgument = (what: string, opts?: CorralErrorOptions) =>
  new CorralError('InvalidArgument', what, opts);
export const errAlreadyExists = (what: string, opts?: CorralErrorOptions) =>
  new CorralError('AlreadyExists', what, opts);
export const errFailedPrecondition = (what: string, opts?: CorralErrorOptions) =>
  new CorralError('FailedPrecondition', what, opts);
export const errUnimplemented = (what: string, opts?: CorralErrorOptions) =>
  new CorralError('Unimplemented', what, opts);
export const errUnavailable = (what: string, opts?: CorralErrorOptions) =>
  new CorralError('Unavailable', what, opts);
export const errInternal = (what: string, opts?: CorralErrorOptions) =>
  new CorralError('Internal', what, opts);
