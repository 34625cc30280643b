import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the shared read-only busybox rootfs lives (scripts/setup builds it; tests build it on demand). */
export const busyboxRootfsDir = process.env['CORRAL_TEST_ROOTFS'] ?? '/var/lib/corral-test/busybox-rootfs';

/**
 * A minimal rootfs from Debian's busybox-static: /bin/busybox plus one relative symlink per applet,
 * and the few files a container expects. Built once, atomically (tmp dir + rename), then shared.
 */
export function ensureBusyboxRootfs(dir = busyboxRootfsDir, busybox = '/bin/busybox'): string {
  if (existsSync(join(dir, 'bin', 'busybox'))) return dir;
  if (!existsSync(busybox)) throw new Error(`${busybox} is missing: install busybox-static (scripts/setup)`);
  mkdirSync(dirname(dir), { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  for (const d of ['bin', 'dev', 'etc', 'proc', 'sys', 'tmp', 'root', 'var', 'run'])
    mkdirSync(join(tmp, d), { recursive: true });
  copyFileSync(busybox, join(tmp, 'bin', 'busybox'));
  execFileSync('chmod', ['0755', join(tmp, 'bin', 'busybox')]);
  const applets = execFileSync(busybox, ['--list'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const a of applets) if (a !== 'busybox') symlinkSync('busybox', join(tmp, 'bin', a));
  mkdirSync(join(tmp, 'usr'), { recursive: true });
  symlinkSync('../bin', join(tmp, 'usr', 'bin'));
  symlinkSync('bin', join(tmp, 'sbin'));
  writeFileSync(
    join(tmp, 'etc', 'passwd'),
    'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n',
  );
  writeFileSync(join(tmp, 'etc', 'group'), 'root:x:0:\nnogroup:x:65534:\n');
  execFileSync('chmod', ['1777', join(tmp, 'tmp')]);
  try {
    renameSync(tmp, dir);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(join(dir, 'bin', 'busybox'))) throw err;
  }
  return dir;
}
