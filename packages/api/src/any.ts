import { CorralError } from './errors.js';
import { containerd, google, io } from './gen/proto.js';

type AnyMsg = google.protobuf.Any.$Properties;

/** A generated message class: what we need of it to pack and unpack. */
export interface MessageType<T> {
  encode(m: T): { finish(): Uint8Array };
  decode(b: Uint8Array): T;
}

/** containerd's type URLs are the bare full proto name, no `type.googleapis.com/` prefix. */
export const typeUrls = {
  TaskCreate: 'containerd.events.TaskCreate',
  TaskStart: 'containerd.events.TaskStart',
  TaskDelete: 'containerd.events.TaskDelete',
  TaskExit: 'containerd.events.TaskExit',
  TaskOOM: 'containerd.events.TaskOOM',
  TaskExecAdded: 'containerd.events.TaskExecAdded',
  TaskExecStarted: 'containerd.events.TaskExecStarted',
  TaskPaused: 'containerd.events.TaskPaused',
  TaskResumed: 'containerd.events.TaskResumed',
  TaskCheckpointed: 'containerd.events.TaskCheckpointed',
  RuncOptions: 'containerd.runc.v1.Options',
  RuncCheckpointOptions: 'containerd.runc.v1.CheckpointOptions',
  ProcessDetails: 'containerd.runc.v1.ProcessDetails',
  LinuxCreateOptions: 'containerd.linux.runc.CreateOptions',
  LinuxCheckpointOptions: 'containerd.linux.runc.CheckpointOptions',
  LinuxRuncOptions: 'containerd.linux.runc.RuncOptions',
  CgroupsV1Metrics: 'io.containerd.cgroups.v1.Metrics',
  CgroupsV2Metrics: 'io.containerd.cgroups.v2.Metrics',
  // OCI types travel as JSON, not protobuf.
  ContainerCreate: 'corral.v1.ContainerCreate',
  ContainerUpdate: 'corral.v1.ContainerUpdate',
  ContainerDelete: 'corral.v1.ContainerDelete',
  ImageCreate: 'corral.v1.ImageCreate',
  ImageUpdate: 'corral.v1.ImageUpdate',
  ImageDelete: 'corral.v1.ImageDelete',
  OciSpec: 'types.containerd.io/opencontainers/runtime-spec/1/Spec',
  OciProcess: 'types.containerd.io/opencontainers/runtime-spec/1/Process',
  OciLinuxResources: 'types.containerd.io/opencontainers/runtime-spec/1/LinuxResources',
} as const;

const E = containerd.events;
const registry = new Map<string, MessageType<unknown>>([
  [typeUrls.TaskCreate, E.TaskCreate],
  [typeUrls.TaskStart, E.TaskStart],
  [typeUrls.TaskDelete, E.TaskDelete],
  [typeUrls.TaskExit, E.TaskExit],
  [typeUrls.TaskOOM, E.TaskOOM],
  [typeUrls.TaskExecAdded, E.TaskExecAdded],
  [typeUrls.TaskExecStarted, E.TaskExecStarted],
  [typeUrls.TaskPaused, E.TaskPaused],
  [typeUrls.TaskResumed, E.TaskResumed],
  [typeUrls.TaskCheckpointed, E.TaskCheckpointed],
  [typeUrls.RuncOptions, containerd.runc.v1.Options],
  [typeUrls.RuncCheckpointOptions, containerd.runc.v1.CheckpointOptions],
  [typeUrls.ProcessDetails, containerd.runc.v1.ProcessDetails],
  [typeUrls.LinuxCreateOptions, containerd.linux.runc.CreateOptions],
  [typeUrls.LinuxCheckpointOptions, containerd.linux.runc.CheckpointOptions],
  [typeUrls.LinuxRuncOptions, containerd.linux.runc.RuncOptions],
  [typeUrls.CgroupsV1Metrics, io.containerd.cgroups.v1.Metrics],
  [typeUrls.CgroupsV2Metrics, io.containerd.cgroups.v2.Metrics],
] as [string, MessageType<unknown>][]);

/** Adds types to the registry: corral.v1's own (corral-types.ts), loaded with the full @corral/api only. */
export function registerAnyTypes(entries: readonly (readonly [string, MessageType<unknown>])[]): void {
  for (const [typeUrl, type] of entries) registry.set(typeUrl, type);
}

/** Pack a protobuf message into an Any under containerd's type URL. */
export function packAny<T>(typeUrl: string, type: MessageType<T>, message: T): google.protobuf.Any {
  return google.protobuf.Any.create({ type_url: typeUrl, value: type.encode(message).finish() });
}

/** Pack a JSON-typed OCI value (Spec, Process, LinuxResources) the way containerd's typeurl does. */
export function packJsonAny(typeUrl: string, value: unknown): google.protobuf.Any {
  return google.protobuf.Any.create({ type_url: typeUrl, value: Buffer.from(JSON.stringify(value)) });
}

/** The protobuf type registered for a type URL, or undefined. */
export function lookupType(typeUrl: string): MessageType<unknown> | undefined {
  return registry.get(typeUrl);
}

/** Decode an Any whose type URL must be `typeUrl`; InvalidArgument otherwise. */
export function unpackAny<T>(any: AnyMsg | null | undefined, typeUrl: string, type: MessageType<T>): T {
  if (!any) throw new CorralError('InvalidArgument', `expected ${typeUrl}, got no value`);
  if (any.type_url !== typeUrl) {
    throw new CorralError(
      'InvalidArgument',
      `expected ${typeUrl}, got ${JSON.stringify(any.type_url ?? '')}`,
    );
  }
  try {
    return type.decode(any.value ?? new Uint8Array());
  } catch (cause) {
    throw new CorralError('InvalidArgument', `decode ${typeUrl}: ${(cause as Error).message}`, { cause });
  }
}

/** Decode an Any by its type URL through the registry; InvalidArgument for an unknown URL. */
export function unpackAnyByUrl(any: AnyMsg): { typeUrl: string; message: unknown } {
  const typeUrl = any.type_url ?? '';
  const type = registry.get(typeUrl);
  if (!type) throw new CorralError('InvalidArgument', `unknown type URL ${JSON.stringify(typeUrl)}`);
  return { typeUrl, message: unpackAny(any, typeUrl, type) };
}

/** Parse a JSON-typed Any (OCI Process, LinuxResources). */
export function unpackJsonAny(any: AnyMsg | null | undefined, typeUrl: string): unknown {
  if (!any) throw new CorralError('InvalidArgument', `expected ${typeUrl}, got no value`);
  if (any.type_url !== typeUrl) {
    throw new CorralError(
      'InvalidArgument',
      `expected ${typeUrl}, got ${JSON.stringify(any.type_url ?? '')}`,
    );
  }
  try {
    return JSON.parse(Buffer.from(any.value ?? new Uint8Array()).toString('utf8')) as unknown;
  } catch (cause) {
    throw new CorralError('InvalidArgument', `decode ${typeUrl}: ${(cause as Error).message}`, { cause });
  }
}
