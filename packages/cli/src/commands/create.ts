// corral create: the container, not started; prints its id.
import type { Command } from '../command.js';
import { containerConfig, containerOptionSpecs } from '../container-config.js';
import { createContainerPullingImage } from '../missing-image.js';

export const createCommand: Command = {
  name: 'create',
  summary: 'Create a container without starting it; prints its id',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  options: containerOptionSpecs,
  optionsEndAtFirstPositional: true,
  minPositionals: 1,
  async run(ctx, args) {
    const config = containerConfig('create', args, ctx.io.env);
    const client = await ctx.client();
    const { containerId } = await createContainerPullingImage(ctx, client, 'create', config);
    await ctx.out(containerId ?? '');
    return 0;
  },
};
