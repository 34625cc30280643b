// Containers through corrald's API (the client), as the crash tests use them.
import { corral, toInt64 } from '@corral/api';
import type { CorralClient } from '@corral/client';
import { waitFor } from '@corral/test-utils';

export const S = corral.v1.ContainerState;
export type Config = corral.v1.ContainerConfig.$Properties;
export type Status = corral.v1.ContainerStatus.$Properties;

interface HasClient {
  readonly client: CorralClient;
}

/** Creates a busybox container; returns its id. */
export async function create(d: HasClient, config: Partial<Config> & { command: string[] }): Promise<string> {
  const r = await d.client.runtime.createContainer({ config: { image: { image: 'busybox' }, ...config } });
  return r.containerId ?? '';
}

export async function run(d: HasClient, config: Partial<Config> & { command: string[] }): Promise<string> {
  const id = await create(d, config);
  await d.client.runtime.startContainer({ containerId: id });
  return id;
}

export async function status(d: HasClient, id: string): Promise<Status> {
  return (await d.client.runtime.containerStatus({ containerId: id })).status ?? {};
}

/** Waits until corrald reports the container exited; returns that status. */
export async function exited(d: HasClient, id: string, timeoutMs = 30_000): Promise<Status> {
  return waitFor(
    async () => {
      const s = await status(d, id);
      return s.state === S.CONTAINER_EXITED ? s : false;
    },
    { timeoutMs, intervalMs: 25, what: `container ${id.slice(0, 12)} to exit` },
  );
}

export async function execText(
  d: HasClient,
  id: string,
  cmd: string[],
): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  const r = await d.client.runtime.execSync({ containerId: id, cmd, timeout: toInt64(30) });
  return {
    stdout: Buffer.from(r.stdout ?? []).toString(),
    stderr: Buffer.from(r.stderr ?? []).toString(),
    exitCode: r.exitCode ?? 0,
  };
}

/** The container's log through ContainerLogs (no follow), as text lines. */
export async function logText(d: HasClient, id: string): Promise<string[]> {
  const lines: string[] = [];
  let current = '';
  for await (const e of d.client.runtime.containerLogs({ containerId: id })) {
    current += Buffer.from(e.line ?? []).toString();
    if (!e.partial) {
      lines.push(current);
      current = '';
    }
  }
  return lines;
}

/** What a restart must not change about a container (ContainerStatus minus nothing that may move). */
export function comparable(s: Status): Record<string, unknown> {
  return {
    id: s.id,
    name: s.metadata?.name,
    state: s.state,
    createdAt: String(s.createdAt),
    startedAt: String(s.startedAt),
    finishedAt: String(s.finishedAt),
    exitCode: s.exitCode,
    reason: s.reason,
    message: s.message,
    labels: s.labels,
    annotations: s.annotations,
    logPath: s.logPath,
    pid: s.pid,
    image: s.image?.image,
  };
}

/** The container's id if corrald lists one named `name`. */
export async function idByName(d: HasClient, name: string): Promise<string | undefined> {
  const list = await d.client.runtime.listContainers({});
  return (list.containers ?? []).find((c) => c.metadata?.name === name)?.id ?? undefined;
}
