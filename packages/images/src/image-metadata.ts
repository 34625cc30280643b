import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CorralError } from '@corral/api';
import { writeFileAtomic } from './atomic-file.js';
import { isDigest } from './digest.js';
import type { PlannedImage } from './import-plan.js';
import { parseDescriptor, type Descriptor } from './manifest.js';

/** What a name points at. Times are nanoseconds since the epoch, as decimal strings (JSON has no bigint). */
export interface RefEntry {
  target: Descriptor;
  createdAt: string;
  updatedAt: string;
}

const fileVersion = 1;

/**
 * `metadata/images.json`: image names → the manifest (or index) they point at. Content lives in the
 * content store; this file only names it, so a later registry pull adds entries the same way an
 * import does. Keys are normalized references (`docker.io/library/busybox:latest`); an image with
 * no name is kept under its target digest (`sha256:…`, docker's dangling image). Written whole,
 * atomically, on every change.
 */
export class ImageMetadata {
  private entries = new Map<string, RefEntry>();

  private constructor(private readonly path: string) {}

  static async open(root: string): Promise<ImageMetadata> {
    const dir = join(root, 'metadata');
    await mkdir(dir, { recursive: true });
    const m = new ImageMetadata(join(dir, 'images.json'));
    await m.load();
    return m;
  }

  private async load(): Promise<void> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    try {
      const v = JSON.parse(text) as { version?: unknown; images?: Record<string, unknown> };
      if (v.version !== fileVersion) throw new Error(`unknown version ${JSON.stringify(v.version)}`);
      for (const [key, raw] of Object.entries(v.images ?? {})) {
        const e = raw as Partial<RefEntry>;
        this.entries.set(key, {
          target: parseDescriptor(e.target, `${this.path}: ${key}`),
          createdAt: String(e.createdAt ?? '0'),
          updatedAt: String(e.updatedAt ?? e.createdAt ?? '0'),
        });
      }
    } catch (err) {
      // Written atomically, so this is damage, not a torn write: say so rather than start empty.
      throw new CorralError('DataLoss', `read image metadata ${this.path}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }

  get(key: string): RefEntry | undefined {
    return this.entries.get(key);
  }

  all(): [string, RefEntry][] {
    return [...this.entries];
  }

  /** Applies `change` to a copy and persists it; memory changes only once the file is written. */
  async update(change: (entries: Map<string, RefEntry>) => void): Promise<void> {
    const next = new Map(this.entries);
    change(next);
    const images: Record<string, RefEntry> = {};
    for (const [key, entry] of [...next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      images[key] = entry;
    await writeFileAtomic(this.path, `${JSON.stringify({ version: fileVersion, images }, null, 2)}\n`);
    this.entries = next;
  }
}

/** An untagged image's key is its target digest; a name always has a '/' in it. */
export function isUntaggedKey(key: string): boolean {
  return isDigest(key);
}

/**
 * Points each imported image's names at it. A name that keeps its target keeps its createdAt; an
 * image with no name is kept under its digest unless something names it already; an image whose
 * last name moved to another stays, untagged (docker's rule, so a container's image never vanishes
 * by a re-import).
 */
export function nameImported(m: Map<string, RefEntry>, images: PlannedImage[], now: string): void {
  const displaced: RefEntry[] = [];
  const named = (digest: string): boolean =>
    [...m].some(([k, e]) => !isUntaggedKey(k) && e.target.digest === digest);
  for (const img of images) {
    if (img.names.length === 0) {
      const createdAt = m.get(img.target.digest)?.createdAt ?? now;
      if (!named(img.target.digest))
        m.set(img.target.digest, { target: img.target, createdAt, updatedAt: now });
      continue;
    }
    for (const key of img.names) {
      const prev = m.get(key);
      const same = prev?.target.digest === img.target.digest;
      if (prev && !same) displaced.push(prev);
      m.set(key, { target: img.target, createdAt: same && prev ? prev.createdAt : now, updatedAt: now });
    }
    m.delete(img.target.digest); // named now: no longer dangling
  }
  for (const prev of displaced) {
    if (![...m.values()].some((e) => e.target.digest === prev.target.digest)) m.set(prev.target.digest, prev);
  }
}
