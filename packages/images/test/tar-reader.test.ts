import assert from 'node:assert/strict';
import {
  linkSync,
  mkdirSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
  chownSync,
  truncateSync,
} from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { errorCode } from '@corral/api';
import { tempDir } from '@corral/test-utils';
import { execa } from 'execa';
import { readTar, type TarEntry } from '../src/tar-reader.js';
import { tarEnd, tarHeader, tarPadding } from '../src/tar-writer.js';
import { asStream } from './helpers/archives.js';

async function readAll(tar: Buffer): Promise<{ entry: TarEntry; content: string }[]> {
  const out: { entry: TarEntry; content: string }[] = [];
  for await (const { entry, body } of readTar(asStream(tar))) {
    const chunks: Buffer[] = [];
    for await (const c of body) chunks.push(c);
    out.push({ entry, content: Buffer.concat(chunks).toString() });
  }
  return out;
}

for (const format of ['gnu', 'pax', 'ustar']) {
  test(`reads GNU tar's ${format} output: long names, links, owners, modes, mtimes`, async (t) => {
    const dir = tempDir(t);
    const src = join(dir, 'src');
    const long = `${'d'.repeat(60)}/${'e'.repeat(60)}/file-with-a-long-name.txt`;
    mkdirSync(join(src, long, '..'), { recursive: true });
    writeFileSync(join(src, long), 'long');
    writeFileSync(join(src, 'big'), Buffer.alloc(70_000, 'b'));
    linkSync(join(src, 'big'), join(src, 'hard'));
    symlinkSync(format === 'ustar' ? 'big' : `../${'t'.repeat(120)}`, join(src, 'sym'));
    chownSync(join(src, 'big'), 4242, 4343);
    utimesSync(join(src, 'big'), 1_234_567_890, 1_234_567_890);
    const { stdout } = await execa(
      'tar',
      [`--format=${format}`, '--sort=name', '--numeric-owner', '-C', src, '-cf', '-', '.'],
      { encoding: 'buffer' },
    );
    const entries = await readAll(Buffer.from(stdout));
    const by = new Map(entries.map((e) => [e.entry.name.replace(/^\.\//, ''), e]));
    assert.equal(by.get(long)?.content, 'long');
    assert.equal(by.get(long)?.entry.type, 'file');
    const big = by.get('big');
    assert.equal(big?.content.length, 70_000);
    assert.equal(big.entry.uid, 4242);
    assert.equal(big.entry.gid, 4343);
    assert.equal(big.entry.mtime, 1_234_567_890);
    assert.equal(by.get('hard')?.entry.type, 'hardlink');
    assert.equal(by.get('hard')?.entry.linkname.replace(/^\.\//, ''), 'big');
    assert.equal(by.get('sym')?.entry.type, 'symlink');
    assert.equal(by.get('sym')?.entry.linkname, format === 'ustar' ? 'big' : `../${'t'.repeat(120)}`);
    assert.equal(by.get('')?.entry.type, 'dir');
  });
}

test('round-trips its own writer: pax names, xattrs, big ids, devices', async () => {
  const content = Buffer.from('hello');
  const name = `${'n'.repeat(150)}/f`;
  const tar = Buffer.concat([
    tarHeader({
      name,
      type: 'file',
      mode: 0o4755,
      uid: 3_000_000,
      gid: 7,
      size: content.length,
      mtime: 5.5,
      xattrs: new Map([['security.capability', Buffer.from([1, 0, 0, 2])]]),
    }),
    content,
    tarPadding(content.length),
    tarHeader({ name: 'dev/null', type: 'char', mode: 0o666, devmajor: 1, devminor: 3 }),
    tarHeader({ name: 'd/', type: 'dir', mode: 0o1777 }),
    tarEnd(),
  ]);
  const [f, dev, d] = await readAll(tar);
  assert.equal(f?.entry.name, name);
  assert.equal(f.content, 'hello');
  assert.equal(f.entry.mode, 0o4755);
  assert.equal(f.entry.uid, 3_000_000);
  assert.equal(f.entry.mtime, 5.5);
  assert.deepEqual([...f.entry.xattrs], [['security.capability', Buffer.from([1, 0, 0, 2])]]);
  assert.equal(dev?.entry.type, 'char');
  assert.deepEqual([dev.entry.devmajor, dev.entry.devminor], [1, 3]);
  assert.equal(d?.entry.type, 'dir');
  assert.equal(d.entry.mode, 0o1777);
});

test('skips bodies the reader does not consume', async () => {
  const a = Buffer.alloc(1000, 'a');
  const tar = Buffer.concat([
    tarHeader({ name: 'a', type: 'file', mode: 0o644, size: a.length }),
    a,
    tarPadding(a.length),
    tarHeader({ name: 'b', type: 'file', mode: 0o644, size: 1 }),
    Buffer.from('b'),
    tarPadding(1),
    tarEnd(),
  ]);
  const names: string[] = [];
  for await (const { entry } of readTar(asStream(tar))) names.push(entry.name);
  assert.deepEqual(names, ['a', 'b']);
});

test('refuses damaged and unsupported archives with InvalidArgument', async (t) => {
  const good = Buffer.concat([
    tarHeader({ name: 'f', type: 'file', mode: 0o644, size: 3 }),
    Buffer.from('abc'),
    tarPadding(3),
    tarEnd(),
  ]);
  const badSum = Buffer.from(good);
  badSum[10] = 0x41;
  const truncated = good.subarray(0, 512 + 1);
  for (const [what, tar] of [
    ['checksum', badSum],
    ['truncated', truncated],
  ] as const) {
    await assert.rejects(readAll(tar), (err: unknown) => errorCode(err) === 'InvalidArgument', what);
  }
  const dir = tempDir(t);
  writeFileSync(join(dir, 'sparse'), 'x');
  truncateSync(join(dir, 'sparse'), 1 << 20);
  const { stdout } = await execa('tar', ['--format=gnu', '-S', '-C', dir, '-cf', '-', 'sparse'], {
    encoding: 'buffer',
  });
  await assert.rejects(readAll(Buffer.from(stdout)), /sparse|unsupported entry type/);
});
