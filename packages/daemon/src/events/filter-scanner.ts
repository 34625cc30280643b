// Tokens of containerd's filter syntax (containerd filters/scanner.go): fields, quoted strings
// ("…", /…/ or |…|, with Go escapes), the separators "," and ".", operators, and bare values.

export type TokenKind = 'eof' | 'field' | 'quoted' | 'value' | 'separator' | 'operator' | 'illegal';

export interface Token {
  readonly kind: TokenKind;
  /** The raw text, quotes included for a quoted token. */
  readonly text: string;
  /** Index of its first character in the filter. */
  readonly pos: number;
  /** Why an illegal token is illegal. */
  readonly problem?: string;
}

const quoteChars = new Set(['"', '/', '|']);
const operatorChars = new Set(['=', '!', '~', '@']);
const fieldRe = /[A-Za-z0-9_-]/;
const spaceRe = /\s/;
// A bare value runs to the next comma, space or control character.
const valueRe = /[^,\s\p{Cc}]/u;

export class FilterScanner {
  readonly input: string;
  #pos = 0;

  constructor(input: string) {
    this.input = input;
  }

  /** The next token. Right after an operator, pass `value`: a bare word is then a value. */
  next(mode: 'field' | 'value' = 'field'): Token {
    const s = this.input;
    while (this.#pos < s.length && spaceRe.test(s[this.#pos]!)) this.#pos++;
    const start = this.#pos;
    const ch = s[start];
    if (ch === undefined) return { kind: 'eof', text: '', pos: start };
    if (quoteChars.has(ch)) return this.#quoted(ch);
    if (ch === ',' || ch === '.') return this.#take('separator', start + 1);
    if (operatorChars.has(ch))
      return this.#take(
        'operator',
        this.#runEnd(start, (c) => operatorChars.has(c)),
      );
    if (mode === 'value' && valueRe.test(ch))
      return this.#take(
        'value',
        this.#runEnd(start, (c) => valueRe.test(c)),
      );
    if (fieldRe.test(ch))
      return this.#take(
        'field',
        this.#runEnd(start, (c) => fieldRe.test(c)),
      );
    return { ...this.#take('illegal', start + 1), problem: `unexpected character ${JSON.stringify(ch)}` };
  }

  /** The next token, without consuming it. */
  peek(mode: 'field' | 'value' = 'field'): Token {
    const pos = this.#pos;
    const t = this.next(mode);
    this.#pos = pos;
    return t;
  }

  #take(kind: TokenKind, end: number): Token {
    const t = { kind, text: this.input.slice(this.#pos, end), pos: this.#pos };
    this.#pos = end;
    return t;
  }

  #runEnd(start: number, ok: (c: string) => boolean): number {
    let end = start + 1;
    while (end < this.input.length && ok(this.input[end]!)) end++;
    return end;
  }

  /** Scans to the closing quote; the escapes themselves are checked by unquote(). */
  #quoted(quote: string): Token {
    const s = this.input;
    for (let i = this.#pos + 1; i < s.length; i++) {
      const c = s[i]!;
      if (c === '\n') break;
      if (c === '\\') i++;
      else if (c === quote) return this.#take('quoted', i + 1);
    }
    return { ...this.#take('illegal', s.length), problem: 'quoted literal not terminated' };
  }
}

const simpleEscapes: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

/**
 * Go's strconv.Unquote, extended as containerd's filters/quote.go is: "/" and "|" quote like '"'
 * (for regular expressions), and only the quote in use may be escaped. Returns an error text.
 */
export function unquote(raw: string): { value: string } | { error: string } {
  const quote = raw[0];
  if (raw.length < 2 || quote === undefined || raw.at(-1) !== quote) return { error: 'quote syntax error' };
  const body = raw.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length;) {
    const c = body[i]!;
    if (c === quote) return { error: 'quote syntax error' };
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) return { error: 'quote syntax error' };
    const simple = simpleEscapes[e];
    if (simple !== undefined) {
      out += simple;
      i += 2;
    } else if (e === quote) {
      out += e;
      i += 2;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + n);
      if (!new RegExp(`^[0-9A-Fa-f]{${n}}$`).test(hex)) return { error: `invalid \\${e} escape` };
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) return { error: `invalid \\${e} escape` };
      out += String.fromCodePoint(code);
      i += 2 + n;
    } else if (/[0-7]/.test(e)) {
      const oct = body.slice(i + 1, i + 4);
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) return { error: 'invalid octal escape' };
      out += String.fromCharCode(parseInt(oct, 8));
      i += 4;
    } else {
      return { error: `invalid escape \\${e}` };
    }
  }
  return { value: out };
}
