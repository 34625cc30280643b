import { CorralError } from '@corral/api';

/** An image reference split the way docker's distribution/reference does. */
export interface ParsedRef {
  /** Registry host (and port): `docker.io`, `localhost:5000`, `quay.io`. */
  domain: string;
  /** Repository path under the domain: `library/busybox`. */
  path: string;
  tag?: string;
  digest?: string;
}

export const defaultDomain = 'docker.io';
export const defaultTag = 'latest';
const legacyDomain = 'index.docker.io';
const officialRepoPrefix = 'library/';
const maxNameLength = 255;

// distribution/reference's grammar (regexp.go).
const pathComponent = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const pathRe = new RegExp(`^${pathComponent}(?:/${pathComponent})*$`);
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainRe = new RegExp(
  `^(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`,
);
const tagRe = /^[\w][\w.-]{0,127}$/;
const digestRe = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const idLikeRe = /^[a-f0-9]{64}$/;

const invalid = (ref: string, why: string): CorralError =>
  new CorralError('InvalidArgument', `invalid image reference ${JSON.stringify(ref)}: ${why}`);

/**
 * Parses `ref` with docker's normalization: no domain means docker.io, a single docker.io path
 * component gets `library/`, `index.docker.io` is docker.io. The tag stays absent when not given.
 */
export function parseRef(ref: string): ParsedRef {
  if (typeof ref !== 'string' || ref === '') throw invalid(String(ref), 'empty');
  if (idLikeRe.test(ref)) throw invalid(ref, 'cannot specify 64-byte hexadecimal strings');
  const at = ref.indexOf('@');
  const namePart = at >= 0 ? ref.slice(0, at) : ref;
  const digest = at >= 0 ? ref.slice(at + 1) : undefined;
  if (digest !== undefined && !digestRe.test(digest)) throw invalid(ref, 'bad digest');
  const slash = namePart.lastIndexOf('/');
  const colon = namePart.lastIndexOf(':');
  const hasTag = colon > slash;
  const name = hasTag ? namePart.slice(0, colon) : namePart;
  const tag = hasTag ? namePart.slice(colon + 1) : undefined;
  if (tag !== undefined && !tagRe.test(tag)) throw invalid(ref, `bad tag ${JSON.stringify(tag)}`);

  let domain = defaultDomain;
  let path = name;
  const first = name.indexOf('/');
  if (first >= 0) {
    const head = name.slice(0, first);
    // docker's splitDockerDomain: a first component is a host when it looks like one.
    if (/[.:]/.test(head) || head === 'localhost' || head.toLowerCase() !== head) {
      domain = head;
      path = name.slice(first + 1);
    }
  }
  if (domain === legacyDomain) domain = defaultDomain;
  if (domain === defaultDomain && !path.includes('/')) path = `${officialRepoPrefix}${path}`;
  if (!domainRe.test(domain)) throw invalid(ref, `bad registry host ${JSON.stringify(domain)}`);
  if (path.toLowerCase() !== path) throw invalid(ref, 'repository name must be lowercase');
  if (!pathRe.test(path)) throw invalid(ref, `bad repository name ${JSON.stringify(path)}`);
  if (domain.length + 1 + path.length > maxNameLength)
    throw invalid(ref, `repository name longer than ${maxNameLength} characters`);
  return { domain, path, ...(tag !== undefined ? { tag } : {}), ...(digest ? { digest } : {}) };
}

/**
 * `busybox` → `docker.io/library/busybox:latest`; `localhost:5000/a@sha256:…` keeps its digest and
 * gets no tag. InvalidArgument on anything docker would refuse.
 */
export function normalizeRef(ref: string): string {
  const p = parseRef(ref);
  return formatRef(p.digest === undefined && p.tag === undefined ? { ...p, tag: defaultTag } : p);
}

export function formatRef(p: ParsedRef): string {
  let s = `${p.domain}/${p.path}`;
  if (p.tag !== undefined) s += `:${p.tag}`;
  if (p.digest !== undefined) s += `@${p.digest}`;
  return s;
}

/**
 * docker's short form, as `docker save` writes RepoTags: `docker.io/library/busybox:latest` →
 * `busybox:latest`, `docker.io/team/app:1` → `team/app:1`; other registries keep their host.
 */
export function familiarRef(ref: string): string {
  const p = parseRef(ref);
  if (p.domain !== defaultDomain) return formatRef(p);
  const path = p.path.startsWith(officialRepoPrefix) ? p.path.slice(officialRepoPrefix.length) : p.path;
  return `${path}${p.tag !== undefined ? `:${p.tag}` : ''}${p.digest !== undefined ? `@${p.digest}` : ''}`;
}

/** `docker.io/library/busybox` of any reference to it. */
export function repositoryOf(ref: string): string {
  const p = parseRef(ref);
  return `${p.domain}/${p.path}`;
}

/** normalizeRef, or undefined instead of an error (lookups try several interpretations). */
export function tryNormalizeRef(ref: string): string | undefined {
  try {
    return normalizeRef(ref);
  } catch {
    return undefined;
  }
}
