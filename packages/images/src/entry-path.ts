import { CorralError } from '@corral/api';

const bad = (name: string, why: string): CorralError =>
  new CorralError('InvalidArgument', `layer entry ${JSON.stringify(name)}: ${why}`);

/**
 * A layer entry's path made relative and clean (`./a//b/` → `a/b`, `./` → '' for the root).
 * Absolute paths and `..` components are refused outright: an image has no business naming
 * anything outside its root, and quietly rewriting them would hide a malicious layer.
 */
export function cleanEntryPath(name: string): string {
  if (name.includes('\0')) throw bad(name, 'NUL in path');
  if (name.startsWith('/')) throw bad(name, 'absolute path');
  const parts: string[] = [];
  for (const p of name.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') throw bad(name, "'..' component escapes the root");
    parts.push(p);
  }
  return parts.join('/');
}

export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

export function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function joinRel(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

type Kind = 'dir' | 'other';

/**
 * What one layer has created so far, by path. It enforces the rules that keep extraction inside the
 * root without trusting the filesystem: no entry may pass through a non-directory this layer made
 * (`lnk -> /` then `lnk/etc/evil`), and a hard link may only point at a non-directory made earlier in
 * the same layer. Whiteouts use it to leave the layer's own entries alone.
 */
export class LayerPaths {
  private readonly kinds = new Map<string, Kind>();

  kind(path: string): Kind | undefined {
    return this.kinds.get(path);
  }

  /** Throws when a proper parent of `path` is a non-directory this layer created. */
  checkParents(path: string, name: string): void {
    let i = path.indexOf('/');
    while (i >= 0) {
      const parent = path.slice(0, i);
      if (this.kinds.get(parent) === 'other')
        throw bad(name, `parent ${JSON.stringify(parent)} is not a directory (a symlink?) in this layer`);
      i = path.indexOf('/', i + 1);
    }
  }

  checkLinkTarget(target: string, name: string): void {
    if (target === '') throw bad(name, 'hard link to the root');
    this.checkParents(target, name);
    const k = this.kinds.get(target);
    if (k === undefined) throw bad(name, `hard link target ${JSON.stringify(target)} is not in this layer`);
    if (k === 'dir') throw bad(name, `hard link target ${JSON.stringify(target)} is a directory`);
  }

  record(path: string, kind: Kind): void {
    const before = this.kinds.get(path);
    if (before === 'dir' && kind !== 'dir') {
      // The directory is replaced: whatever was under it is gone.
      const prefix = `${path}/`;
      for (const k of [...this.kinds.keys()]) if (k.startsWith(prefix)) this.kinds.delete(k);
    }
    this.kinds.set(path, kind);
  }

  /** Implicit parents become directories (extraction creates them). */
  recordParents(path: string): void {
    let i = path.indexOf('/');
    while (i >= 0) {
      const parent = path.slice(0, i);
      if (!this.kinds.has(parent)) this.kinds.set(parent, 'dir');
      i = path.indexOf('/', i + 1);
    }
  }
}
