import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { CorralError } from '@corral/api';
import { execa } from 'execa';
import { lstatOrUndefined, type SafeDirs } from './fs-safe.js';
import { tarEnd, tarHeader, tarPadding, type TarHeaderInput } from './tar-writer.js';

interface NonDirEntry {
  header: TarHeaderInput;
  /** Content of a regular file that carries xattrs, staged outside the root. */
  bodyPath?: string;
}

/**
 * What Node cannot make: device nodes, fifos (mknod) and extended attributes (setxattr) — overlay
 * whiteouts and opaque markers among them. They are collected while a layer is extracted and made
 * at the end in one GNU tar run fed a tar we write from validated paths, so a layer without them
 * costs no process, and one with thousands costs one.
 */
export class SpecialFiles {
  private readonly nonDirs = new Map<string, NonDirEntry>();
  private readonly dirXattrs = new Map<string, Map<string, Buffer>>();

  get size(): number {
    return this.nonDirs.size + this.dirXattrs.size;
  }

  has(path: string): boolean {
    return this.nonDirs.has(path);
  }

  add(path: string, header: Omit<TarHeaderInput, 'name'>, bodyPath?: string): void {
    this.drop(path);
    this.nonDirs.set(path, { header: { ...header, name: path }, ...(bodyPath ? { bodyPath } : {}) });
  }

  /** xattrs to set on a directory that exists (its mode and owner are read when flushing). */
  addDirXattrs(path: string, xattrs: ReadonlyMap<string, Buffer>): void {
    const m = this.dirXattrs.get(path) ?? new Map<string, Buffer>();
    for (const [k, v] of xattrs) m.set(k, v);
    this.dirXattrs.set(path, m);
  }

  /** A later entry at `path` replaces whatever was queued there or under it. */
  drop(path: string): void {
    const prefix = `${path}/`;
    for (const k of [...this.nonDirs.keys()]) if (k === path || k.startsWith(prefix)) this.nonDirs.delete(k);
    for (const k of [...this.dirXattrs.keys()])
      if (k === path || k.startsWith(prefix)) this.dirXattrs.delete(k);
  }

  /** Makes everything queued under `dirs.root`; parents are re-checked to be real directories first. */
  async flush(dirs: SafeDirs, what: string, sameOwner: boolean): Promise<void> {
    if (this.size === 0) return;
    const dirHeaders: TarHeaderInput[] = [];
    for (const [path, xattrs] of this.dirXattrs) {
      const st = lstatOrUndefined(dirs.abs(path));
      if (!st?.isDirectory() || !dirs.parentsAreDirs(path))
        throw new CorralError('Internal', `${what}: ${path} is no longer a directory`);
      dirHeaders.push({
        name: path === '' ? '.' : path,
        type: 'dir',
        mode: st.mode & 0o7777,
        uid: st.uid,
        gid: st.gid,
        mtime: Math.floor(st.mtimeMs / 1000),
        xattrs,
      });
    }
    for (const path of this.nonDirs.keys()) {
      if (!dirs.parentsAreDirs(path))
        throw new CorralError('Internal', `${what}: a parent of ${path} is no longer a directory`);
    }
    const nonDirs = [...this.nonDirs.values()];
    async function* archive(): AsyncGenerator<Buffer> {
      for (const h of dirHeaders) yield tarHeader(h);
      for (const e of nonDirs) {
        yield tarHeader(e.header);
        if (e.bodyPath !== undefined) {
          for await (const chunk of createReadStream(e.bodyPath)) yield chunk as Buffer;
          yield tarPadding(e.header.size ?? 0);
        }
      }
      yield tarEnd();
    }
    const args = [
      '-x',
      '-f',
      '-',
      '-C',
      dirs.root,
      '--numeric-owner',
      '-p',
      '--xattrs',
      '--xattrs-include=*',
    ];
    args.push(sameOwner ? '--same-owner' : '--no-same-owner');
    const result = await execa('tar', args, {
      input: Readable.from(archive()),
      reject: false,
      stripFinalNewline: true,
    });
    if (result.exitCode !== 0 || result.failed) {
      throw new CorralError(
        'Internal',
        `${what}: make device nodes, fifos and xattrs with tar: ${result.stderr || result.shortMessage}`,
      );
    }
  }
}
