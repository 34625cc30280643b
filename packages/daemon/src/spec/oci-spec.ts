import { CorralError } from '@corral/api';
import type { ContainerConfigRecord, MountRecord } from '../containers/container-record.js';
import type { OciImageConfig } from '../images/image-store-port.js';
import {
  defaultCapabilities,
  defaultMaskedPaths,
  defaultMounts,
  defaultNamespaces,
  defaultPath,
  defaultReadonlyPaths,
  defaultRlimits,
  type OciMount,
} from './default-spec.js';
import { ociLinuxResources } from './resources.js';
import type { OciUser } from './user.js';

/** corral's config.json annotations, read by corral-shim (packages/shim oci-config.ts). */
export const corralAnnotations = {
  criLogPath: 'io.corral.cri.log-path',
  reopenLog: 'io.corral.cri.reopen-log',
} as const;

/**
 * Annotations a client may not set: corral's own, and the pod sandbox id (containerd's runc shim
 * groups by it, and corral has no sandboxes). io.containerd.runc.v2.group is a request for a shim
 * group, checked at create (shims/shim-groups.ts).
 */
export function isReservedAnnotation(key: string): boolean {
  return key.startsWith('io.corral.') || key === 'io.kubernetes.cri.sandbox-id';
}

export interface SpecInput {
  id: string;
  config: ContainerConfigRecord;
  image: OciImageConfig;
  user: OciUser;
  /** Set when corral-shim writes the CRI log itself. */
  criLogPath: string | undefined;
  cgroupsPath: string;
}

/**
 * containerd CRI's process args (from moby): the request's command replaces the image entrypoint
 * and drops the image's cmd; its args replace the image cmd.
 */
export function processArgs(
  config: Pick<ContainerConfigRecord, 'command' | 'args'>,
  image: OciImageConfig,
): string[] {
  let command = [...config.command];
  let args = [...config.args];
  if (command.length === 0) {
    if (args.length === 0) args = [...(image.Cmd ?? [])];
    const ep = image.Entrypoint ?? [];
    if (!(ep.length === 1 && ep[0] === '')) command = [...ep];
  }
  const all = [...command, ...args];
  if (all.length === 0) {
    throw new CorralError(
      'InvalidArgument',
      'no command specified: the request has none and so has the image',
    );
  }
  return all;
}

/** The image's env, then the request's (a key set twice: the request wins), PATH if neither has one. */
export function processEnv(config: ContainerConfigRecord, image: OciImageConfig, hostname: string): string[] {
  const env = new Map<string, string>();
  env.set('HOSTNAME', hostname);
  for (const kv of image.Env ?? []) {
    const i = kv.indexOf('=');
    if (i > 0) env.set(kv.slice(0, i), kv.slice(i + 1));
  }
  for (const [k, v] of config.envs) env.set(k, v);
  if (!env.has('PATH')) env.set('PATH', defaultPath.slice('PATH='.length));
  if (config.tty && !env.has('TERM')) env.set('TERM', 'xterm');
  return [...env].map(([k, v]) => `${k}=${v}`);
}

/** The OCI runtime spec (config.json) of a container. */
export function buildOciSpec(s: SpecInput): Record<string, unknown> {
  const { config, image } = s;
  const hostname = config.hostname || s.id.slice(0, 12);
  const cwd = config.workingDir || image.WorkingDir || '/';
  if (!cwd.startsWith('/'))
    throw new CorralError('InvalidArgument', `working dir ${JSON.stringify(cwd)} must be absolute`);
  const annotations: Record<string, string> = { ...config.annotations };
  if (s.criLogPath) annotations[corralAnnotations.criLogPath] = s.criLogPath;
  const process: Record<string, unknown> = {
    terminal: config.tty,
    user: s.user,
    args: processArgs(config, image),
    env: processEnv(config, image, hostname),
    cwd,
    capabilities: {
      bounding: defaultCapabilities,
      effective: defaultCapabilities,
      permitted: defaultCapabilities,
    },
    rlimits: defaultRlimits,
    noNewPrivileges: false,
  };
  if (config.resources.oomScoreAdj !== undefined) process['oomScoreAdj'] = config.resources.oomScoreAdj;
  return {
    ociVersion: '1.0.2',
    process,
    root: { path: 'rootfs', readonly: config.readonlyRootfs },
    hostname,
    mounts: [...defaultMounts(), ...config.mounts.map(bindMount)],
    annotations,
    linux: {
      cgroupsPath: s.cgroupsPath,
      resources: {
        devices: [{ allow: false, access: 'rwm' }],
        ...ociLinuxResources(config.resources),
      },
      namespaces: defaultNamespaces,
      maskedPaths: defaultMaskedPaths,
      readonlyPaths: defaultReadonlyPaths,
    },
  };
}

const propagation = ['rprivate', 'rslave', 'rshared'];

function bindMount(m: MountRecord): OciMount {
  return {
    destination: m.containerPath,
    type: 'bind',
    source: m.hostPath,
    options: ['rbind', m.readonly ? 'ro' : 'rw', propagation[m.propagation] ?? 'rprivate'],
  };
}

/** An exec's OCI Process: the container's own, with the command, env and cwd of the exec. */
export function execProcessSpec(
  containerProcess: Record<string, unknown>,
  o: { args: string[]; env: [string, string][]; cwd: string; tty: boolean },
): Record<string, unknown> {
  const env = new Map<string, string>();
  for (const kv of (containerProcess['env'] as string[] | undefined) ?? []) {
    const i = kv.indexOf('=');
    if (i > 0) env.set(kv.slice(0, i), kv.slice(i + 1));
  }
  for (const [k, v] of o.env) env.set(k, v);
  return {
    ...containerProcess,
    terminal: o.tty,
    args: o.args,
    env: [...env].map(([k, v]) => `${k}=${v}`),
    cwd: o.cwd || containerProcess['cwd'] || '/',
  };
}
