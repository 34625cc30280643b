// mount(2)/umount2(2) through the addon: what the shim mounts a rootfs with instead of mount(8).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defer, mountsUnder, skipUnless, tempDir } from '@corral/test-utils';
import { mountFilesystem, parseMountOptions, unmount } from '../src/mount.js';

test('option words split into flags, propagation and filesystem data as mount(8) does', () => {
  assert.deepEqual(parseMountOptions(['ro', 'nosuid', 'lowerdir=/a:/b', '', 'rprivate']), {
    flags: 0x1 | 0x2,
    propagation: 0x40000 | 0x4000,
    data: 'lowerdir=/a:/b',
  });
  assert.deepEqual(parseMountOptions(['rbind', 'ro', 'rw']), {
    flags: 0x1000 | 0x4000,
    propagation: 0,
    data: '',
  });
  assert.deepEqual(parseMountOptions(['defaults', 'size=1m', 'mode=755']), {
    flags: 0,
    propagation: 0,
    data: 'size=1m,mode=755',
  });
});

/** A fresh dir under a test temp dir; whatever the test mounted there is detached afterwards. */
function scratch(t: Parameters<typeof tempDir>[0]): string {
  const dir = tempDir(t);
  defer(t, async () => {
    for (const m of mountsUnder(dir)) await unmount(m, { detach: true }).catch(() => undefined);
  });
  return dir;
}

test('overlay from option words, read-only bind (remounted), then unmounted', async (t) => {
  if (skipUnless(t, { root: true })) return;
  const dir = scratch(t);
  const [lower, upper, work, merged, ro] = ['lower', 'upper', 'work', 'merged', 'ro'].map((d) =>
    join(dir, d),
  );
  for (const d of [lower, upper, work, merged, ro]) mkdirSync(d!);
  writeFileSync(join(lower!, 'from-lower'), 'x');
  await mountFilesystem('overlay', 'overlay', merged!, [
    `lowerdir=${lower}`,
    `upperdir=${upper}`,
    `workdir=${work}`,
  ]);
  assert.deepEqual(mountsUnder(merged!), [merged]);
  assert.equal(readFileSync(join(merged!, 'from-lower'), 'utf8'), 'x');
  writeFileSync(join(merged!, 'new'), 'y');
  assert.equal(readFileSync(join(upper!, 'new'), 'utf8'), 'y', 'writes land in the upper dir');

  await mountFilesystem('bind', merged!, ro!, ['rbind', 'ro']);
  assert.equal(readFileSync(join(ro!, 'new'), 'utf8'), 'y');
  assert.throws(() => writeFileSync(join(ro!, 'nope'), 'z'), { code: 'EROFS' }, 'ro applies to a bind');

  await unmount(ro!);
  await unmount(merged!);
  assert.deepEqual(mountsUnder(dir), []);
});

test('failures are SysErrors naming what was mounted, and leave nothing mounted', async (t) => {
  if (skipUnless(t, { root: true })) return;
  const dir = scratch(t);
  const target = join(dir, 't');
  mkdirSync(target);
  await assert.rejects(mountFilesystem('no-such-fs', 'none', target, []), {
    name: 'SysError',
    code: 'ENODEV',
    syscall: 'mount',
    message: new RegExp(`^mount no-such-fs none on ${target}: No such device$`),
  });
  await assert.rejects(mountFilesystem('tmpfs', 'tmpfs', join(dir, 'missing'), []), { code: 'ENOENT' });
  await assert.rejects(mountFilesystem('overlay', 'overlay', target, ['lowerdir=/nonexistent-corral']), {
    code: 'ENOENT',
  });
  await assert.rejects(unmount(target), { code: 'EINVAL', syscall: 'umount2' }, 'not a mount point');
  await assert.rejects(mountFilesystem('tmpfs', 'tmp\0fs', target, []), { name: 'TypeError' });
  assert.deepEqual(mountsUnder(dir), []);
});
