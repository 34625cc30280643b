// corral pull: an image from its registry into corrald's store, with per-layer progress on stderr;
// the image id on stdout (podman's habit), alone with --quiet.
import type { Command } from '../command.js';
import { boolOpt, stringOpt } from '../command.js';
import { pullImage } from '../image-pull.js';

export const pullCommand: Command = {
  name: 'pull',
  summary: 'Pull an image from a registry',
  usage: '[OPTIONS] IMAGE',
  options: {
    quiet: { type: 'boolean', short: 'q', description: 'no progress; print only the image id' },
    'auth-file': {
      type: 'string',
      valueName: 'FILE',
      description:
        'credentials file (default: $CORRAL_AUTH_FILE, $REGISTRY_AUTH_FILE, ~/.config/corral/auth.json)',
    },
    creds: {
      type: 'string',
      valueName: 'USER:PASS',
      description: 'credentials for the registry, instead of the auth file',
    },
  },
  minPositionals: 1,
  maxPositionals: 1,
  async run(ctx, args) {
    const client = await ctx.client();
    const id = await pullImage(ctx, client, args.positionals[0] ?? '', {
      command: 'pull',
      quiet: boolOpt(args, 'quiet'),
      creds: stringOpt(args, 'creds'),
      authFile: stringOpt(args, 'auth-file'),
    });
    await ctx.out(id);
    return 0;
  },
};
