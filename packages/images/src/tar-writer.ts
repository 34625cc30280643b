import type { TarEntryType } from './tar-reader.js';

export interface TarHeaderInput {
  name: string;
  type: TarEntryType;
  mode: number;
  uid?: number;
  gid?: number;
  size?: number;
  /** Seconds since the epoch (integer part written to ustar; PAX when fractional). */
  mtime?: number;
  linkname?: string;
  devmajor?: number;
  devminor?: number;
  xattrs?: ReadonlyMap<string, Buffer>;
}

const block = 512;
const typeFlag: Record<TarEntryType, string> = {
  file: '0',
  hardlink: '1',
  symlink: '2',
  char: '3',
  block: '4',
  dir: '5',
  fifo: '6',
};

/**
 * The header block(s) of one entry: ustar, preceded by a PAX header when a name or link is too long
 * for ustar, a number does not fit, or there are xattrs. Deterministic: nothing but the input goes in
 * (no atime/ctime, no uname/gname), so the same tree always packs to the same bytes.
 */
export function tarHeader(e: TarHeaderInput): Buffer {
  const size = e.type === 'file' ? (e.size ?? 0) : 0;
  const mtime = e.mtime ?? 0;
  const linkname = e.linkname ?? '';
  const records: [string, Buffer][] = [];
  if (Buffer.byteLength(e.name) > 100) records.push(['path', Buffer.from(e.name)]);
  if (Buffer.byteLength(linkname) > 100) records.push(['linkpath', Buffer.from(linkname)]);
  if (size > 0o77777777777) records.push(['size', Buffer.from(String(size))]);
  if (!Number.isInteger(mtime)) records.push(['mtime', Buffer.from(mtime.toFixed(9))]);
  for (const [k, v] of e.xattrs ?? []) records.push([`SCHILY.xattr.${k}`, v]);
  const ustar = ustarBlock({
    name: truncate(e.name, 100),
    flag: typeFlag[e.type],
    mode: e.mode & 0o7777,
    uid: e.uid ?? 0,
    gid: e.gid ?? 0,
    size: Math.min(size, 0o77777777777),
    mtime: Math.floor(mtime),
    linkname: truncate(linkname, 100),
    devmajor: e.devmajor ?? 0,
    devminor: e.devminor ?? 0,
  });
  if (records.length === 0) return ustar;
  const body = Buffer.concat(records.map(([k, v]) => paxRecord(k, v)));
  const paxHeader = ustarBlock({
    name: truncate(`PaxHeaders/${e.name}`, 100),
    flag: 'x',
    mode: 0o644,
    uid: 0,
    gid: 0,
    size: body.length,
    mtime: 0,
    linkname: '',
    devmajor: 0,
    devminor: 0,
  });
  return Buffer.concat([paxHeader, body, tarPadding(body.length), ustar]);
}

/** Zero bytes that round `size` up to the next 512-byte block. */
export function tarPadding(size: number): Buffer {
  return Buffer.alloc((block - (size % block)) % block);
}

/** The two zero blocks that end an archive. */
export function tarEnd(): Buffer {
  return Buffer.alloc(2 * block);
}

interface UstarFields {
  name: string;
  flag: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number;
  linkname: string;
  devmajor: number;
  devminor: number;
}

function ustarBlock(f: UstarFields): Buffer {
  const h = Buffer.alloc(block);
  h.write(f.name, 0, 100, 'utf8');
  octal(h, 100, 8, f.mode);
  octal(h, 108, 8, f.uid);
  octal(h, 116, 8, f.gid);
  octal(h, 124, 12, f.size);
  octal(h, 136, 12, f.mtime);
  h.fill(0x20, 148, 156);
  h.write(f.flag, 156, 1, 'latin1');
  h.write(f.linkname, 157, 100, 'utf8');
  h.write('ustar\0', 257, 6, 'latin1');
  h.write('00', 263, 2, 'latin1');
  octal(h, 329, 8, f.devmajor);
  octal(h, 337, 8, f.devminor);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
  return h;
}

/** Zero-padded octal with a NUL terminator; values too large go in PAX (or base-256 for ids). */
function octal(h: Buffer, off: number, len: number, value: number): void {
  const text = value.toString(8);
  if (text.length > len - 1) {
    // GNU base-256: high bit set, big-endian in the remaining bytes.
    let v = value;
    for (let i = off + len - 1; i > off; i--) {
      h[i] = v % 256;
      v = Math.floor(v / 256);
    }
    h[off] = 0x80;
    return;
  }
  h.write(`${text.padStart(len - 1, '0')}\0`, off, len, 'latin1');
}

function paxRecord(key: string, value: Buffer): Buffer {
  const rest = Buffer.byteLength(key) + value.length + 3; // ' ', '=', '\n'
  let len = rest + String(rest).length;
  if (String(len).length !== String(rest).length) len = rest + String(len).length;
  return Buffer.concat([Buffer.from(`${len} ${key}=`), value, Buffer.from('\n')]);
}

/** Cut to at most `max` UTF-8 bytes without splitting a character. */
function truncate(s: string, max: number): string {
  if (Buffer.byteLength(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (Buffer.byteLength(out + ch) > max) break;
    out += ch;
  }
  return out;
}
