import { corral, method, RuntimeApi, type ServiceDef, type StreamingMethodDef } from '@corral/api';

/**
 * corral.v1.Runtime/ContainerLogs: in runtime.proto but not (yet) in @corral/api's RuntimeApi, so
 * defined here the way corral-services.ts defines streaming methods (the client does the same),
 * and registered as a second part of the Runtime service.
 */
export const containerLogsMethod: StreamingMethodDef<
  corral.v1.ContainerLogsRequest.$Properties,
  corral.v1.ContainerLogsEnd.$Properties,
  unknown,
  corral.v1.LogEntry.$Properties
> = {
  ...method('ContainerLogs', corral.v1.ContainerLogsRequest, corral.v1.ContainerLogsEnd),
  output: corral.v1.LogEntry,
};

export const RuntimeLogsApi = {
  name: RuntimeApi.name,
  methods: { containerLogs: containerLogsMethod },
} as const satisfies ServiceDef;
