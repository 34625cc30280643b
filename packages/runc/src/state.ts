import {
  expectNumber,
  expectRecord,
  expectString,
  isRecord,
  optionalString,
  parseJsonOutput,
} from './json-output.js';

/** runc's container status words (libcontainer `Status.String()`); crun uses the same ones. */
export type ContainerStatus = 'creating' | 'created' | 'running' | 'paused' | 'stopped' | (string & {});

/** `runc state <id>`: the OCI runtime state plus runc's extras. */
export interface State {
  ociVersion: string;
  id: string;
  /** 0 once the container has stopped. */
  pid: number;
  status: ContainerStatus;
  bundle: string;
  rootfs: string;
  /** RFC 3339 with nanoseconds, as runc prints it (a Date would drop the nanoseconds). */
  created: string;
  /** runc omits the key when empty; so do we. */
  annotations?: Record<string, string>;
  owner?: string;
}

/**
 * One entry of `runc list --format json`. crun's list has no `ociVersion` or `rootfs`, so
 * those are optional here.
 */
export interface ListEntry {
  id: string;
  pid: number;
  status: ContainerStatus;
  bundle: string;
  created: string;
  ociVersion?: string;
  rootfs?: string;
  annotations?: Record<string, string>;
  owner?: string;
}

export function parseState(text: string): State {
  const o = expectRecord(parseJsonOutput(text), 'state');
  const annotations = stringRecord(o['annotations']);
  const owner = optionalString(o, 'owner');
  return {
    ociVersion: expectString(o, 'ociVersion', 'state'),
    id: expectString(o, 'id', 'state'),
    pid: expectNumber(o, 'pid', 'state'),
    status: expectString(o, 'status', 'state'),
    bundle: expectString(o, 'bundle', 'state'),
    rootfs: optionalString(o, 'rootfs') ?? '',
    created: expectString(o, 'created', 'state'),
    ...(annotations ? { annotations } : {}),
    ...(owner !== undefined ? { owner } : {}),
  };
}

/** runc prints `null` for an empty root, crun `[]`. */
export function parseList(text: string): ListEntry[] {
  const v = parseJsonOutput(text);
  if (v === null) return [];
  if (!Array.isArray(v)) throw new TypeError('list: expected an array');
  return v.map((item): ListEntry => {
    const o = expectRecord(item, 'list entry');
    const annotations = stringRecord(o['annotations']);
    const extras: Partial<ListEntry> = {};
    for (const key of ['ociVersion', 'rootfs', 'owner'] as const) {
      const s = optionalString(o, key);
      if (s !== undefined) extras[key] = s;
    }
    return {
      id: expectString(o, 'id', 'list entry'),
      pid: expectNumber(o, 'pid', 'list entry'),
      status: expectString(o, 'status', 'list entry'),
      bundle: expectString(o, 'bundle', 'list entry'),
      created: expectString(o, 'created', 'list entry'),
      ...extras,
      ...(annotations ? { annotations } : {}),
    };
  });
}

/** `ps --format json`: the host pids of every process in the container's cgroup. */
export function parsePids(text: string): number[] {
  const v = parseJsonOutput(text);
  if (v === null) return [];
  if (!Array.isArray(v) || !v.every((p): p is number => Number.isInteger(p))) {
    throw new TypeError('ps: expected an array of pids');
  }
  return v;
}

function stringRecord(v: unknown): Record<string, string> | undefined {
  if (!isRecord(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, s] of Object.entries(v)) if (typeof s === 'string') out[k] = s;
  return out;
}
