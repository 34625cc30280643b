// corral ps: the container table docker users know, or ids (-q), or JSON.
import { corral, toBigInt } from '@corral/api';
import type { CorralClient } from '@corral/client';
import { usageError } from '../cli-error.js';
import type { Command, CommandContext, ParsedArgs } from '../command.js';
import { boolOpt, listOpt } from '../command.js';
import { shortId } from '../container-ref.js';
import type { ContainerSummary } from '../container-ref.js';
import { nsToMs, stateNames, statusText } from '../format/container-status.js';
import { humanAgo } from '../format/humanize.js';
import { messageToJson } from '../format/json.js';
import { ellipsize, formatTable } from '../format/table.js';
import { writeOut } from '../cli-io.js';

const State = corral.v1.ContainerState;
type Filter = corral.v1.ContainerFilter.$Properties;

export const psCommand: Command = {
  name: 'ps',
  summary: 'List containers (running ones unless -a)',
  usage: '[OPTIONS]',
  options: {
    all: { type: 'boolean', short: 'a', description: 'show all containers, not only running ones' },
    filter: {
      type: 'string',
      short: 'f',
      multiple: true,
      valueName: 'K=V',
      description: 'id=, name=, label=K[=V], status=created|running|paused|exited',
    },
    quiet: { type: 'boolean', short: 'q', description: 'print only the container ids' },
    json: { type: 'boolean', description: 'print the containers as JSON' },
  },
  maxPositionals: 0,
  run,
};

/** `--filter` flags → the ListContainers filter. */
export function psFilter(filters: readonly string[]): { filter: Filter; hasState: boolean } {
  const labels: Record<string, string> = {};
  const filter: Filter = { labelSelector: labels };
  let hasState = false;
  for (const f of filters) {
    const eq = f.indexOf('=');
    const [key, value] = eq < 0 ? [f, ''] : [f.slice(0, eq), f.slice(eq + 1)];
    if (key === 'id') filter.id = value;
    else if (key === 'name') filter.name = value;
    else if (key === 'label') {
      const e2 = value.indexOf('=');
      labels[e2 < 0 ? value : value.slice(0, e2)] = e2 < 0 ? '' : value.slice(e2 + 1);
    } else if (key === 'status') {
      const state = stateNames[value];
      if (state === undefined) throw usageError('ps', `invalid status filter ${JSON.stringify(value)}`);
      filter.state = { state };
      hasState = true;
    } else throw usageError('ps', `invalid filter ${JSON.stringify(f)}: want id=, name=, label= or status=`);
  }
  return { filter, hasState };
}

async function run(ctx: CommandContext, args: ParsedArgs): Promise<number> {
  const { filter, hasState } = psFilter(listOpt(args, 'filter'));
  const client = await ctx.client();
  const containers = (await client.runtime.listContainers({ filter })).containers ?? [];
  const shown =
    boolOpt(args, 'all') || hasState
      ? containers
      : containers.filter((c) => c.state === State.CONTAINER_RUNNING || c.state === State.CONTAINER_PAUSED);
  if (boolOpt(args, 'quiet')) {
    for (const c of shown) await ctx.out(shortId(c.id ?? ''));
    return 0;
  }
  const statuses = await statusesOf(client, shown);
  if (boolOpt(args, 'json')) {
    const list = statuses.map((s) => messageToJson(corral.v1.ContainerStatus, s));
    await writeOut(ctx.io.output.stdout, `${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  await writeOut(ctx.io.output.stdout, psTable(shown, statuses, ctx.io.now()));
  return 0;
}

/** Each container's status, for its times and exit code; one that vanished meanwhile keeps its summary. */
async function statusesOf(
  client: CorralClient,
  containers: readonly ContainerSummary[],
): Promise<corral.v1.ContainerStatus.$Properties[]> {
  return Promise.all(
    containers.map(async (c) => {
      try {
        const { status } = await client.runtime.containerStatus({ containerId: c.id ?? '' });
        return status ?? summaryAsStatus(c);
      } catch {
        return summaryAsStatus(c);
      }
    }),
  );
}

function summaryAsStatus(c: ContainerSummary): corral.v1.ContainerStatus.$Properties {
  return {
    id: c.id ?? '',
    metadata: c.metadata ?? null,
    state: c.state ?? null,
    createdAt: c.createdAt ?? null,
  };
}

export function psTable(
  containers: readonly ContainerSummary[],
  statuses: readonly corral.v1.ContainerStatus.$Properties[],
  nowMs: number,
): string {
  const rows = containers.map((c, i) => {
    const s = statuses[i] ?? {};
    const command = (c.command ?? s.command ?? []).join(' ');
    return [
      shortId(c.id ?? ''),
      c.image?.image || c.imageRef || '',
      `"${ellipsize(command, 20)}"`,
      nsToMs(c.createdAt) ? humanAgo(nsToMs(c.createdAt), nowMs) : '',
      statusText(
        {
          state: s.state ?? c.state,
          startedAt: toBigInt(s.startedAt),
          finishedAt: toBigInt(s.finishedAt),
          exitCode: s.exitCode ?? 0,
        },
        nowMs,
      ),
      c.metadata?.name ?? '',
    ];
  });
  return formatTable(['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'NAMES'], rows);
}
