import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { CorralError, isValidIdentifier } from '@corral/api';
import type { Logger } from 'pino';
import { isAtomicTempName, writeFileAtomic } from '../atomic-file.js';
import type { StateLayout } from '../state-layout.js';
import { Container } from './container.js';
import { parseRecord, serializeRecord, type ContainerRecord } from './container-record.js';

/**
 * Every container of every namespace: the records on disk and their live Container objects, with
 * names unique per namespace. Lookups take a full id, a name, or a unique id prefix (docker habit).
 */
export class ContainerStore {
  readonly #byNs = new Map<string, Map<string, Container>>();
  readonly #names = new Map<string, Map<string, string>>();
  readonly #saving = new WeakMap<Container, Promise<void>>();

  constructor(
    private readonly layout: StateLayout,
    private readonly logger: Logger,
  ) {}

  /** Reads every record (start-up). Unreadable files are logged and left for a human, not deleted. */
  load(): Container[] {
    mkdirSync(this.layout.recordsDir, { recursive: true, mode: 0o700 });
    const out: Container[] = [];
    for (const ns of readdirSync(this.layout.recordsDir)) {
      if (!isValidIdentifier(ns)) continue;
      const dir = this.layout.namespaceRecordsDir(ns);
      for (const file of readdirSync(dir)) {
        if (isAtomicTempName(file)) {
          rmSync(join(dir, file), { force: true }); // a write a crash interrupted
          continue;
        }
        if (!file.endsWith('.json')) continue;
        const path = join(dir, file);
        try {
          const r = parseRecord(readFileSync(path, 'utf8'), path);
          if (r.namespace !== ns || `${r.id}.json` !== file || !isValidIdentifier(r.id)) {
            throw new Error(`${path} names ${r.namespace}/${r.id}`);
          }
          out.push(this.add(new Container(r, this.logger)));
        } catch (err) {
          this.logger.error({ err, path }, 'skipping an unreadable container record');
        }
      }
    }
    return out;
  }

  /** Adds a container; AlreadyExists (and nothing added) when its name is taken. */
  add(c: Container): Container {
    this.reserveName(c.namespace, c.name, c.id);
    let m = this.#byNs.get(c.namespace);
    if (!m) this.#byNs.set(c.namespace, (m = new Map<string, Container>()));
    m.set(c.id, c);
    return c;
  }

  /** Claims `name` in `namespace` for `id`; AlreadyExists when another container has it. */
  reserveName(namespace: string, name: string, id: string): void {
    let m = this.#names.get(namespace);
    if (!m) this.#names.set(namespace, (m = new Map<string, string>()));
    const holder = m.get(name);
    if (holder !== undefined && holder !== id) {
      throw new CorralError(
        'AlreadyExists',
        `container name ${JSON.stringify(name)} is already in use by ${holder}`,
        {
          hint: 'remove that container or choose another name',
        },
      );
    }
    m.set(name, id);
  }

  releaseName(namespace: string, name: string, id: string): void {
    const m = this.#names.get(namespace);
    if (m?.get(name) === id) m.delete(name);
  }

  get(namespace: string, id: string): Container | undefined {
    return this.#byNs.get(namespace)?.get(id);
  }

  /** By full id, then name, then unique id prefix; undefined when nothing matches. */
  find(namespace: string, ref: string): Container | undefined {
    const m = this.#byNs.get(namespace);
    if (!m || !ref) return undefined;
    const exact = m.get(ref);
    if (exact) return exact;
    const byName = this.#names.get(namespace)?.get(ref);
    if (byName !== undefined) return m.get(byName);
    const matches = [...m.keys()].filter((id) => id.startsWith(ref));
    if (matches.length > 1) {
      throw new CorralError(
        'InvalidArgument',
        `container id prefix ${JSON.stringify(ref)} is ambiguous (${matches.length} match)`,
      );
    }
    return matches.length === 1 ? m.get(matches[0]!) : undefined;
  }

  /** find(), or NotFound. */
  require(namespace: string, ref: string): Container {
    const c = this.find(namespace, ref);
    if (!c) throw new CorralError('NotFound', `container ${JSON.stringify(ref)} in namespace ${namespace}`);
    return c;
  }

  list(namespace: string): Container[] {
    return [...(this.#byNs.get(namespace)?.values() ?? [])];
  }

  all(): Container[] {
    return [...this.#byNs.values()].flatMap((m) => [...m.values()]);
  }

  /** True when any container (of any namespace) was made from `imageId`. */
  isImageInUse(imageId: string): boolean {
    return this.all().some((c) => c.record.imageId === imageId);
  }

  /** Writes the record whole; saves of one container happen in call order. */
  async save(c: Container, change?: (r: ContainerRecord) => void): Promise<void> {
    if (change) change(c.record);
    const text = serializeRecord(c.record);
    const path = this.layout.recordPath(c.namespace, c.id);
    const previous = this.#saving.get(c) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        // A save queued behind the removal must not bring the record file back.
        if (this.get(c.namespace, c.id) !== c) return;
        mkdirSync(this.layout.namespaceRecordsDir(c.namespace), { recursive: true, mode: 0o700 });
        await writeFileAtomic(path, text);
      });
    this.#saving.set(c, next);
    await next;
    c.notify();
  }

  /** Resolves once every save of `c` asked for so far is on disk (whether it succeeded or not). */
  async settled(c: Container): Promise<void> {
    await (this.#saving.get(c) ?? Promise.resolve()).catch(() => undefined);
  }

  /** Forgets the container and deletes its record. */
  async delete(c: Container): Promise<void> {
    this.#byNs.get(c.namespace)?.delete(c.id);
    await (this.#saving.get(c) ?? Promise.resolve()).catch(() => undefined);
    await rm(this.layout.recordPath(c.namespace, c.id), { force: true });
    this.releaseName(c.namespace, c.name, c.id);
    c.gone.abort();
    c.notify();
  }
}
