// corral version, corral info: what the client and corrald are, and how corrald is doing.
import { toBigInt } from '@corral/api';
import type { corral } from '@corral/api';
import type { Command } from '../command.js';
import { humanAgo } from '../format/humanize.js';
import { nsToMs } from '../format/container-status.js';
import { cliVersion } from '../version.js';

export const versionCommand: Command = {
  name: 'version',
  summary: 'Show the client and corrald versions',
  usage: '',
  options: {},
  maxPositionals: 0,
  async run(ctx) {
    const client = await ctx.client();
    const v = await client.runtime.version({ version: 'v1' });
    for (const line of [
      'Client:',
      ` Version:      ${cliVersion}`,
      'Server:',
      ` Version:      ${v.version ?? ''}`,
      ` Runtime:      ${v.runtimeName ?? ''} ${v.runtimeVersion ?? ''}`.trimEnd(),
      ` API version:  ${v.runtimeApiVersion ?? ''}`,
    ]) {
      await ctx.out(line);
    }
    return 0;
  },
};

export const infoCommand: Command = {
  name: 'info',
  summary: "Show corrald's status: conditions, settings and its last start-up recovery",
  usage: '',
  options: {},
  maxPositionals: 0,
  async run(ctx) {
    const client = await ctx.client();
    const s = await client.runtime.status({ verbose: true });
    const lines = [`Server: corrald at ${client.where}`, ` Namespace: ${client.namespace}`, 'Conditions:'];
    for (const c of s.conditions ?? []) {
      const why = [c.reason, c.message].filter(Boolean).join(': ');
      lines.push(` ${c.type ?? ''}: ${c.status ? 'true' : 'false'}${why ? ` (${why})` : ''}`);
    }
    lines.push(recoveryLine(s.lastRecovery ?? undefined, ctx.io.now()));
    const info = Object.entries(s.info ?? {}).sort(([a], [b]) => a.localeCompare(b));
    if (info.length > 0) lines.push('Info:', ...info.map(([k, v]) => ` ${k}: ${v}`));
    for (const line of lines) await ctx.out(line);
    return 0;
  },
};

export function recoveryLine(r: corral.v1.RecoveryInfo.$Properties | undefined, nowMs: number): string {
  const at = nsToMs(r?.at);
  if (!r || !at) return 'Last recovery: none';
  const took = Number(toBigInt(r.durationNs) / 1_000_000n);
  // The settled operations are rare: named only when there were some, so the common line stays short.
  const settled = [
    [r.createsRolledBack, 'creates rolled back'],
    [r.removalsFinished, 'removals finished'],
    [r.stopsResumed, 'stops resumed'],
    [r.execsEnded, 'execs ended'],
    [r.shimsUnreachable, 'shims not answering'],
    [r.failed, 'failed'],
  ] as const;
  const extra = settled.filter(([n]) => (n ?? 0) > 0).map(([n, what]) => `, ${n} ${what}`);
  return (
    `Last recovery: ${humanAgo(at, nowMs)}, took ${took}ms: ${r.containers ?? 0} containers, ` +
    `${r.shimsReconnected ?? 0} shims reconnected, ${r.exitsLearned ?? 0} exits learned, ${r.shimsDead ?? 0} shims dead` +
    extra.join('')
  );
}
