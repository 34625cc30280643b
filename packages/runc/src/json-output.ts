/**
 * Helpers for reading runc's JSON output. They throw TypeError with what was wrong; the runner
 * turns that into a RuncError (reason 'output') that names the command.
 */

export function parseJsonOutput(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new TypeError(`not JSON: ${preview(text)}`, { cause: err });
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function expectRecord(v: unknown, what: string): Record<string, unknown> {
  if (!isRecord(v)) throw new TypeError(`${what}: expected an object, got ${preview(JSON.stringify(v))}`);
  return v;
}

export function expectString(o: Record<string, unknown>, key: string, what: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw new TypeError(`${what}: "${key}" is not a string`);
  return v;
}

export function expectNumber(o: Record<string, unknown>, key: string, what: string): number {
  const v = o[key];
  if (typeof v !== 'number') throw new TypeError(`${what}: "${key}" is not a number`);
  return v;
}

export function optionalString(o: Record<string, unknown>, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' ? v : undefined;
}

function preview(text: string | undefined): string {
  const t = (text ?? 'undefined').trim();
  return t.length > 120 ? `${t.slice(0, 120)}…` : t || '(empty)';
}
