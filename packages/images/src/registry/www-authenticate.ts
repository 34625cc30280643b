/** One challenge of a WWW-Authenticate header: `Bearer realm="…",service="…",scope="…"`. */
export interface Challenge {
  /** Lower-cased: `basic`, `bearer`. */
  scheme: string;
  /** Parameter names lower-cased; values unquoted. */
  params: Record<string, string>;
}

const tokenRe = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/;

/**
 * Parses RFC 7235 challenges, several per header allowed (`Basic realm="r", Bearer realm="t"`).
 * Lenient where registries are sloppy (spaces around `=`, unquoted values); the token68 form is
 * not supported, registries do not send it.
 */
export function parseChallenges(header: string | null | undefined): Challenge[] {
  const out: Challenge[] = [];
  let s = header ?? '';
  let current: Challenge | undefined;
  while (s.length > 0) {
    s = s.replace(/^[\s,]+/, '');
    const tok = tokenRe.exec(s)?.[0];
    if (tok === undefined) {
      s = s.slice(1); // garbage: move on
      continue;
    }
    const rest = s.slice(tok.length);
    const eq = /^\s*=\s*/.exec(rest);
    if (!eq) {
      // A token not followed by '=' starts a new challenge.
      current = { scheme: tok.toLowerCase(), params: {} };
      out.push(current);
      s = rest;
      continue;
    }
    s = rest.slice(eq[0].length);
    let value: string;
    if (s.startsWith('"')) {
      let i = 1;
      value = '';
      while (i < s.length && s[i] !== '"') {
        if (s[i] === '\\' && i + 1 < s.length) i++;
        value += s[i];
        i++;
      }
      s = s.slice(i + 1);
    } else {
      value = /^[^,\s]*/.exec(s)?.[0] ?? '';
      s = s.slice(value.length);
    }
    // A parameter before any scheme belongs to nothing.
    if (current) current.params[tok.toLowerCase()] = value;
  }
  return out;
}
