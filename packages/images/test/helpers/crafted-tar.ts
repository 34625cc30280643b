/**
 * Tars byte by byte, for entries GNU tar will not write (`../..`, absolute names, links through
 * symlinks). Plain ustar, names under 100 bytes; deliberately independent of the store's writer.
 */
export interface CraftedEntry {
  name: string;
  type: 'file' | 'dir' | 'symlink' | 'hardlink';
  content?: string;
  linkname?: string;
  mode?: number;
}

const flags = { file: '0', hardlink: '1', symlink: '2', dir: '5' } as const;

export function craftTar(entries: CraftedEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const body = Buffer.from(e.content ?? '');
    const h = Buffer.alloc(512);
    h.write(e.name, 0, 100, 'utf8');
    h.write(`${(e.mode ?? (e.type === 'dir' ? 0o755 : 0o644)).toString(8).padStart(7, '0')}\0`, 100);
    h.write('0000000\0', 108);
    h.write('0000000\0', 116);
    h.write(`${body.length.toString(8).padStart(11, '0')}\0`, 124);
    h.write('00000000000\0', 136);
    h.write('        ', 148);
    h.write(flags[e.type], 156);
    h.write(e.linkname ?? '', 157, 100, 'utf8');
    h.write('ustar\0' + '00', 257, 'latin1');
    let sum = 0;
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    parts.push(h, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}
