// Typed stubs for a service's unary methods (ttrpc's ServiceClient, over corral frames).
import { CorralError, corralMethodName } from '@corral/api';
import type { MethodDef, RequestOf, ResponseOf, ServiceDef } from '@corral/api';
import type { CallOptions, Caller } from './call-options.js';
import { captureCallSite, cloneError, messageOf, withCallSite } from './errors.js';
import type { UnaryMethodNames } from './service-defs.js';

export type UnaryClient<S extends ServiceDef> = {
  readonly [K in UnaryMethodNames<S>]: (
    request: RequestOf<S['methods'][K]>,
    options?: CallOptions,
  ) => Promise<ResponseOf<S['methods'][K]>>;
};

/** One function per unary method of `def`; streaming methods are left to their own helpers. */
export function unaryClient<S extends ServiceDef>(caller: Caller, def: S): UnaryClient<S> {
  const stub: Record<string, unknown> = {};
  for (const [jsName, m] of Object.entries(def.methods)) {
    if ('input' in m || 'output' in m) continue;
    stub[jsName] = unaryStub(caller, def, m);
  }
  return stub as UnaryClient<S>;
}

function unaryStub(
  caller: Caller,
  def: ServiceDef,
  m: MethodDef<unknown, unknown>,
): (request: unknown, options?: CallOptions) => Promise<unknown> {
  const invoke = (request: unknown, options: CallOptions = {}): Promise<unknown> =>
    callUnary(caller, def, m, request, options, captureCallSite(invoke));
  return invoke;
}

/**
 * The wire name, encoded request and call site of a call about to start; a request that does not
 * encode throws InvalidArgument with the caller's stack.
 */
export function encodeRequest<Req>(
  def: ServiceDef,
  m: MethodDef<Req, unknown>,
  request: Req,
  site: Error,
): [method: string, payload: Uint8Array, site: Error] {
  const what = corralMethodName(def, m);
  try {
    return [what, m.requestType.encode(request).finish(), site];
  } catch (err) {
    throw withCallSite(
      new CorralError('InvalidArgument', `${what}: encode request: ${messageOf(err)}`),
      site,
    );
  }
}

/** A call that failed, as the caller sees it: its own copy of the error, with the caller's stack. */
export function callFailure(err: unknown, site: Error): Error {
  return withCallSite(err instanceof CorralError ? cloneError(err) : (err as Error), site);
}

/** The reply decoded; one that does not decode is Internal, with the caller's stack. */
export function decodeReply<Res>(
  m: MethodDef<unknown, Res>,
  what: string,
  reply: Uint8Array,
  site: Error,
): Res {
  try {
    return m.responseType.decode(reply);
  } catch (err) {
    throw withCallSite(new CorralError('Internal', `${what}: decode reply: ${messageOf(err)}`), site);
  }
}

/** One request, one response; every failure is a CorralError carrying the caller's stack. */
async function callUnary(
  caller: Caller,
  def: ServiceDef,
  m: MethodDef<unknown, unknown>,
  request: unknown,
  options: CallOptions,
  site: Error,
): Promise<unknown> {
  const [what, payload] = encodeRequest(def, m, request, site);
  let reply: Uint8Array;
  try {
    const { call } = await caller.start(what, payload, {}, options);
    reply = await call.response;
  } catch (err) {
    throw callFailure(err, site);
  }
  return decodeReply(m, what, reply, site);
}
