// The machine a run happened on, and the versions of every peer: printed with the results, since
// numbers from a shared 2-core box mean little without the load next to them.
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';
import { corralBin } from './peers/corrald.js';
import { versionOf } from './proc.js';

export function loadAverages() {
  return loadavg().map((x) => Number(x.toFixed(2)));
}

function gitCommit() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head} (+ uncommitted changes)` : head;
  } catch {
    return 'unknown';
  }
}

export function machine() {
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    kernel: release(),
    node: process.version,
    // Node parses every CA certificate at start-up when this is set: it changes every node CLI's time.
    nodeExtraCaCerts: process.env.NODE_EXTRA_CA_CERTS ?? null,
    commit: gitCommit(),
  };
}

export function versions() {
  return {
    corral: `${versionOf(corralBin, ['--version'])} (${corralBin})`,
    'corral-shim': versionOf('corral-shim', ['-v']),
    containerd: versionOf('containerd', ['--version']),
    ctr: versionOf('ctr', ['--version']),
    'containerd-shim-runc-v2': versionOf('containerd-shim-runc-v2', ['-v'], 2),
    podman: versionOf('podman', ['--version']),
    conmon: versionOf('conmon', ['--version']),
    runc: versionOf('runc', ['--version']),
    crun: versionOf('crun', ['--version']),
  };
}
