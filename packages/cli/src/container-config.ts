// `corral run` / `corral create` flags → a ContainerConfig, as docker maps its own flags.
import { toInt64 } from '@corral/api';
import type { corral } from '@corral/api';
import { usageError } from './cli-error.js';
import type { OptionSpecs, ParsedArgs } from './command.js';
import { boolOpt, listOpt, stringOpt } from './command.js';
import { parseCpus, parseMemory } from './units.js';

export const runtimeHandlers = ['runc', 'crun', 'io.containerd.runc.v2'] as const;

export const containerOptionSpecs: OptionSpecs = {
  name: { type: 'string', valueName: 'NAME', description: 'name the container' },
  env: {
    type: 'string',
    short: 'e',
    multiple: true,
    valueName: 'K=V',
    description: 'set an environment variable',
  },
  label: { type: 'string', short: 'l', multiple: true, valueName: 'K=V', description: 'set a label' },
  interactive: { type: 'boolean', short: 'i', description: 'keep stdin open' },
  tty: { type: 'boolean', short: 't', description: 'allocate a terminal' },
  memory: { type: 'string', short: 'm', valueName: 'SIZE', description: 'memory limit (64m, 1g)' },
  cpus: { type: 'string', valueName: 'N', description: 'CPU limit (0.5 = half a CPU)' },
  runtime: { type: 'string', valueName: 'NAME', description: `runtime: ${runtimeHandlers.join(', ')}` },
  workdir: {
    type: 'string',
    short: 'w',
    valueName: 'DIR',
    description: 'working directory inside the container',
  },
  user: { type: 'string', short: 'u', valueName: 'USER', description: 'user[:group] to run as' },
  entrypoint: { type: 'string', valueName: 'CMD', description: "override the image's entrypoint" },
  'shim-group': {
    type: 'string',
    valueName: 'NAME',
    description: "share one shim with the group's other containers (io.containerd.runc.v2.group)",
  },
};

type ContainerConfig = corral.v1.ContainerConfig.$Properties;

/** The config for IMAGE [CMD…] with the container flags; `env` fills `-e NAME` from the caller's. */
export function containerConfig(command: string, args: ParsedArgs, env: NodeJS.ProcessEnv): ContainerConfig {
  const [image, ...cmd] = args.positionals;
  if (!image) throw usageError(command, `"corral ${command}" requires an IMAGE`);
  const config: ContainerConfig = { image: { image }, args: cmd };
  const name = stringOpt(args, 'name');
  if (name !== undefined) config.metadata = { name };
  const entrypoint = stringOpt(args, 'entrypoint');
  if (entrypoint !== undefined) config.command = entrypoint === '' ? [] : [entrypoint];
  config.envs = listOpt(args, 'env').flatMap((kv) => {
    const eq = kv.indexOf('=');
    if (eq === 0) throw usageError(command, `invalid -e ${JSON.stringify(kv)}: want K=V`);
    if (eq > 0) return [{ key: kv.slice(0, eq), value: kv.slice(eq + 1) }];
    // docker: `-e NAME` passes the caller's value, and nothing when it has none.
    const value = env[kv];
    return value === undefined ? [] : [{ key: kv, value }];
  });
  config.labels = Object.fromEntries(
    listOpt(args, 'label').map((kv) => {
      const eq = kv.indexOf('=');
      return eq < 0 ? [kv, ''] : [kv.slice(0, eq), kv.slice(eq + 1)];
    }),
  );
  if (boolOpt(args, 'interactive')) {
    config.stdin = true;
    config.stdinOnce = true;
  }
  if (boolOpt(args, 'tty')) config.tty = true;
  const workdir = stringOpt(args, 'workdir');
  if (workdir !== undefined) config.workingDir = workdir;
  const user = stringOpt(args, 'user');
  if (user !== undefined) config.user = user;
  const runtime = stringOpt(args, 'runtime');
  if (runtime !== undefined) {
    if (!(runtimeHandlers as readonly string[]).includes(runtime)) {
      throw usageError(
        command,
        `unknown --runtime ${JSON.stringify(runtime)}: want ${runtimeHandlers.join(', ')}`,
      );
    }
    config.runtimeHandler = runtime;
  }
  const resources: corral.v1.LinuxContainerResources.$Properties = {};
  const memory = stringOpt(args, 'memory');
  if (memory !== undefined) resources.memoryLimitInBytes = toInt64(parseMemory(command, '--memory', memory));
  const cpus = stringOpt(args, 'cpus');
  if (cpus !== undefined) {
    const { cpuPeriod, cpuQuota } = parseCpus(command, cpus);
    resources.cpuPeriod = toInt64(cpuPeriod);
    resources.cpuQuota = toInt64(cpuQuota);
  }
  if (Object.keys(resources).length > 0) config.resources = resources;
  const shimGroup = stringOpt(args, 'shim-group');
  // containerd's runc shim groups by this annotation; corrald's corral-shim honours it.
  if (shimGroup !== undefined) config.annotations = { 'io.containerd.runc.v2.group': shimGroup };
  return config;
}
