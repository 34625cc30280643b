// Registered handlers by wire name ("corral.v1.Runtime/CreateContainer"), each with the codecs of
// its request, response and streams.
import { CorralError, corralMethodName } from '@corral/api';
import type { MessageType, MethodDef, ServiceDef } from '@corral/api';
import type { ApiCallContext, ApiServiceImpl, StreamingCallContext } from './service.js';

export interface RegisteredMethod {
  /** "corral.v1.Runtime/CreateContainer" */
  readonly fullName: string;
  readonly service: string;
  readonly method: string;
  readonly requestType: MessageType<unknown>;
  readonly responseType: MessageType<unknown>;
  /** Codec of the client's STREAM messages; undefined when the method takes none. */
  readonly input: MessageType<unknown> | undefined;
  /** Codec of the server's STREAM messages; undefined when the method sends none. */
  readonly output: MessageType<unknown> | undefined;
  readonly streaming: boolean;
  readonly handler: (
    request: unknown,
    ctx: ApiCallContext | StreamingCallContext<unknown, unknown>,
  ) => Promise<unknown>;
}

type AnyMethodDef = MethodDef<unknown, unknown> & {
  readonly input?: MessageType<unknown>;
  readonly output?: MessageType<unknown>;
};

export class MethodRegistry {
  readonly #methods = new Map<string, RegisteredMethod>();

  /**
   * Adds every method of `def`. A service may be registered in parts (methods the shared
   * definition does not list yet), but a method only once.
   */
  add<S extends ServiceDef>(def: S, impl: ApiServiceImpl<S>): void {
    const handlers = impl as unknown as Record<string, unknown>;
    const added: RegisteredMethod[] = [];
    for (const [jsName, m] of Object.entries(def.methods) as [string, AnyMethodDef][]) {
      const fn = handlers[jsName];
      if (typeof fn !== 'function') {
        throw new CorralError('InvalidArgument', `service ${def.name}: no handler for ${jsName} (${m.name})`);
      }
      const fullName = corralMethodName(def, m);
      if (this.#methods.has(fullName)) {
        throw new CorralError('AlreadyExists', `method ${fullName} is already registered`);
      }
      added.push({
        fullName,
        service: def.name,
        method: m.name,
        requestType: m.requestType,
        responseType: m.responseType,
        input: m.input,
        output: m.output,
        streaming: 'input' in m || 'output' in m,
        handler: (request, ctx) => (fn as RegisteredMethod['handler']).call(impl, request, ctx),
      });
    }
    for (const r of added) this.#methods.set(r.fullName, r);
  }

  resolve(fullName: string): RegisteredMethod | undefined {
    return this.#methods.get(fullName);
  }
}
