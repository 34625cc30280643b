import { native } from './addon.js';
import { withContext } from './errors.js';

// <sys/mount.h>
const MS = {
  RDONLY: 0x1,
  NOSUID: 0x2,
  NODEV: 0x4,
  NOEXEC: 0x8,
  SYNCHRONOUS: 0x10,
  REMOUNT: 0x20,
  MANDLOCK: 0x40,
  DIRSYNC: 0x80,
  NOATIME: 0x400,
  NODIRATIME: 0x800,
  BIND: 0x1000,
  REC: 0x4000,
  UNBINDABLE: 0x20000,
  PRIVATE: 0x40000,
  SLAVE: 0x80000,
  SHARED: 0x100000,
  RELATIME: 0x200000,
  STRICTATIME: 0x1000000,
} as const;
const MNT_DETACH = 0x2;

/** Option words that set (or, `clear`, unset) mount flags, as containerd's and mount(8)'s tables. */
const flagWords: Record<string, { flag: number; clear?: true }> = {
  async: { flag: MS.SYNCHRONOUS, clear: true },
  atime: { flag: MS.NOATIME, clear: true },
  bind: { flag: MS.BIND },
  defaults: { flag: 0 },
  dev: { flag: MS.NODEV, clear: true },
  diratime: { flag: MS.NODIRATIME, clear: true },
  dirsync: { flag: MS.DIRSYNC },
  exec: { flag: MS.NOEXEC, clear: true },
  mand: { flag: MS.MANDLOCK },
  noatime: { flag: MS.NOATIME },
  nodev: { flag: MS.NODEV },
  nodiratime: { flag: MS.NODIRATIME },
  noexec: { flag: MS.NOEXEC },
  nomand: { flag: MS.MANDLOCK, clear: true },
  norelatime: { flag: MS.RELATIME, clear: true },
  nostrictatime: { flag: MS.STRICTATIME, clear: true },
  nosuid: { flag: MS.NOSUID },
  rbind: { flag: MS.BIND | MS.REC },
  relatime: { flag: MS.RELATIME },
  remount: { flag: MS.REMOUNT },
  ro: { flag: MS.RDONLY },
  rw: { flag: MS.RDONLY, clear: true },
  strictatime: { flag: MS.STRICTATIME },
  suid: { flag: MS.NOSUID, clear: true },
  sync: { flag: MS.SYNCHRONOUS },
};

/** Propagation words: a mount call of their own, after the mount (the kernel takes them alone). */
const propagationWords: Record<string, number> = {
  private: MS.PRIVATE,
  rprivate: MS.PRIVATE | MS.REC,
  shared: MS.SHARED,
  rshared: MS.SHARED | MS.REC,
  slave: MS.SLAVE,
  rslave: MS.SLAVE | MS.REC,
  unbindable: MS.UNBINDABLE,
  runbindable: MS.UNBINDABLE | MS.REC,
};

export interface ParsedMountOptions {
  flags: number;
  /** The propagation change to apply after mounting (0: none). */
  propagation: number;
  /** What the filesystem gets as its data: the words that are not flags (`lowerdir=…`). */
  data: string;
}

/** Splits mount option words into flags, propagation and filesystem data, as mount(8) does. */
export function parseMountOptions(options: readonly string[]): ParsedMountOptions {
  let flags = 0;
  let propagation = 0;
  const data: string[] = [];
  for (const word of options) {
    if (word === '') continue;
    const f = flagWords[word];
    if (f) flags = f.clear ? flags & ~f.flag : flags | f.flag;
    else if (word in propagationWords) propagation = propagationWords[word]!;
    else data.push(word);
  }
  return { flags, propagation, data: data.join(',') };
}

/**
 * `mount -t type -o options source target` as one system call (two or three when a read-only bind
 * needs its remount or the options change propagation), never a mount(8) process. A bind is a bind
 * whatever `type` says. Rejects with a SysError (EINVAL, ENOENT, EPERM …) naming what was mounted.
 */
export async function mountFilesystem(
  type: string,
  source: string,
  target: string,
  options: readonly string[],
): Promise<void> {
  const o = parseMountOptions(options);
  const bind = (o.flags & MS.BIND) !== 0;
  await native().mount(source, target, bind ? null : type, o.flags, o.data === '' ? null : o.data);
  try {
    // A bind ignores MS_RDONLY (and nosuid, nodev, noexec): they take a remount of the bind.
    const perMount = MS.RDONLY | MS.NOSUID | MS.NODEV | MS.NOEXEC;
    if (bind && (o.flags & perMount) !== 0) {
      await native().mount(null, target, null, MS.REMOUNT | MS.BIND | (o.flags & perMount), null);
    }
    if (o.propagation !== 0) await native().mount(null, target, null, o.propagation, null);
  } catch (err) {
    // Not half made: a bind that should be read-only is not left writable.
    await unmount(target, { detach: true }).catch(() => undefined);
    throw withContext(err, `mount ${bind ? 'bind' : type} ${source} on ${target}`);
  }
}

/** umount2(target); `detach`: MNT_DETACH (lazy: gone from the tree now, freed once unused). */
export async function unmount(target: string, { detach = false }: { detach?: boolean } = {}): Promise<void> {
  await native().umount2(target, detach ? MNT_DETACH : 0);
}
