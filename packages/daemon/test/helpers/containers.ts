import { readFileSync } from 'node:fs';
import type { TestContext } from 'node:test';
import { toInt64, type corral } from '@corral/api';
import { defer } from '@corral/test-utils';
import { ns, type TestDaemon } from './test-daemon.js';

export type Config = corral.v1.ContainerConfig.$Properties;

/** The three runtime handlers every lifecycle test runs with. */
export const handlers = ['runc', 'crun', 'io.containerd.runc.v2'] as const;

/** Creates a busybox container; with `t`, it is force-removed after that (sub)test whatever happens. */
export async function create(
  h: TestDaemon,
  config: Partial<Config> & { command: string[] },
  t?: Pick<TestContext, 'after'>,
): Promise<string> {
  const r = await h.daemon.runtime.createContainer(
    { config: { image: { image: 'busybox' }, ...config } },
    ns,
  );
  const id = r.containerId ?? '';
  if (t) {
    defer(t, () =>
      h.daemon.runtime.removeContainer({ containerId: id, force: true }, ns).catch(() => undefined),
    );
  }
  return id;
}

export async function run(
  h: TestDaemon,
  config: Partial<Config> & { command: string[] },
  t?: Pick<TestContext, 'after'>,
): Promise<string> {
  const id = await create(h, config, t);
  await h.daemon.runtime.startContainer({ containerId: id }, ns);
  return id;
}

export async function status(h: TestDaemon, id: string): Promise<corral.v1.ContainerStatus.$Properties> {
  const r = await h.daemon.runtime.containerStatus({ containerId: id }, ns);
  return r.status ?? {};
}

export async function execText(
  h: TestDaemon,
  id: string,
  cmd: string[],
  timeout = 0,
): Promise<{ stdout: string; stderr: string; exitCode: number; timedOut: boolean }> {
  const r = await h.daemon.runtime.execSync({ containerId: id, cmd, timeout: toInt64(timeout) }, ns);
  return {
    stdout: Buffer.from(r.stdout ?? []).toString(),
    stderr: Buffer.from(r.stderr ?? []).toString(),
    exitCode: r.exitCode ?? 0,
    timedOut: r.timedOut ?? false,
  };
}

/** The CRI log's text lines (the message part of each record), in order. */
export function logLines(path: string): { stream: string; text: string }[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [, stream = '', , ...rest] = l.split(' ');
      return { stream, text: rest.join(' ') };
    });
}
