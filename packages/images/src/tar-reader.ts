import { CorralError } from '@corral/api';
import { ByteReader, type ByteSource } from './byte-reader.js';

export type TarEntryType = 'file' | 'hardlink' | 'symlink' | 'char' | 'block' | 'dir' | 'fifo';

export interface TarEntry {
  /** As written in the archive (PAX `path` / GNU long name applied); not yet cleaned. */
  name: string;
  type: TarEntryType;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  /** Seconds since the epoch, fractional when a PAX header gives it. */
  mtime: number;
  linkname: string;
  devmajor: number;
  devminor: number;
  /** From PAX `SCHILY.xattr.<name>` records. */
  xattrs: Map<string, Buffer>;
}

export interface TarItem {
  entry: TarEntry;
  /** The entry's content; whatever is not read is skipped before the next item. */
  body: AsyncIterable<Buffer>;
}

export interface ReadTarOptions {
  /** Read the input to its end after the end-of-archive blocks (a diff_id covers those bytes). */
  drain?: boolean;
}

const block = 512;
/** PAX and GNU long-name bodies are metadata: anything bigger is an attack on memory. */
const maxMetaSize = 1 << 20;

const typeFlags: Record<string, TarEntryType> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file',
  '1': 'hardlink',
  '2': 'symlink',
  '3': 'char',
  '4': 'block',
  '5': 'dir',
  '6': 'fifo',
};

const bad = (msg: string): CorralError => new CorralError('InvalidArgument', `read tar: ${msg}`);

/**
 * A streaming tar reader for ustar, POSIX pax and GNU archives (long names and links, base-256
 * numbers). Sparse files, multi-volume and GNU dump-dir entries are refused rather than guessed at.
 */
export async function* readTar(source: ByteSource, opts: ReadTarOptions = {}): AsyncGenerator<TarItem> {
  const r = new ByteReader(source);
  try {
    let globalPax = new Map<string, Buffer>();
    let pax = new Map<string, Buffer>();
    let longName: string | undefined;
    let longLink: string | undefined;
    for (;;) {
      const at = r.consumed;
      const header = await r.readExact(block);
      if (header === undefined) break; // no end-of-archive blocks: tolerated, as GNU tar does
      if (isZero(header)) {
        // End of archive: two zero blocks (a single one is tolerated).
        await r.readExact(block);
        if (opts.drain) await r.drain();
        return;
      }
      verifyChecksum(header, at);
      const flag = String.fromCharCode(header[156] ?? 0);
      const size = readNumber(header, 124, 12, 'size', at);
      const padded = Math.ceil(size / block) * block;
      if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
        if (size > maxMetaSize) throw bad(`metadata entry of ${size} bytes at byte ${at}`);
        const body = (await r.readExact(padded)) ?? Buffer.alloc(0);
        const data = body.subarray(0, size);
        if (flag === 'x') pax = new Map([...pax, ...parsePax(data, at)]);
        else if (flag === 'g') {
          // A global path, link or size would rename or resize every later entry: ignored.
          const g = [...parsePax(data, at)].filter(([k]) => !['path', 'linkpath', 'size'].includes(k));
          globalPax = new Map([...globalPax, ...g]);
        } else if (flag === 'L') longName = cString(data);
        else longLink = cString(data);
        continue;
      }
      const type = typeFlags[flag];
      if (type === undefined) throw bad(`unsupported entry type '${printable(flag)}' at byte ${at}`);
      const records = new Map([...globalPax, ...pax]);
      if ([...records.keys()].some((k) => k.startsWith('GNU.sparse.')))
        throw bad(`sparse files are not supported (byte ${at})`);
      const entry = headerEntry(header, type, records, longName, longLink, at);
      pax = new Map();
      longName = undefined;
      longLink = undefined;
      // Links, devices, fifos and dirs carry no content even when a size is written.
      const contentSize = type === 'file' ? entry.size : 0;
      const bodyPadded = type === 'file' ? Math.ceil(contentSize / block) * block : padded;
      let consumed = 0;
      const body = (async function* () {
        for await (const chunk of r.stream(contentSize)) {
          consumed += chunk.length;
          yield chunk;
        }
      })();
      yield { entry, body };
      // Skip what the consumer left, then the padding.
      await r.skip(contentSize - consumed + (bodyPadded - contentSize));
    }
  } finally {
    await r.close();
  }
}

