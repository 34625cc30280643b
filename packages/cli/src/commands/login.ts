// corral login / logout: credentials checked against the registry and kept in the auth file (0600,
// docker's config.json format), in the CLI's own process as docker and podman do; corrald reads the
// same file by default, and `corral pull` sends what it holds for the image's registry.
import { usageError } from '../cli-error.js';
import type { Command, CommandContext, ParsedArgs } from '../command.js';
import { boolOpt, stringOpt } from '../command.js';
import { promptLine, readSecretFromStdin } from '../prompt.js';
import { authFileFor, registryAuthLib } from '../registry-credentials.js';

/** docker's default registry when none is named. */
const defaultRegistry = 'docker.io';

const authFileOption = {
  type: 'string',
  valueName: 'FILE',
  description:
    'where credentials are kept (default: $CORRAL_AUTH_FILE, $REGISTRY_AUTH_FILE, ~/.config/corral/auth.json)',
} as const;

export const loginCommand: Command = {
  name: 'login',
  summary: 'Log in to a registry: check the credentials and keep them for pulls',
  usage: '[OPTIONS] [REGISTRY]',
  options: {
    username: { type: 'string', short: 'u', valueName: 'USER', description: 'username' },
    password: {
      type: 'string',
      short: 'p',
      valueName: 'PASS',
      description: 'password (visible to other users: prefer --password-stdin)',
    },
    'password-stdin': { type: 'boolean', description: 'read the password from stdin' },
    'auth-file': authFileOption,
    insecure: {
      type: 'boolean',
      description: 'the registry has no trusted certificate: skip verification, or speak plain HTTP',
    },
  },
  maxPositionals: 1,
  run: login,
};

async function login(ctx: CommandContext, args: ParsedArgs): Promise<number> {
  const server = args.positionals[0] ?? defaultRegistry;
  let username = stringOpt(args, 'username');
  let password = stringOpt(args, 'password');
  if (boolOpt(args, 'password-stdin')) {
    if (password !== undefined)
      throw usageError('login', '--password and --password-stdin cannot go together');
    if (username === undefined) throw usageError('login', '--password-stdin needs --username');
    password = await readSecretFromStdin(ctx.io);
  } else if (password !== undefined) {
    await ctx.err('WARNING! Using --password via the CLI is insecure. Use --password-stdin.');
  }
  username ??= await promptLine(ctx.io, 'Username: ', false);
  password ??= await promptLine(ctx.io, 'Password: ', true);
  if (username === '' || password === '')
    throw usageError('login', 'username and password must not be empty');
  const lib = await registryAuthLib();
  const host = lib.registryHostOf(server);
  await lib.checkRegistryLogin(
    server,
    { username, password },
    boolOpt(args, 'insecure') ? { insecureRegistries: [host] } : {},
  );
  await lib.writeAuthEntry(authFileFor(lib, stringOpt(args, 'auth-file'), ctx.io.env), server, {
    username,
    password,
  });
  await ctx.out('Login Succeeded');
  return 0;
}

export const logoutCommand: Command = {
  name: 'logout',
  summary: 'Log out from a registry: forget its credentials',
  usage: '[OPTIONS] [REGISTRY]',
  options: { 'auth-file': authFileOption },
  maxPositionals: 1,
  async run(ctx, args) {
    const server = args.positionals[0] ?? defaultRegistry;
    const lib = await registryAuthLib();
    const host = lib.registryHostOf(server);
    const file = authFileFor(lib, stringOpt(args, 'auth-file'), ctx.io.env);
    if (!(await lib.removeAuthEntry(file, server))) {
      // docker's answer: nothing to do is not a failure.
      await ctx.err(`Not logged in to ${host}`);
      return 0;
    }
    await ctx.out(`Removed login credentials for ${host}`);
    return 0;
  },
};
