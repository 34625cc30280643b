// containerd's filter syntax (containerd filters/parser.go), parsed once per subscription:
//
//   selectors := selector ("," selector)*        all must match
//   selector  := fieldpath [operator value]      no operator: the field is present
//   fieldpath := field ("." field)*
//   field     := quoted | [A-Za-z0-9_-]+
//   operator  := "==" | "!=" | "~=" (regular expression) | "@=" (contains, containerd 1.7+)
//   value     := quoted | [^\s,]+
//   quoted    := "…" | /…/ | |…|  with Go escapes
//
// Several filter strings are alternatives (any may match); that is filter-match.ts's business.
import { CorralError } from '@corral/api';
import { FilterScanner, unquote } from './filter-scanner.js';
import type { Token } from './filter-scanner.js';

export type FilterOperator = 'present' | '==' | '!=' | '~=' | '@=';

export interface FilterSelector {
  readonly fieldpath: readonly string[];
  readonly operator: FilterOperator;
  readonly value: string;
  /** Compiled at parse time for "~=", so a bad expression is an error up front, not a non-match. */
  readonly regex: RegExp | undefined;
}

const operators = new Set<string>(['==', '!=', '~=', '@=']);

/**
 * Parses one filter into the selectors that must all match. The empty filter has none and so
 * matches everything, as in containerd. Throws InvalidArgument naming the position of the error.
 */
export function parseFilter(input: string): FilterSelector[] {
  if (input === '') return [];
  return new FilterParser(input).parse();
}

class FilterParser {
  readonly #input: string;
  readonly #scanner: FilterScanner;

  constructor(input: string) {
    this.#input = input;
    this.#scanner = new FilterScanner(input);
  }

  parse(): FilterSelector[] {
    const selectors = [this.#selector()];
    for (;;) {
      const t = this.#scanner.next();
      if (t.kind === 'eof') return selectors;
      if (t.kind !== 'separator' || t.text !== ',') this.#fail(t, `unexpected input: ${t.text}`);
      selectors.push(this.#selector());
    }
  }

  #selector(): FilterSelector {
    const fieldpath = this.#fieldpath();
    const ahead = this.#scanner.peek();
    if (ahead.kind === 'eof' || (ahead.kind === 'separator' && ahead.text === ',')) {
      return { fieldpath, operator: 'present', value: '', regex: undefined };
    }
    const op = this.#scanner.next();
    if (op.kind !== 'operator') this.#fail(op, 'expected an operator ("=="|"!="|"~="|"@=")');
    if (!operators.has(op.text)) this.#fail(op, `unsupported operator ${JSON.stringify(op.text)}`);
    const operator = op.text as FilterOperator;
    const t = this.#scanner.next('value');
    let value: string;
    if (t.kind === 'value' || t.kind === 'field') value = t.text;
    else if (t.kind === 'quoted') value = this.#unquote(t);
    else if (t.kind === 'eof') this.#fail(t, 'unexpected end of filter: expected a value');
    else this.#fail(t, 'expected value or quoted');
    return { fieldpath, operator, value, regex: operator === '~=' ? this.#regex(t, value) : undefined };
  }

  #fieldpath(): string[] {
    const path = [this.#field()];
    for (;;) {
      const t = this.#scanner.peek();
      if (t.kind !== 'separator' || t.text !== '.') return path;
      this.#scanner.next();
      path.push(this.#field());
    }
  }

  #field(): string {
    const t = this.#scanner.next();
    if (t.kind === 'field') return t.text;
    if (t.kind === 'quoted') return this.#unquote(t);
    return this.#fail(t, 'expected field or quoted');
  }

  #unquote(t: Token): string {
    const r = unquote(t.text);
    if ('error' in r) this.#fail(t, `unquoting failed: ${r.error}`);
    return r.value;
  }

  /** Go's RE2 syntax mostly reads the same in JavaScript; a leading (?flags) becomes JS flags. */
  #regex(t: Token, source: string): RegExp {
    const inline = /^\(\?([ims]+)\)/.exec(source);
    try {
      return inline ? new RegExp(source.slice(inline[0].length), inline[1]) : new RegExp(source);
    } catch (err) {
      return this.#fail(t, `invalid regular expression: ${(err as Error).message}`);
    }
  }

  #fail(t: Token, message: string): never {
    const why = t.kind === 'illegal' && t.problem !== undefined ? t.problem : message;
    throw new CorralError(
      'InvalidArgument',
      `filter ${JSON.stringify(this.#input)}: parse error at position ${t.pos} ${pointAt(this.#input, t.pos)}: ${why}`,
    );
  }
}

/** containerd's way of showing where: `[before >|c|< after]`. */
function pointAt(input: string, pos: number): string {
  if (pos >= input.length) return `[${input} >||<]`;
  return `[${input.slice(0, pos)} >|${input[pos]}|< ${input.slice(pos + 1)}]`;
}
