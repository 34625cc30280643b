// corral events: corrald's event journal, live, as lines or JSON; survives daemon restarts.
import { toBigInt, toInt64, toUint64, unpackAnyByUrl } from '@corral/api';
import type { corral } from '@corral/api';
import { usageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { boolOpt, listOpt, stringOpt } from '../command.js';
import { nsToIso } from '../format/json.js';

type Event = corral.v1.Event.$Properties;

export const eventsCommand: Command = {
  name: 'events',
  summary: 'Print events from corrald as they happen (Ctrl-C to stop)',
  usage: '[OPTIONS]',
  options: {
    filter: {
      type: 'string',
      short: 'f',
      multiple: true,
      valueName: 'EXPR',
      description: 'containerd filter, e.g. topic~="/tasks/"',
    },
    since: {
      type: 'string',
      valueName: 'SEQ|TIME',
      description: 'replay from after sequence SEQ, or from TIME (RFC 3339 or 10m ago)',
    },
    json: { type: 'boolean', description: 'one JSON object per line' },
  },
  maxPositionals: 0,
  async run(ctx, args) {
    const since = parseSince(stringOpt(args, 'since'), ctx.io.now());
    const client = await ctx.client();
    const stop = new AbortController();
    const offs = [
      ctx.io.signals.on('SIGINT', () => stop.abort()),
      ctx.io.signals.on('SIGTERM', () => stop.abort()),
    ];
    let announced = false;
    try {
      const events = client.events.subscribe(
        {
          filters: listOpt(args, 'filter'),
          ...(since.sequence === undefined ? {} : { sinceSequence: toUint64(since.sequence) }),
          ...(since.time === undefined ? {} : { sinceTime: toInt64(since.time) }),
        },
        {
          signal: stop.signal,
          onReconnect: ({ error }) => {
            if (announced) return;
            announced = true;
            void ctx.err(`corral: ${error.message}; reconnecting…`);
          },
        },
      );
      for await (const ev of events) {
        announced = false;
        await ctx.out(boolOpt(args, 'json') ? JSON.stringify(eventJson(ev)) : eventLine(ev));
      }
    } finally {
      for (const off of offs) off();
    }
    return 0;
  },
};

/** "42" is a sequence number; "2024-05-01T12:00:00Z" or "10m" (ago) is a time. */
export function parseSince(s: string | undefined, nowMs: number): { sequence?: bigint; time?: bigint } {
  if (s === undefined) return {};
  if (/^\d+$/.test(s)) return { sequence: BigInt(s) };
  const rel = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(s);
  if (rel && s !== '') {
    const ms = (Number(rel[1] ?? 0) * 3600 + Number(rel[2] ?? 0) * 60 + Number(rel[3] ?? 0)) * 1000;
    return { time: BigInt(nowMs - ms) * 1_000_000n };
  }
  const t = Date.parse(s);
  if (Number.isNaN(t))
    throw usageError(
      'events',
      `invalid --since ${JSON.stringify(s)}: want a sequence number, a time, or a duration like 10m`,
    );
  return { time: BigInt(t) * 1_000_000n };
}

function payloadOf(ev: Event): Record<string, unknown> {
  if (!ev.event) return {};
  try {
    const { message } = unpackAnyByUrl(ev.event);
    return (message as { toJSON(): Record<string, unknown> }).toJSON();
  } catch {
    return { typeUrl: ev.event.type_url ?? '' };
  }
}

export function eventLine(ev: Event): string {
  const attrs = Object.entries(payloadOf(ev))
    .filter(([, v]) => v !== '' && v !== null && typeof v !== 'object')
    .map(([k, v]) => `${k}=${String(v)}`);
  const time = toBigInt(ev.timestamp);
  return [
    time > 0n ? nsToIso(time) : '-',
    ev.topic ?? '',
    ev.namespace ?? '',
    `seq=${toBigInt(ev.sequence)}`,
    ...attrs,
  ].join(' ');
}

export function eventJson(ev: Event): Record<string, unknown> {
  const time = toBigInt(ev.timestamp);
  return {
    sequence: Number(toBigInt(ev.sequence)),
    time: time > 0n ? nsToIso(time) : null,
    namespace: ev.namespace ?? '',
    topic: ev.topic ?? '',
    typeUrl: ev.event?.type_url ?? '',
    event: payloadOf(ev),
  };
}
