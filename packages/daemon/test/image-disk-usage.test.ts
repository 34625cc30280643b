// Disk used by ten running containers of one image (issue #8's closing measure): the layers are
// unpacked once and shared as overlay lower dirs, so ten containers cost about one unpacked image
// plus a small upper dir each, not ten copies. Measured with du, as a user would.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createReadStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { connect } from '@corral/client';
import { toBigInt } from '@corral/api';
import { buildLayeredImage, defer, skipUnless, tempDir } from '@corral/test-utils';
import { startTestDaemon } from './helpers/test-daemon.js';

const containers = 10;
const payloadBytes = 32 * 1024 * 1024;
/** What one running container may add: its upper/work dirs, records and CRI log (a few kB here). */
const perContainerBudget = 1024 * 1024;

/** Bytes of disk blocks under `path`, one filesystem, each inode once (`du -sxk`). */
function du(path: string): number {
  return Number(execFileSync('du', ['-sxk', path], { encoding: 'utf8' }).split('\t')[0]) * 1024;
}

const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;

test(`${containers} containers of one image use about one unpacked image of disk, not ${containers}`, async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc', 'du'] })) return;
  const h = await startTestDaemon(t);
  const c = await connect({ socket: h.socket });
  defer(t, () => c.close());
  const image = await buildLayeredImage(tempDir(t), 'big', { extraBytes: payloadBytes });
  const ref = 'example.com/corral/big:1';
  const imported = await c.images.importImage({ name: ref }, createReadStream(image.tar));
  const imageSize = Number(toBigInt(imported.images?.[0]?.size));

  const before = du(h.root);
  const ids: string[] = [];
  for (let i = 0; i < containers; i++) {
    const r = await c.runtime.createContainer({
      config: { image: { image: ref }, command: ['sleep', '1000'] },
    });
    ids.push(r.containerId ?? '');
    await c.runtime.startContainer({ containerId: r.containerId ?? '' });
  }
  // Every container writes a little, as a real one would.
  for (const id of ids)
    await c.runtime.execSync({ containerId: id, cmd: ['sh', '-c', 'echo hi > /tmp/note'] });
  const after = du(h.root);

  const snapshots = join(h.root, 'images', 'snapshots');
  const unpacked = du(join(snapshots, 'layers'));
  const perContainer = readdirSync(join(snapshots, 'containers')).map((k) =>
    du(join(snapshots, 'containers', k)),
  );
  assert.equal(perContainer.length, containers);
  const growth = after - before;
  for (const line of [
    `image ${ref}: ${mib(imageSize)} compressed, ${mib(unpacked)} unpacked (${image.layers.length} layers)`,
    `root before ${mib(before)}, after ${containers} running containers ${mib(after)}: +${mib(growth)}`,
    `per container snapshot: max ${(Math.max(...perContainer) / 1024).toFixed(0)} KiB`,
    `${containers} private copies would have been ${mib(containers * unpacked)}`,
  ])
    t.diagnostic(line);
  assert.ok(unpacked > payloadBytes, 'the big layer is unpacked');
  assert.ok(
    growth < unpacked * 1.5 + containers * perContainerBudget,
    `${containers} containers grew the root by ${mib(growth)}; one unpacked image is ${mib(unpacked)}`,
  );
  for (const size of perContainer)
    assert.ok(size < perContainerBudget, `a container snapshot of ${size} bytes`);
});
