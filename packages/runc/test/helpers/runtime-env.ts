import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { TestContext } from 'node:test';
import {
  ensureBusyboxRootfs,
  removeTempDir,
  skipUnless,
  uniqueId,
  writeBundle,
  type SpecOptions,
} from '@corral/test-utils';
import { Runc, isNotExistError } from '../../src/index.js';

/** Longest any single real runc call may take before the test fails instead of hanging. */
export const runcCallTimeoutMs = 30_000;

/**
 * What one runtime's tests share: a directory holding every test's `--root`, and the cgroups and
 * pids they made. Roots live here rather than in each test's temp dir so that the leak check at
 * the end of the file can still ask runc about them: a root removed with its test would list
 * empty even when a container it held is still running.
 */
export class RuntimeSuite {
  dir = '';
  readonly roots: string[] = [];
  readonly cgroupsPaths: string[] = [];
  readonly pids: number[] = [];

  constructor(readonly bin: string) {}

  open(): void {
    this.dir = mkdtempSync(join(tmpdir(), `cr-${this.bin}-`));
  }

  close(): void {
    if (this.dir) removeTempDir(this.dir);
  }
}

export interface RuntimeEnv {
  /** The test's temp dir: bundles, runc's log, stdio files. */
  dir: string;
  root: string;
  log: string;
  runc: Runc;
  /** A unique container id, deleted (--force) when the test ends, whatever happened. */
  newId(prefix?: string): string;
  /** Write `<dir>/<id>/config.json` for the busybox rootfs with a unique cgroupsPath. */
  bundle(id: string, args: string[], extra?: Partial<SpecOptions>): string;
  cgroupsPath(id: string): string;
}

/**
 * A Runc for one test on its own root and log, or undefined when the test was skipped. Teardown
 * (registered right after the temp dir is made) deletes every id the test asked for, then removes
 * the temp dir; node:test runs t.after hooks first-registered-first, so it is one hook doing both
 * in the right order.
 */
export function runtimeEnv(t: TestContext, suite: RuntimeSuite): RuntimeEnv | undefined {
  if (skipUnless(t, { root: true, bins: [suite.bin] })) return undefined;
  const rootPath = ensureBusyboxRootfs();
  const dir = mkdtempSync(join(tmpdir(), 'cr-'));
  t.after(() => teardown());
  const ids: string[] = [];
  const root = join(suite.dir, `root-${basename(dir)}`);
  suite.roots.push(root);
  const log = join(dir, 'runc.log');
  const runc = new Runc({ command: suite.bin, root, log, logFormat: 'json', timeoutMs: runcCallTimeoutMs });

  async function teardown(): Promise<void> {
    const failures: unknown[] = [];
    for (const id of ids.reverse()) {
      await runc.delete(id, { force: true }).catch((err: unknown) => {
        if (!isNotExistError(err)) failures.push(err);
      });
    }
    removeTempDir(dir);
    if (failures.length > 0) throw new AggregateError(failures, 'teardown could not delete every container');
  }

  const cgroupsPath = (id: string): string => `/corral-rt-${id}`;
  return {
    dir,
    root,
    log,
    runc,
    newId(prefix = 'rt') {
      const id = uniqueId(prefix);
      ids.push(id);
      return id;
    },
    bundle(id, args, extra = {}) {
      suite.cgroupsPaths.push(cgroupsPath(id));
      return writeBundle(join(dir, id), { args, rootPath, cgroupsPath: cgroupsPath(id), ...extra });
    },
    cgroupsPath,
  };
}

/** cgroup v1 controller directories (and the v2 mount) where a container's cgroup could be left. */
export function cgroupDirsFor(cgroupsPath: string): string[] {
  const base = '/sys/fs/cgroup';
  let controllers: string[];
  try {
    controllers = readdirSync(base);
  } catch {
    return [];
  }
  return controllers.map((c) => join(base, c, cgroupsPath)).filter((p) => existsSync(p));
}
