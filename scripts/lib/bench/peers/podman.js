// Podman on private paths only: --root/--runroot/--tmpdir under a temp dir, a private
// containers.conf (file locks under the tmpdir instead of /dev/shm/libpod_lock, events to a file),
// --network none, cgroupfs under the bench's cgroup parent, crun's state under the temp dir. The
// one write podman makes to a system path (containers/image's blob-info cache in
// /var/lib/containers/cache, at `load`) happens in a private mount namespace over a tmpfs.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive, killPid, pidsWithArgv, removeTempDir, waitFor, which } from '@corral/test-utils';
import { onCleanup } from '../cleanup.js';
import { argvOf, parentOf, run } from '../proc.js';
import { cgroupParent } from './cgroups.js';
import { busyboxImageTar } from './containerd.js';

/**
 * podman's default rlimits (nofile and nproc at their maximum) need CAP_SYS_RESOURCE, which root
 * lacks here (crun: "setrlimit RLIMIT_NOFILE: Operation not permitted"); these are what corral's
 * and ctr's containers get.
 */
const ulimits = ['--ulimit', 'nofile=1024:1024', '--ulimit', 'nproc=1024:1024'];

export class BenchPodman {
  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'cb-pd-'));
    const d = (n) => join(this.dir, n);
    this.conf = d('containers.conf');
    writeFileSync(
      this.conf,
      [
        '[engine]',
        'lock_type = "file"',
        `tmp_dir = "${d('tmp')}"`,
        `static_dir = "${d('root/libpod')}"`,
        `volume_path = "${d('root/volumes')}"`,
        'events_logger = "file"',
        'cgroup_manager = "cgroupfs"',
        '',
      ].join('\n'),
    );
    this.env = { ...process.env, CONTAINERS_CONF: this.conf };
    this.global = [
      '--root', d('root'),
      '--runroot', d('run'),
      '--tmpdir', d('tmp'),
      '--cgroup-manager', 'cgroupfs',
      '--events-backend', 'file',
      '--network-config-dir', d('net'),
      '--storage-driver', 'overlay',
      '--runtime-flag', `root=${d('crun')}`,
    ]; // prettier-ignore
    this.image = '';
    this.dispose = onCleanup(`podman ${this.dir}`, () => this.#teardown());
  }

  /** `podman <private flags> args…` (rejects on a non-zero exit unless check is false). */
  podman(args, o = {}) {
    return run('podman', [...this.global, ...args], { env: this.env, ...o });
  }

  /** `run` flags every container gets: no network, our cgroup parent, rlimits root may set. */
  runFlags() {
    return ['--network', 'none', '--cgroup-parent', cgroupParent(), ...ulimits];
  }

  async load() {
    const tar = await busyboxImageTar();
    const target = existsSync('/var/lib/containers') ? '/var/lib/containers' : '/var/lib';
    const script = `mount -t tmpfs corral-bench "${target}" && exec "$@"`;
    await run('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', script, 'sh', 'podman', ...this.global, 'load', '-q', '-i', tar.path], {
      env: this.env,
    }); // prettier-ignore
    this.image = tar.ref;
  }

  /** conmon processes of our containers (their argv names our dir). */
  conmons() {
    return pidsWithArgv(this.dir, '--exit-dir').filter((p) => argvOf(p)[0]?.endsWith('conmon'));
  }

  /**
   * The conmon of container `name` (conmon's `-n NAME`), from /proc: no podman call in between.
   * conmon daemonizes: podman's child forks the conmon that stays, and exits; both carry the argv,
   * so the one whose parent is podman is not it.
   */
  conmonOf(name) {
    return this.conmons().find((p) => {
      const argv = argvOf(p);
      return argv[argv.indexOf('-n') + 1] === name && !argvOf(parentOf(p))[0]?.endsWith('podman');
    });
  }

  async #teardown() {
    await this.podman(['rm', '-a', '-f', '-t', '0'], { check: false, timeoutMs: 60_000 }).catch(
      () => undefined,
    );
    for (const pid of pidsWithArgv(this.dir)) killPid(pid);
    await waitFor(() => pidsWithArgv(this.dir).every((p) => !isAlive(p)), { timeoutMs: 5_000 }).catch(
      () => undefined,
    );
    removeTempDir(this.dir);
  }
}

/** A loaded private podman, or { unavailable: reason } when podman cannot run a container here. */
export async function startBenchPodman() {
  for (const bin of ['podman', 'conmon']) {
    if (!which(bin)) return { unavailable: `${bin} is not installed (apt-get install podman conmon)` };
  }
  const p = new BenchPodman();
  try {
    await p.load();
    await p.podman(['run', '--rm', ...p.runFlags(), p.image, 'true'], { timeoutMs: 60_000 });
    return p;
  } catch (err) {
    await p.dispose();
    return { unavailable: `podman cannot run a container here: ${err.message.split('\n')[0]}` };
  }
}
