import { CorralError } from '@corral/api';
import { validateDigest } from './digest.js';
import { isIndexType, isManifestType } from './media-types.js';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
  annotations?: Record<string, string>;
}

export interface Manifest {
  kind: 'manifest';
  mediaType: string;
  config: Descriptor;
  layers: Descriptor[];
}

export interface Index {
  kind: 'index';
  mediaType: string;
  manifests: Descriptor[];
}

/** The part of an image config corrald builds an OCI runtime spec from (docker's field names). */
export interface ImageConfig {
  User?: string;
  Env?: string[];
  Entrypoint?: string[];
  Cmd?: string[];
  WorkingDir?: string;
  Labels?: Record<string, string>;
  StopSignal?: string;
  ExposedPorts?: Record<string, unknown>;
  Volumes?: Record<string, unknown>;
  ArgsEscaped?: boolean;
}

/** The image config blob: platform, runtime defaults and the layers' uncompressed digests. */
export interface ImageConfigFile {
  os: string;
  architecture: string;
  variant?: string;
  created?: string;
  config: ImageConfig;
  diffIds: string[];
}

/** Registries refuse manifests over 4 MiB; so do we (they are read into memory). */
export const maxManifestSize = 4 << 20;

const bad = (what: string, why: string): CorralError => new CorralError('InvalidArgument', `${what}: ${why}`);

export function parseJson(bytes: Buffer, what: string): unknown {
  if (bytes.length > maxManifestSize) throw bad(what, `${bytes.length} bytes is too large for a manifest`);
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch (err) {
    throw bad(what, `not valid JSON (${(err as Error).message})`);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringRecord(v: unknown): Record<string, string> | undefined {
  if (!isObject(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}

function stringArray(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
}

export function parsePlatform(v: unknown): Platform | undefined {
  if (!isObject(v) || typeof v['os'] !== 'string' || typeof v['architecture'] !== 'string') return undefined;
  const p: Platform = { os: v['os'], architecture: v['architecture'] };
  if (typeof v['variant'] === 'string' && v['variant'] !== '') p.variant = v['variant'];
  return p;
}

export function parseDescriptor(v: unknown, what: string): Descriptor {
  if (!isObject(v)) throw bad(what, 'descriptor is not an object');
  const size = v['size'];
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
    throw bad(what, `descriptor size ${JSON.stringify(size)} is not a non-negative integer`);
  const d: Descriptor = {
    mediaType: typeof v['mediaType'] === 'string' ? v['mediaType'] : '',
    digest: validateDigest(v['digest'], what),
    size,
  };
  const platform = parsePlatform(v['platform']);
  if (platform) d.platform = platform;
  const ann = stringRecord(v['annotations']);
  if (ann) d.annotations = ann;
  return d;
}

/** A manifest or an index, told apart by mediaType or, when absent, by shape. */
export function parseManifestOrIndex(bytes: Buffer, what: string): Manifest | Index {
  const v = parseJson(bytes, what);
  if (!isObject(v)) throw bad(what, 'not a JSON object');
  if (v['schemaVersion'] !== 2)
    throw bad(what, `unsupported schemaVersion ${JSON.stringify(v['schemaVersion'])}`);
  const mediaType = typeof v['mediaType'] === 'string' ? v['mediaType'] : '';
  if (isIndexType(mediaType) || (mediaType === '' && Array.isArray(v['manifests']))) {
    const list = v['manifests'];
    if (!Array.isArray(list)) throw bad(what, 'index has no manifests');
    return {
      kind: 'index',
      mediaType,
      manifests: list.map((m, i) => parseDescriptor(m, `${what} manifests[${i}]`)),
    };
  }
  if (mediaType !== '' && !isManifestType(mediaType)) throw bad(what, `unsupported media type ${mediaType}`);
  const layers = v['layers'];
  if (!Array.isArray(layers)) throw bad(what, 'manifest has no layers');
  return {
    kind: 'manifest',
    mediaType,
    config: parseDescriptor(v['config'], `${what} config`),
    layers: layers.map((l, i) => parseDescriptor(l, `${what} layers[${i}]`)),
  };
}

export function parseImageConfigFile(bytes: Buffer, what: string): ImageConfigFile {
  const v = parseJson(bytes, what);
  if (!isObject(v)) throw bad(what, 'not a JSON object');
  const rootfs = v['rootfs'];
  const diffIds = isObject(rootfs) ? stringArray(rootfs['diff_ids']) : undefined;
  if (!diffIds) throw bad(what, 'image config has no rootfs.diff_ids');
  diffIds.forEach((d, i) => validateDigest(d, `${what} rootfs.diff_ids[${i}]`));
  const c = isObject(v['config']) ? v['config'] : {};
  const config: ImageConfig = {};
  const str = (k: keyof ImageConfig): void => {
    if (typeof c[k] === 'string') (config as Record<string, unknown>)[k] = c[k];
  };
  const arr = (k: keyof ImageConfig): void => {
    const a = stringArray(c[k]);
    if (a) (config as Record<string, unknown>)[k] = a;
  };
  str('User');
  arr('Env');
  arr('Entrypoint');
  arr('Cmd');
  str('WorkingDir');
  str('StopSignal');
  const labels = stringRecord(c['Labels']);
  if (labels) config.Labels = labels;
  if (isObject(c['ExposedPorts'])) config.ExposedPorts = c['ExposedPorts'];
  if (isObject(c['Volumes'])) config.Volumes = c['Volumes'];
  if (typeof c['ArgsEscaped'] === 'boolean') config.ArgsEscaped = c['ArgsEscaped'];
  const out: ImageConfigFile = {
    os: typeof v['os'] === 'string' ? v['os'] : '',
    architecture: typeof v['architecture'] === 'string' ? v['architecture'] : '',
    config,
    diffIds,
  };
  if (typeof v['variant'] === 'string' && v['variant'] !== '') out.variant = v['variant'];
  if (typeof v['created'] === 'string') out.created = v['created'];
  return out;
}
