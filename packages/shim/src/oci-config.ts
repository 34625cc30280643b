import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFiles, CorralError } from '@corral/api/task';

/** The parts of a bundle's config.json the shim acts on. */
export interface BundleConfig {
  /** False when the container shares a pid namespace (it then needs kill --all when init exits). */
  privatePidNamespace: boolean;
  annotations: Record<string, string>;
  terminal: boolean;
}

/** corral's annotations in config.json (set by corrald; containerd never sets them). */
export const shimAnnotations = {
  /** The shim writes the container's output to this path in the CRI log format. */
  criLogPath: 'io.corral.cri.log-path',
  /** Sent in an Update's annotations: reopen the CRI log (ReopenContainerLog). */
  reopenLog: 'io.corral.cri.reopen-log',
} as const;

export function readBundleConfig(bundle: string): BundleConfig {
  let raw: string;
  try {
    raw = readFileSync(join(bundle, bundleFiles.config), 'utf8');
  } catch (cause) {
    throw new CorralError('NotFound', `bundle ${bundle} has no readable ${bundleFiles.config}`, { cause });
  }
  let spec: {
    process?: { terminal?: boolean };
    annotations?: Record<string, unknown>;
    linux?: { namespaces?: { type?: string; path?: string }[] };
  };
  try {
    spec = JSON.parse(raw) as typeof spec;
  } catch (cause) {
    throw new CorralError('InvalidArgument', `bundle ${bundle}: ${bundleFiles.config} is not valid JSON`, {
      cause,
    });
  }
  if (typeof spec !== 'object' || spec === null) {
    throw new CorralError('InvalidArgument', `bundle ${bundle}: ${bundleFiles.config} is not an OCI spec`);
  }
  const pidNs = spec.linux?.namespaces?.find((n) => n.type === 'pid');
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries(spec.annotations ?? {})) if (typeof v === 'string') annotations[k] = v;
  return {
    privatePidNamespace: pidNs !== undefined && !pidNs.path,
    annotations,
    terminal: spec.process?.terminal === true,
  };
}
