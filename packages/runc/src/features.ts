import { expectRecord, parseJsonOutput } from './json-output.js';

/**
 * `runc features` (runc ≥ 1.1; the OCI "features" document). Every key is optional in the format,
 * so it is optional here too. Debian 12's crun 1.8.1 has no `features` subcommand: the call fails
 * with a RuncError that `isUnsupportedError` recognises.
 */
export interface Features {
  ociVersionMin?: string;
  ociVersionMax?: string;
  hooks?: string[];
  mountOptions?: string[];
  linux?: {
    namespaces?: string[];
    capabilities?: string[];
    cgroup?: { v1?: boolean; v2?: boolean; systemd?: boolean; systemdUser?: boolean };
    seccomp?: { enabled?: boolean; actions?: string[]; operators?: string[]; archs?: string[] };
    apparmor?: { enabled?: boolean };
    selinux?: { enabled?: boolean };
  };
  /** e.g. `org.opencontainers.runc.checkpoint.enabled`, `org.opencontainers.runc.version`. */
  annotations?: Record<string, string>;
}

export function parseFeatures(text: string): Features {
  const o = expectRecord(parseJsonOutput(text), 'features');
  if (typeof o['ociVersionMax'] !== 'string' && typeof o['ociVersionMin'] !== 'string') {
    throw new TypeError('features: no ociVersionMin/ociVersionMax');
  }
  return o;
}
