// corral stats: CPU, memory and pids per container, refreshed every second (or once).
import { toBigInt } from '@corral/api';
import type { corral } from '@corral/api';
import type { CorralClient } from '@corral/client';
import { writeOut } from '../cli-io.js';
import type { Command } from '../command.js';
import { boolOpt } from '../command.js';
import { ContainerResolver, shortId } from '../container-ref.js';
import { binarySize } from '../format/humanize.js';
import { formatTable } from '../format/table.js';

type Stats = corral.v1.ContainerStats.$Properties;

/** How often the streaming table is redrawn. */
export const statsIntervalMs = 1_000;
/** The window a CPU % is measured over when corrald does not report one. */
export const cpuSampleMs = 500;
/** cgroup v1 reports "no limit" as a number near 2^63; anything this large means none. */
const unlimitedBytes = 2 ** 60;

function needsDelta(s: Stats): boolean {
  return s.cpu != null && toBigInt(s.cpu.usageNanoCores) === 0n;
}

export const statsCommand: Command = {
  name: 'stats',
  summary: 'Show resource usage of containers (running ones unless named)',
  usage: '[OPTIONS] [CONTAINER...]',
  options: { 'no-stream': { type: 'boolean', description: 'print one table and exit' } },
  async run(ctx, args) {
    const client = await ctx.client();
    const resolver = new ContainerResolver(client);
    const ids = await Promise.all(args.positionals.map(async (r) => (await resolver.resolve(r)).id));
    const once = boolOpt(args, 'no-stream');
    let previous = new Map<string, Stats>();
    const stop = new AbortController();
    const offs = [
      ctx.io.signals.on('SIGINT', () => stop.abort()),
      ctx.io.signals.on('SIGTERM', () => stop.abort()),
    ];
    try {
      for (;;) {
        let stats = await sample(client, ids);
        // Without corrald's usage_nano_cores a CPU % needs two samples (docker --no-stream takes two too).
        if (previous.size === 0 && stats.some(needsDelta) && !(await waitOrStop(cpuSampleMs, stop.signal))) {
          previous = new Map(stats.map((s) => [s.containerId ?? '', s]));
          stats = await sample(client, ids);
        }
        const table = statsTable(stats, previous);
        const clear = !once && ctx.io.output.stdout.isTTY ? '\x1b[2J\x1b[H' : '';
        await writeOut(ctx.io.output.stdout, clear + table);
        if (once || (await waitOrStop(statsIntervalMs, stop.signal))) return 0;
        previous = new Map(stats.map((s) => [s.containerId ?? '', s]));
      }
    } finally {
      for (const off of offs) off();
    }
  },
};

async function sample(client: CorralClient, ids: readonly string[]): Promise<Stats[]> {
  if (ids.length === 0) return (await client.runtime.listContainerStats({})).stats ?? [];
  return Promise.all(
    ids.map(async (id) => (await client.runtime.containerStats({ containerId: id })).stats ?? {}),
  );
}

/** Resolves true when stopped, false when `ms` passed. */
function waitOrStop(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(true);
    const timer = setTimeout(() => resolve(false), ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** CPU % from usage_nano_cores when corrald computed it, else from the previous sample. */
export function cpuPercent(s: Stats, prev: Stats | undefined): string {
  const nanoCores = toBigInt(s.cpu?.usageNanoCores);
  if (nanoCores > 0n) return `${(Number(nanoCores) / 1e7).toFixed(2)}%`;
  const used = toBigInt(s.cpu?.usageCoreNanoSeconds) - toBigInt(prev?.cpu?.usageCoreNanoSeconds);
  const elapsed = toBigInt(s.cpu?.timestamp) - toBigInt(prev?.cpu?.timestamp);
  if (!prev || elapsed <= 0n) return '--';
  return `${((Number(used) / Number(elapsed)) * 100).toFixed(2)}%`;
}

export function statsTable(stats: readonly Stats[], previous: ReadonlyMap<string, Stats>): string {
  const rows = stats.map((s) => {
    const usage = Number(toBigInt(s.memory?.workingSetBytes) || toBigInt(s.memory?.usageBytes));
    const rawLimit = Number(toBigInt(s.memory?.limitBytes));
    const limit = rawLimit >= unlimitedBytes ? 0 : rawLimit;
    return [
      shortId(s.containerId ?? ''),
      s.metadata?.name ?? '',
      cpuPercent(s, previous.get(s.containerId ?? '')),
      `${binarySize(usage)} / ${limit > 0 ? binarySize(limit) : '--'}`,
      limit > 0 ? `${((usage / limit) * 100).toFixed(2)}%` : '--',
      String(toBigInt(s.pids?.current)),
    ];
  });
  return formatTable(['CONTAINER ID', 'NAME', 'CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'PIDS'], rows);
}
