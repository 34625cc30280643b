import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ProcessUser {
  uid: number;
  gid: number;
  umask?: number;
  additionalGids?: number[];
  username?: string;
}

export interface ProcessCapabilities {
  bounding?: string[];
  effective?: string[];
  inheritable?: string[];
  permitted?: string[];
  ambient?: string[];
}

export interface ProcessRlimit {
  type: string;
  hard: number;
  soft: number;
}

/**
 * The OCI runtime-spec `process` object that `runc exec --process` reads. There is deliberately
 * no `oomScoreAdj`: root on these machines lacks CAP_SYS_RESOURCE, and asking runc for a score
 * below the caller's fails with runc's opaque "can't get final child's PID from pipe: EOF".
 */
export interface ProcessSpec {
  terminal?: boolean;
  consoleSize?: { height: number; width: number };
  user: ProcessUser;
  args: string[];
  env?: string[];
  cwd: string;
  capabilities?: ProcessCapabilities;
  rlimits?: ProcessRlimit[];
  noNewPrivileges?: boolean;
  apparmorProfile?: string;
  selinuxLabel?: string;
}

/** Writes the spec where runc can read it (0600: it may carry secrets in env) and returns the path. */
export async function writeProcessFile(dir: string, spec: ProcessSpec): Promise<string> {
  const path = join(dir, 'process.json');
  await writeFile(path, JSON.stringify(spec), { mode: 0o600 });
  return path;
}
