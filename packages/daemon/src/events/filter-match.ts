// Matching events against parsed filters, the way containerd's event Envelope adapts its fields:
// `topic`, `namespace`, and `event.<field>` reaching into the decoded event by proto field names.
import { CorralError, toBigInt, unpackAnyByUrl } from '@corral/api';
import { parseFilter } from './filter-parser.js';
import type { FilterSelector } from './filter-parser.js';
import type { JournaledEvent } from './journaled-event.js';

export interface EventFilter {
  /** The filter strings it was compiled from. */
  readonly filters: readonly string[];
  matches(event: JournaledEvent): boolean;
}

/**
 * Compiles filter strings, any of which may match (containerd's ParseAll); no filters match every
 * event. Throws InvalidArgument for a malformed one, naming which and where.
 */
export function compileEventFilter(filters: readonly string[]): EventFilter {
  const alternatives = filters.map((f, i) => {
    try {
      return parseFilter(f);
    } catch (err) {
      if (!(err instanceof CorralError)) throw err;
      throw new CorralError('InvalidArgument', `filters[${i}]: ${err.message}`, { cause: err });
    }
  });
  return {
    filters: [...filters],
    matches: (e) =>
      alternatives.length === 0 ||
      alternatives.some((selectors) => selectors.every((s) => matchSelector(s, e))),
  };
}

function matchSelector(s: FilterSelector, e: JournaledEvent): boolean {
  const field = fieldOf(e, s.fieldpath);
  switch (s.operator) {
    case 'present':
      return field !== undefined;
    case '==':
      return field !== undefined && field === s.value;
    case '!=':
      return (field ?? '') !== s.value;
    case '~=':
      return s.regex!.test(field ?? '');
    case '@=':
      return (field ?? '').includes(s.value);
  }
}

/**
 * A field's value as text, or undefined when absent. As in containerd, an empty string is absent;
 * numbers and booleans (which containerd's generated adaptors leave out) are present, even at their
 * zero value, so `event.exit_status==0` works.
 */
function fieldOf(e: JournaledEvent, path: readonly string[]): string | undefined {
  const [head, ...rest] = path;
  if (head === 'topic' && rest.length === 0) return e.topic || undefined;
  if (head === 'namespace' && rest.length === 0) return e.namespace || undefined;
  if (head === 'event' && rest.length > 0) return lookup(decoded(e), rest);
  return undefined;
}

function lookup(root: unknown, path: readonly string[]): string | undefined {
  let cur = root;
  for (const name of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = child(cur as Record<string, unknown>, name);
  }
  return scalarText(cur);
}

/** A message's field by its proto name (protobufjs names them camelCase), or a map's entry. */
function child(obj: Record<string, unknown>, name: string): unknown {
  if (Object.getPrototypeOf(obj) === Object.prototype || Object.getPrototypeOf(obj) === null) {
    return Object.hasOwn(obj, name) ? obj[name] : undefined; // a map<string, …>
  }
  // Defaults live on a generated message's prototype, so `in` finds unset fields too.
  const key = name in obj ? name : camelCase(name);
  const v = key in obj ? obj[key] : undefined;
  return typeof v === 'function' ? undefined : v;
}

function scalarText(v: unknown): string | undefined {
  switch (typeof v) {
    case 'string':
      return v === '' ? undefined : v;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(v);
    case 'object':
      // protobufjs gives 64-bit fields as Long; any other object (a message, a list) has no text.
      return isLong(v) ? toBigInt(v as Parameters<typeof toBigInt>[0]).toString() : undefined;
    default:
      return undefined;
  }
}

function isLong(v: object | null): boolean {
  const o = v as { low?: unknown; high?: unknown; unsigned?: unknown } | null;
  return (
    o !== null && typeof o.low === 'number' && typeof o.high === 'number' && typeof o.unsigned === 'boolean'
  );
}

function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

// Decoded once per event, however many subscribers filter on it; null: not decodable.
const decodedEvents = new WeakMap<JournaledEvent, unknown>();

function decoded(e: JournaledEvent): unknown {
  if (!decodedEvents.has(e)) {
    let message: unknown = null;
    try {
      message = unpackAnyByUrl(e.event).message;
    } catch {
      // An unknown type URL or bad bytes: no event.* field is present, as in containerd.
    }
    decodedEvents.set(e, message);
  }
  return decodedEvents.get(e);
}
