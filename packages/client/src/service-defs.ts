// The services the client speaks, from @corral/api, and the type-level split of their methods
// into unary ones (one request, one response) and streaming ones (StreamingMethodDef).
import { EventsApi, ImagesApi, RuntimeApi, corral, method } from '@corral/api';
import type { ServiceDef, StreamingMethodDef } from '@corral/api';

const v1 = corral.v1;

/**
 * corral.v1.Runtime/ContainerLogs: in runtime.proto but not (yet) in @corral/api's RuntimeApi, so
 * defined here the way corral-services.ts defines streaming methods.
 */
export const containerLogsMethod: StreamingMethodDef<
  corral.v1.ContainerLogsRequest.$Properties,
  corral.v1.ContainerLogsEnd.$Properties,
  unknown,
  corral.v1.LogEntry.$Properties
> = {
  ...method('ContainerLogs', v1.ContainerLogsRequest, v1.ContainerLogsEnd),
  output: v1.LogEntry,
};

export const RuntimeService = {
  name: RuntimeApi.name,
  methods: { ...RuntimeApi.methods, containerLogs: containerLogsMethod },
} as const satisfies ServiceDef;
export const ImagesService = ImagesApi;
export const EventsService = EventsApi;

/** A StreamingMethodDef declares `input`/`output` keys; a plain MethodDef has neither. */
export type IsStreaming<D> = 'input' extends keyof D ? true : 'output' extends keyof D ? true : false;

/** The JS names of a service's unary methods. */
export type UnaryMethodNames<S extends ServiceDef> = {
  [K in keyof S['methods']]: IsStreaming<S['methods'][K]> extends true ? never : K;
}[keyof S['methods']];

export type Event = corral.v1.Event.$Properties;
export type LogEntry = corral.v1.LogEntry.$Properties;
