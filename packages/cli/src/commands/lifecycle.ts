// stop, rm, pause, unpause, kill: one call per container, the name echoed back as docker does.
import { toInt64 } from '@corral/api';
import { usageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { boolOpt, stringOpt } from '../command.js';
import { forEachContainer } from './each-container.js';

export const stopCommand: Command = {
  name: 'stop',
  summary: 'Stop running containers (the stop signal, then SIGKILL after the timeout)',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  options: {
    time: {
      type: 'string',
      short: 't',
      valueName: 'SECONDS',
      description: 'seconds to wait before killing (default 10)',
    },
  },
  minPositionals: 1,
  run(ctx, args) {
    const t = stringOpt(args, 'time') ?? '10';
    if (!/^\d+$/.test(t)) throw usageError('stop', `invalid --time ${JSON.stringify(t)}: want whole seconds`);
    return forEachContainer(ctx, args.positionals, async (client, id, ref) => {
      await client.runtime.stopContainer({ containerId: id, timeout: toInt64(Number(t)) });
      return ref;
    });
  },
};

export const rmCommand: Command = {
  name: 'rm',
  summary: 'Remove containers',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  options: { force: { type: 'boolean', short: 'f', description: 'kill and remove a running container' } },
  minPositionals: 1,
  run: (ctx, args) =>
    forEachContainer(ctx, args.positionals, async (client, id, ref) => {
      await client.runtime.removeContainer({ containerId: id, force: boolOpt(args, 'force') });
      return ref;
    }),
};

export const pauseCommand: Command = {
  name: 'pause',
  summary: 'Pause all processes of containers',
  usage: 'CONTAINER [CONTAINER...]',
  options: {},
  minPositionals: 1,
  run: (ctx, args) =>
    forEachContainer(ctx, args.positionals, async (client, id, ref) => {
      await client.runtime.pauseContainer({ containerId: id });
      return ref;
    }),
};

export const unpauseCommand: Command = {
  name: 'unpause',
  summary: 'Resume all processes of paused containers',
  usage: 'CONTAINER [CONTAINER...]',
  options: {},
  minPositionals: 1,
  run: (ctx, args) =>
    forEachContainer(ctx, args.positionals, async (client, id, ref) => {
      await client.runtime.resumeContainer({ containerId: id });
      return ref;
    }),
};

export const killCommand: Command = {
  name: 'kill',
  summary: 'Send a signal to the main process of containers',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  options: {
    signal: { type: 'string', short: 's', valueName: 'SIG', description: 'signal to send (default KILL)' },
  },
  minPositionals: 1,
  run: (ctx, args) =>
    forEachContainer(ctx, args.positionals, async (client, id, ref) => {
      await client.runtime.killContainer({ containerId: id, signal: stringOpt(args, 'signal') ?? 'KILL' });
      return ref;
    }),
};

export const waitCommand: Command = {
  name: 'wait',
  summary: 'Block until containers stop, then print their exit codes',
  usage: 'CONTAINER [CONTAINER...]',
  options: {},
  minPositionals: 1,
  run: (ctx, args) =>
    forEachContainer(ctx, args.positionals, async (client, id) => {
      const { exitCode } = await client.runtime.waitContainer({ containerId: id });
      return String(exitCode ?? 0);
    }),
};
