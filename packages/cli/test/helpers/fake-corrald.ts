// A corrald stand-in for the CLI tests: the real ApiServer (from the daemon package) on a temp
// socket, with handlers that record every request and answer from a small fake state.
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { CorralError, corral, errNotFound, toInt64 } from '@corral/api';
import type { ServiceDef } from '@corral/api';
import { EventsService, ImagesService, RuntimeService } from '@corral/client';
import { ApiServer } from '@corral/daemon';
import type { ApiServiceImpl } from '@corral/daemon';
import { tempDir } from '@corral/test-utils';

export type RuntimeImpl = ApiServiceImpl<typeof RuntimeService>;
export type ImagesImpl = ApiServiceImpl<typeof ImagesService>;
export type EventsImpl = ApiServiceImpl<typeof EventsService>;

export interface RecordedCall {
  /** JS method name: "createContainer". */
  method: string;
  request: Record<string, unknown>;
  namespace: string;
}

export interface FakeState {
  containers: corral.v1.Container.$Properties[];
  statuses: Map<string, corral.v1.ContainerStatus.$Properties>;
}

export interface FakeCorrald {
  path: string;
  server: ApiServer;
  calls: RecordedCall[];
  state: FakeState;
  /** The requests made to `method`, in order. */
  requests(method: string): Record<string, unknown>[];
}

const sec = 1_000_000_000n;
/** The fake clock every test uses: 2024-01-01T00:00:00Z. */
export const nowMs = Date.UTC(2024, 0, 1);
export const nowNs = BigInt(nowMs) * 1_000_000n;

/** A container summary and status for the fake's state. */
export function fakeContainer(
  id: string,
  name: string,
  opts: {
    state?: corral.v1.ContainerState;
    createdAgoS?: number;
    startedAgoS?: number;
    finishedAgoS?: number;
    exitCode?: number;
    image?: string;
    command?: string[];
  } = {},
): [corral.v1.Container.$Properties, corral.v1.ContainerStatus.$Properties] {
  const at = (agoS: number | undefined) =>
    agoS === undefined ? toInt64(0) : toInt64(nowNs - BigInt(agoS) * sec);
  const state = opts.state ?? corral.v1.ContainerState.CONTAINER_RUNNING;
  const common = {
    id,
    metadata: { name },
    image: { image: opts.image ?? 'busybox:latest' },
    state,
    createdAt: at(opts.createdAgoS ?? 60),
    command: opts.command ?? ['sh', '-c', 'sleep 1000'],
  };
  return [
    common,
    {
      ...common,
      startedAt: at(opts.startedAgoS),
      finishedAt: at(opts.finishedAgoS),
      exitCode: opts.exitCode ?? 0,
    },
  ];
}

function fill<S extends ServiceDef>(
  def: S,
  calls: RecordedCall[],
  handlers: Partial<ApiServiceImpl<S>>,
): ApiServiceImpl<S> {
  const impl: Record<string, unknown> = {};
  for (const name of Object.keys(def.methods)) {
    const h = (handlers as Record<string, ((req: unknown, ctx: unknown) => Promise<unknown>) | undefined>)[
      name
    ];
    impl[name] = (req: Record<string, unknown>, ctx: { namespace: string }) => {
      // Own fields only: what the client set, without the codec's defaults.
      calls.push({ method: name, request: { ...req }, namespace: ctx.namespace });
      if (!h) return Promise.reject(new CorralError('Unimplemented', `fake corrald has no ${name}`));
      return h(req, ctx);
    };
  }
  return impl as ApiServiceImpl<S>;
}

export async function startFakeCorrald(
  t: Pick<TestContext, 'after'>,
  handlers: {
    runtime?: Partial<RuntimeImpl>;
    images?: Partial<ImagesImpl>;
    events?: Partial<EventsImpl>;
  } = {},
  containers: [corral.v1.Container.$Properties, corral.v1.ContainerStatus.$Properties][] = [],
): Promise<FakeCorrald> {
  const path = join(tempDir(t), 'corral.sock');
  const calls: RecordedCall[] = [];
  const state: FakeState = {
    containers: containers.map(([c]) => c),
    statuses: new Map(containers.map(([c, s]) => [c.id ?? '', s])),
  };
  const defaults: Partial<RuntimeImpl> = {
    listContainers: () => Promise.resolve({ containers: state.containers }),
    containerStatus: (req) => {
      const status = state.statuses.get(req.containerId ?? '');
      return status
        ? Promise.resolve({ status, info: {} })
        : Promise.reject(errNotFound(`container ${req.containerId}`));
    },
  };
  const server = new ApiServer({ closeTimeoutMs: 100 })
    .register(RuntimeService, fill(RuntimeService, calls, { ...defaults, ...handlers.runtime }))
    .register(ImagesService, fill(ImagesService, calls, handlers.images ?? {}))
    .register(EventsService, fill(EventsService, calls, handlers.events ?? {}));
  await server.listenUnix(path);
  t.after(() => server.close());
  return {
    path,
    server,
    calls,
    state,
    requests: (method) => calls.filter((c) => c.method === method).map((c) => c.request),
  };
}
