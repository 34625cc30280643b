// A private containerd (test-utils' harness: CRI plugin off, own root/state/sockets/namespace,
// torn down by pid) with the busybox image built from the same busybox-static the others use.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildBusyboxImageTar,
  importImage,
  pidsWithArgv,
  removeTempDir,
  startContainerd,
} from '@corral/test-utils';
import { onCleanup } from '../cleanup.js';
import { argvOf } from '../proc.js';

/** The image tar every peer that takes an image imports (built once, cached by test-utils). */
let imageTar;
export async function busyboxImageTar() {
  if (!imageTar) {
    const dir = mkdtempSync(join(tmpdir(), 'cb-img-'));
    onCleanup(`image dir ${dir}`, () => removeTempDir(dir));
    imageTar = await buildBusyboxImageTar(join(dir, 'busybox.tar'));
  }
  return imageTar;
}

export async function startBenchContainerd() {
  // The harness registers its teardown with `after`; ours runs it with everything else.
  const scope = { after: (fn) => onCleanup('containerd', fn) };
  const ctd = await startContainerd(scope, { logLevel: 'warn' });
  const tar = await busyboxImageTar();
  const image = await importImage(ctd.ctr, tar.path);
  return Object.assign(ctd, {
    image,
    /** containerd-shim-runc-v2 processes of our containerd, with the container id each serves. */
    shims() {
      const out = [];
      for (const pid of pidsWithArgv(ctd.address, '-id')) {
        const argv = argvOf(pid);
        if (!argv[0]?.includes('containerd-shim') || argv.includes('start') || argv.includes('delete'))
          continue;
        out.push({ pid, id: argv[argv.indexOf('-id') + 1] });
      }
      return out;
    },
  });
}
