import { realpathSync, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { CorralError, type corral } from '@corral/api';
import { isReservedAnnotation } from '../spec/oci-spec.js';
import { normalizeResources } from '../spec/resources.js';
import { parseSignal } from '../util/signals.js';
import type { ContainerConfigRecord, MountRecord } from './container-record.js';
import { validateContainerName } from './names.js';

type Config = corral.v1.ContainerConfig.$Properties;

const hostnameRe =
  /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const maxMapEntries = 256;
const maxText = 64 * 1024;

/**
 * Checks a CreateContainer config and returns the normalized record form. Everything a client can
 * get wrong is caught here as InvalidArgument with the field named, before anything is made
 * (DESIGN rule 6: never a half-made container).
 */
export function normalizeConfig(c: Config | null | undefined): ContainerConfigRecord {
  if (!c) throw new CorralError('InvalidArgument', 'config is required');
  const image = (c.image?.image ?? '').trim();
  if (!image) throw new CorralError('InvalidArgument', 'config.image.image is required');
  text('config.image.image', image);
  const name = c.metadata?.name ? validateContainerName(c.metadata.name) : '';
  const strings = (what: string, xs: string[] | null | undefined) =>
    (xs ?? []).map((x, i) => text(`${what}[${i}]`, x));
  const workingDir = c.workingDir ?? '';
  if (workingDir && !isAbsolute(workingDir)) {
    throw new CorralError(
      'InvalidArgument',
      `config.working_dir ${JSON.stringify(workingDir)} must be absolute`,
    );
  }
  const envs: [string, string][] = (c.envs ?? []).map((kv, i) => {
    const key = kv.key ?? '';
    if (!key || key.includes('=') || key.includes('\0')) {
      throw new CorralError(
        'InvalidArgument',
        `config.envs[${i}]: key ${JSON.stringify(key)} is not a variable name`,
      );
    }
    return [key, text(`config.envs[${i}].value`, kv.value ?? '')];
  });
  const annotations = stringMap('config.annotations', c.annotations);
  for (const key of Object.keys(annotations)) {
    if (isReservedAnnotation(key)) {
      throw new CorralError(
        'InvalidArgument',
        `config.annotations: ${JSON.stringify(key)} is reserved for corral`,
      );
    }
  }
  const stopSignal = c.stopSignal ?? '';
  if (stopSignal) parseSignal(stopSignal);
  const hostname = c.hostname ?? '';
  if (hostname && (hostname.length > 253 || !hostnameRe.test(hostname))) {
    throw new CorralError(
      'InvalidArgument',
      `config.hostname ${JSON.stringify(hostname.slice(0, 80))} is not a host name`,
    );
  }
  const user = c.user ?? '';
  if (user && !/^[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+)?$/.test(user)) {
    throw new CorralError(
      'InvalidArgument',
      `config.user ${JSON.stringify(user.slice(0, 80))} must be user[:group]`,
    );
  }
  return {
    name,
    attempt: c.metadata?.attempt ?? 0,
    image,
    command: strings('config.command', c.command),
    args: strings('config.args', c.args),
    workingDir,
    envs,
    mounts: (c.mounts ?? []).map(normalizeMount),
    labels: stringMap('config.labels', c.labels),
    annotations,
    stdin: c.stdin ?? false,
    stdinOnce: c.stdinOnce ?? false,
    tty: c.tty ?? false,
    resources: normalizeResources(c.resources),
    stopSignal,
    readonlyRootfs: c.readonlyRootfs ?? false,
    user,
    hostname,
  };
}

/** A log path from the request: absolute, no `..`, not a directory. */
export function validateLogPath(p: string): string {
  if (!isAbsolute(p) || p.split('/').includes('..') || p.endsWith('/')) {
    throw new CorralError(
      'InvalidArgument',
      `config.log_path ${JSON.stringify(p)} must be an absolute file path`,
    );
  }
  try {
    if (statSync(p).isDirectory())
      throw new CorralError('InvalidArgument', `config.log_path ${p} is a directory`);
  } catch (err) {
    if (err instanceof CorralError) throw err;
  }
  return p;
}

function normalizeMount(m: corral.v1.Mount.$Properties, i: number): MountRecord {
  const containerPath = m.containerPath ?? '';
  const hostPath = m.hostPath ?? '';
  const where = `config.mounts[${i}]`;
  if (!isAbsolute(containerPath) || containerPath === '/' || containerPath.split('/').includes('..')) {
    throw new CorralError(
      'InvalidArgument',
      `${where}.container_path ${JSON.stringify(containerPath)} must be an absolute path other than / without ..`,
    );
  }
  if (!isAbsolute(hostPath)) {
    throw new CorralError(
      'InvalidArgument',
      `${where}.host_path ${JSON.stringify(hostPath)} must be absolute`,
    );
  }
  let real: string;
  try {
    // CRI: a missing host path is an error; a symlink is followed and its target mounted.
    real = realpathSync(hostPath);
  } catch (cause) {
    throw new CorralError('InvalidArgument', `${where}.host_path ${hostPath} does not exist`, { cause });
  }
  const propagation = m.propagation ?? 0;
  if (![0, 1, 2].includes(propagation)) {
    throw new CorralError('InvalidArgument', `${where}.propagation ${propagation} is not 0, 1 or 2`);
  }
  return { containerPath, hostPath: real, readonly: m.readonly ?? false, propagation };
}

function stringMap(what: string, m: Record<string, string> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = Object.entries(m ?? {});
  if (entries.length > maxMapEntries) {
    throw new CorralError(
      'InvalidArgument',
      `${what} has ${entries.length} entries (at most ${maxMapEntries})`,
    );
  }
  for (const [k, v] of entries) {
    if (!k || k.length > 253 || /[\0\s]/.test(k)) {
      throw new CorralError(
        'InvalidArgument',
        `${what}: key ${JSON.stringify(k.slice(0, 80))} is not a valid key`,
      );
    }
    out[k] = text(`${what}[${JSON.stringify(k)}]`, v);
  }
  return out;
}

function text(what: string, s: string): string {
  if (s.includes('\0')) throw new CorralError('InvalidArgument', `${what} contains a NUL byte`);
  if (s.length > maxText)
    throw new CorralError('InvalidArgument', `${what} is longer than ${maxText} characters`);
  return s;
}
