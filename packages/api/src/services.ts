import type { MessageType } from './any.js';
import { services } from './constants.js';
import { containerd, google } from './gen/proto.js';

/** One unary method: its wire name and the request/response codecs. */
export interface MethodDef<Req, Res> {
  readonly name: string;
  readonly requestType: MessageType<Req>;
  readonly responseType: MessageType<Res>;
}

export type MethodMap = Record<string, MethodDef<unknown, unknown>>;

/** A ttrpc service: its full proto name and methods keyed by the JS name used in clients and servers. */
export interface ServiceDef<M extends MethodMap = MethodMap> {
  readonly name: string;
  readonly methods: M;
}

export type RequestOf<D> = D extends MethodDef<infer Req, unknown> ? Req : never;
export type ResponseOf<D> = D extends MethodDef<unknown, infer Res> ? Res : never;

interface Generated {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- matches any generated encode signature
  encode(m: any, w?: any): { finish(): Uint8Array };
  decode(r: Uint8Array): unknown;
}

/** A generated class seen as a codec of its plain-object `$Properties` shape. */
type PropsOf<C extends Generated> = Parameters<C['encode']>[0];

export function method<Q extends Generated, R extends Generated>(
  name: string,
  req: Q,
  res: R,
): MethodDef<PropsOf<Q>, PropsOf<R>> {
  return { name, requestType: req, responseType: res };
}

const T = containerd.task.v2;
const Empty = google.protobuf.Empty;

/** containerd.task.v2.Task, as containerd 1.6 calls it on a shim. */
export const TaskService = {
  name: services.task,
  methods: {
    state: method('State', T.StateRequest, T.StateResponse),
    create: method('Create', T.CreateTaskRequest, T.CreateTaskResponse),
    start: method('Start', T.StartRequest, T.StartResponse),
    delete: method('Delete', T.DeleteRequest, T.DeleteResponse),
    pids: method('Pids', T.PidsRequest, T.PidsResponse),
    pause: method('Pause', T.PauseRequest, Empty),
    resume: method('Resume', T.ResumeRequest, Empty),
    checkpoint: method('Checkpoint', T.CheckpointTaskRequest, Empty),
    kill: method('Kill', T.KillRequest, Empty),
    exec: method('Exec', T.ExecProcessRequest, Empty),
    resizePty: method('ResizePty', T.ResizePtyRequest, Empty),
    closeIO: method('CloseIO', T.CloseIORequest, Empty),
    update: method('Update', T.UpdateTaskRequest, Empty),
    wait: method('Wait', T.WaitRequest, T.WaitResponse),
    stats: method('Stats', T.StatsRequest, T.StatsResponse),
    connect: method('Connect', T.ConnectRequest, T.ConnectResponse),
    shutdown: method('Shutdown', T.ShutdownRequest, Empty),
  },
} as const satisfies ServiceDef;

/** containerd.services.events.ttrpc.v1.Events: where shims forward their events. */
export const EventsService = {
  name: services.events,
  methods: {
    forward: method('Forward', containerd.services.events.ttrpc.v1.ForwardRequest, Empty),
  },
} as const satisfies ServiceDef;
