// corral exec: a command in a running container; ExecSync unless -i/-t ask for a live stream.
import { usageError } from '../cli-error.js';
import { writeOut } from '../cli-io.js';
import type { Command } from '../command.js';
import { boolOpt, listOpt, stringOpt } from '../command.js';
import { ContainerResolver } from '../container-ref.js';
import { runInteractive } from '../interactive.js';
import { asStartFailure } from './start-process.js';

export const execCommand: Command = {
  name: 'exec',
  summary: 'Run a command in a running container',
  usage: '[OPTIONS] CONTAINER COMMAND [ARG...]',
  options: {
    interactive: { type: 'boolean', short: 'i', description: 'keep stdin open' },
    tty: { type: 'boolean', short: 't', description: 'allocate a terminal' },
    env: {
      type: 'string',
      short: 'e',
      multiple: true,
      valueName: 'K=V',
      description: 'set an environment variable',
    },
    workdir: { type: 'string', short: 'w', valueName: 'DIR', description: 'working directory' },
  },
  optionsEndAtFirstPositional: true,
  minPositionals: 2,
  async run(ctx, args) {
    const [ref = '', ...cmd] = args.positionals;
    const envs = listOpt(args, 'env').map((kv) => {
      const eq = kv.indexOf('=');
      if (eq <= 0) throw usageError('exec', `invalid -e ${JSON.stringify(kv)}: want K=V`);
      return { key: kv.slice(0, eq), value: kv.slice(eq + 1) };
    });
    const workingDir = stringOpt(args, 'workdir');
    const client = await ctx.client();
    const { id } = await new ContainerResolver(client).resolve(ref);
    const common = { containerId: id, cmd, envs, ...(workingDir === undefined ? {} : { workingDir }) };
    const stdin = boolOpt(args, 'interactive');
    const tty = boolOpt(args, 'tty');
    if (!stdin && !tty) {
      const res = await asStartFailure(client.runtime.execSync(common));
      if (res.stdout?.length) await writeOut(ctx.io.output.stdout, res.stdout);
      if (res.stderr?.length) await writeOut(ctx.io.output.stderr, res.stderr);
      return res.exitCode ?? 0;
    }
    return await asStartFailure(
      runInteractive(ctx.io, client.runtime.exec({ ...common, stdin, tty }), { stdin, tty }),
    );
  },
};