function headerEntry(
  h: Buffer,
  type: TarEntryType,
  pax: Map<string, Buffer>,
  longName: string | undefined,
  longLink: string | undefined,
  at: number,
): TarEntry {
  const magic = h.subarray(257, 263).toString('latin1');
  // Only POSIX ustar has a prefix field; GNU keeps atime/ctime there.
  const prefix = magic === 'ustar\0' ? cString(h.subarray(345, 500)) : '';
  let name = cString(h.subarray(0, 100));
  if (prefix) name = `${prefix}/${name}`;
  let linkname = cString(h.subarray(157, 257));
  const paxText = (k: string): string | undefined => pax.get(k)?.toString('utf8');
  const paxNumber = (k: string): number | undefined => {
    const v = paxText(k);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw bad(`bad pax ${k}=${JSON.stringify(v)} at byte ${at}`);
    return n;
  };
  name = paxText('path') ?? longName ?? name;
  linkname = paxText('linkpath') ?? longLink ?? linkname;
  // Old tars mark directories only by a trailing slash.
  if (type === 'file' && name.endsWith('/')) type = 'dir';
  const xattrs = new Map<string, Buffer>();
  for (const [k, v] of pax) if (k.startsWith('SCHILY.xattr.')) xattrs.set(k.slice(13), v);
  const size = paxNumber('size') ?? readNumber(h, 124, 12, 'size', at);
  if (!Number.isSafeInteger(size)) throw bad(`bad size at byte ${at}`);
  return {
    name,
    type,
    mode: readNumber(h, 100, 8, 'mode', at) & 0o7777,
    uid: paxNumber('uid') ?? readNumber(h, 108, 8, 'uid', at),
    gid: paxNumber('gid') ?? readNumber(h, 116, 8, 'gid', at),
    size,
    mtime: paxNumber('mtime') ?? readNumber(h, 136, 12, 'mtime', at),
    linkname,
    devmajor: type === 'char' || type === 'block' ? readNumber(h, 329, 8, 'devmajor', at) : 0,
    devminor: type === 'char' || type === 'block' ? readNumber(h, 337, 8, 'devminor', at) : 0,
    xattrs,
  };
}

/** Octal text (NUL/space terminated) or GNU base-256 (high bit of the first byte set). */
function readNumber(h: Buffer, off: number, len: number, what: string, at: number): number {
  const field = h.subarray(off, off + len);
  const first = field[0] ?? 0;
  if (first & 0x80) {
    if (first === 0xff) throw bad(`negative ${what} at byte ${at}`);
    let n = first & 0x7f;
    for (let i = 1; i < field.length; i++) n = n * 256 + (field[i] ?? 0);
    if (!Number.isSafeInteger(n)) throw bad(`${what} too large at byte ${at}`);
    return n;
  }
  const text = field
    .toString('latin1')
    .replace(/[\0 ]+$/, '')
    .replace(/^[ ]+/, '');
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) throw bad(`bad ${what} field ${JSON.stringify(text)} at byte ${at}`);
  return parseInt(text, 8);
}

function verifyChecksum(h: Buffer, at: number): void {
  const stored = readNumber(h, 148, 8, 'checksum', at);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < block; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : (h[i] ?? 0);
    unsigned += b;
    signed += b >= 0x80 ? b - 256 : b;
  }
  if (stored !== unsigned && stored !== signed) throw bad(`header checksum mismatch at byte ${at}`);
}

/** PAX records: "<len> <key>=<value>\n", len counting the whole record in bytes. */
function parsePax(data: Buffer, at: number): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let i = 0;
  while (i < data.length) {
    if (data[i] === 0) break;
    const space = data.indexOf(0x20, i);
    if (space < 0) throw bad(`bad pax record at byte ${at}`);
    const len = Number(data.subarray(i, space).toString('latin1'));
    if (!Number.isSafeInteger(len) || len <= space - i + 1 || i + len > data.length)
      throw bad(`bad pax record length at byte ${at}`);
    const record = data.subarray(space + 1, i + len - 1);
    const eq = record.indexOf(0x3d);
    if (eq < 0 || data[i + len - 1] !== 0x0a) throw bad(`bad pax record at byte ${at}`);
    out.set(record.subarray(0, eq).toString('utf8'), Buffer.from(record.subarray(eq + 1)));
    i += len;
  }
  return out;
}

function cString(b: Buffer): string {
  const nul = b.indexOf(0);
  return (nul >= 0 ? b.subarray(0, nul) : b).toString('utf8');
}

function isZero(b: Buffer): boolean {
  for (const x of b) if (x !== 0) return false;
  return true;
}

function printable(c: string): string {
  return /^[\x20-\x7e]$/.test(c) ? c : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
}
