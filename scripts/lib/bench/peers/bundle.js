// The floor: runc and crun run straight from an OCI bundle on the shared busybox-static rootfs
// (the one scripts/lib/make-rootfs.js builds), each with a private --root, under the bench's
// cgroup parent.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBusyboxRootfs, ociSpec, removeTempDir } from '@corral/test-utils';
import { ignoreFailure, onCleanup } from '../cleanup.js';
import { run } from '../proc.js';
import { cgroupParent } from './cgroups.js';

export class BundleRunner {
  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'cb-oci-'));
    this.rootfs = ensureBusyboxRootfs();
    this.n = 0;
    this.live = new Set();
    onCleanup(`bundles ${this.dir}`, () => {
      for (const [runtime, id] of this.live) {
        ignoreFailure(() =>
          execFileSync(runtime, ['--root', join(this.dir, runtime), 'delete', '-f', id], { stdio: 'ignore' }),
        );
      }
      removeTempDir(this.dir);
    });
  }

  /**
   * A bundle running `args`. The rootfs is read-only and shared, so one bundle serves many runs,
   * one at a time (they share the cgroup path too).
   */
  bundle(name, args) {
    const b = join(this.dir, name);
    mkdirSync(b, { recursive: true });
    const spec = ociSpec({ args, rootPath: this.rootfs, cgroupsPath: `${cgroupParent()}/${name}` });
    writeFileSync(join(b, 'config.json'), JSON.stringify(spec));
    return b;
  }

  /** `<runtime> --root <private> run --bundle B <fresh id>`: create, start, wait, delete in one. */
  async run(runtime, bundle) {
    const id = `cb-${process.pid}-${this.n++}`;
    const entry = [runtime, id];
    this.live.add(entry);
    try {
      return await run(runtime, ['--root', join(this.dir, runtime), 'run', '--bundle', bundle, id]);
    } finally {
      this.live.delete(entry);
    }
  }
}
