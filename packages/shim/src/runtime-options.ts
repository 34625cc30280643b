import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFiles, containerd, CorralError, type google, typeUrls, unpackAny } from '@corral/api/task';
import { writeFileAtomic } from './atomic-file.js';

/** How this shim runs the OCI runtime for one container, decided at Create and kept in the bundle. */
export interface RuntimeOptions {
  /** `runc` or `crun` (a name on PATH or an absolute path). */
  binaryName: string;
  /** runc's `--root`. */
  root: string;
  systemdCgroup: boolean;
  noPivotRoot: boolean;
  noNewKeyring: boolean;
  criuPath: string;
  criuImagePath: string;
  criuWorkPath: string;
}

/** containerd's default runc root; the namespace is appended. */
export const defaultRuncRoot = '/run/containerd/runc';

/**
 * Decodes Create's `options`: `containerd.runc.v1.Options` (runtimes named io.containerd.runc.*, and
 * what corrald sends), or the old `containerd.linux.runc.CreateOptions` containerd 1.6 sends to any
 * other runtime name, or nothing (defaults). Anything else is InvalidArgument.
 */
export function decodeRuntimeOptions(
  any: google.protobuf.Any.$Properties | null | undefined,
  namespace: string,
): RuntimeOptions {
  const o: RuntimeOptions = {
    binaryName: 'runc',
    root: join(defaultRuncRoot, namespace),
    systemdCgroup: false,
    noPivotRoot: false,
    noNewKeyring: false,
    criuPath: '',
    criuImagePath: '',
    criuWorkPath: '',
  };
  if (!any?.type_url) return o;
  if (any.type_url === typeUrls.RuncOptions) {
    const r = unpackAny(any, typeUrls.RuncOptions, containerd.runc.v1.Options);
    if (r.binaryName) o.binaryName = validateBinaryName(r.binaryName);
    if (r.root) o.root = join(r.root, namespace);
    o.systemdCgroup = r.systemdCgroup ?? false;
    o.noPivotRoot = r.noPivotRoot ?? false;
    o.noNewKeyring = r.noNewKeyring ?? false;
    o.criuPath = r.criuPath ?? '';
    o.criuImagePath = r.criuImagePath ?? '';
    o.criuWorkPath = r.criuWorkPath ?? '';
    return o;
  }
  if (any.type_url === typeUrls.LinuxCreateOptions) {
    const c = unpackAny(any, typeUrls.LinuxCreateOptions, containerd.linux.runc.CreateOptions);
    o.noPivotRoot = c.noPivotRoot ?? false;
    o.noNewKeyring = c.noNewKeyring ?? false;
    o.criuImagePath = c.criuImagePath ?? '';
    o.criuWorkPath = c.criuWorkPath ?? '';
    return o;
  }
  throw new CorralError(
    'InvalidArgument',
    `unsupported runtime options type ${JSON.stringify(any.type_url)}`,
  );
}

function validateBinaryName(name: string): string {
  // A bare name is looked up on PATH; a path must be absolute. No relative tricks from a client.
  if (/^[A-Za-z0-9._-]+$/.test(name) || (name.startsWith('/') && !name.split('/').includes('..')))
    return name;
  throw new CorralError(
    'InvalidArgument',
    `runtime binary ${JSON.stringify(name)} must be a plain name or an absolute path`,
  );
}

export function writeRuntimeOptions(bundle: string, o: RuntimeOptions): void {
  writeFileAtomic(join(bundle, bundleFiles.options), `${JSON.stringify(o)}\n`);
}

/** The options Create recorded, or the defaults when the shim died before writing them. */
export function readRuntimeOptions(bundle: string, namespace: string): RuntimeOptions {
  const defaults = decodeRuntimeOptions(undefined, namespace);
  try {
    const saved = JSON.parse(
      readFileSync(join(bundle, bundleFiles.options), 'utf8'),
    ) as Partial<RuntimeOptions>;
    return { ...defaults, ...saved };
  } catch {
    return defaults;
  }
}
