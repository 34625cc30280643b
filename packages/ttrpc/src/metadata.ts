import type { ttrpc } from '@corral/api/task';

type KeyValue = ttrpc.KeyValue.$Properties;

/** What callers may pass as metadata: containerd's `[{key, value}]` list or a plain record. */
export type MetadataInit =
  | Metadata
  | Iterable<{ readonly key: string; readonly value: string }>
  | Readonly<Record<string, string | readonly string[]>>;

/**
 * ttrpc request metadata (containerd/ttrpc MD): keys are lowercased and a key may repeat. Readers
 * take the first value, as containerd's namespace lookup does.
 */
export class Metadata {
  readonly #values = new Map<string, string[]>();

  constructor(init?: MetadataInit) {
    if (init === undefined) return;
    if (init instanceof Metadata) {
      for (const [k, v] of init.#values) this.#values.set(k, [...v]);
    } else if (isIterable(init)) {
      for (const { key, value } of init) this.append(key, value);
    } else {
      for (const [key, value] of Object.entries(init)) {
        for (const v of typeof value === 'string' ? [value] : value) this.append(key, v);
      }
    }
  }

  /** Decodes the list carried in `ttrpc.Request.metadata`. */
  static fromKeyValues(list: readonly KeyValue[] | null | undefined): Metadata {
    const md = new Metadata();
    for (const kv of list ?? []) md.append(kv.key ?? '', kv.value ?? '');
    return md;
  }

  append(key: string, value: string): this {
    const k = key.toLowerCase();
    const list = this.#values.get(k);
    if (list) list.push(value);
    else this.#values.set(k, [value]);
    return this;
  }

  set(key: string, ...values: string[]): this {
    if (values.length === 0) this.#values.delete(key.toLowerCase());
    else this.#values.set(key.toLowerCase(), values);
    return this;
  }

  /** The first value of `key`, or undefined. */
  get(key: string): string | undefined {
    return this.#values.get(key.toLowerCase())?.[0];
  }

  getAll(key: string): readonly string[] {
    return this.#values.get(key.toLowerCase()) ?? [];
  }

  has(key: string): boolean {
    return this.#values.has(key.toLowerCase());
  }

  get size(): number {
    return this.#values.size;
  }

  /** The wire form: one KeyValue per value, in insertion order. */
  toKeyValues(): KeyValue[] {
    const out: KeyValue[] = [];
    for (const [key, values] of this.#values) for (const value of values) out.push({ key, value });
    return out;
  }

  toJSON(): Record<string, string[]> {
    return Object.fromEntries(this.#values);
  }
}

function isIterable(v: object): v is Iterable<{ readonly key: string; readonly value: string }> {
  return Symbol.iterator in v;
}
