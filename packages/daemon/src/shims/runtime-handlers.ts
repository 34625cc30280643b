import { CorralError, type google } from '@corral/api';
import type { Logger } from 'pino';
import { ContainerdShimLauncher, runcOptionsAny } from './containerd-shim-launcher.js';
import { CorralShimLauncher, type ShimDirs } from './corral-shim-launcher.js';
import { findOnPath } from './shim-binary.js';
import type { ShimLauncher } from './shim-launch.js';
import type { ShimGroups } from './shim-groups.js';
import { pooledShimNamespace, type ShimPool } from './shim-pool.js';

/** A runtime handler: which shim runs the container and which OCI runtime that shim drives. */
export interface RuntimeHandler {
  readonly name: string;
  /** corral-shim writes the CRI log itself (annotation); containerd's shim needs a logging binary. */
  readonly shim: 'corral-shim' | 'containerd-shim';
  readonly shimBinary: string;
  /** `binary_name` of containerd.runc.v1.Options. */
  readonly runtimeBinary: string;
  readonly launcher: ShimLauncher;
  /** Create's `options`. */
  createOptions(): google.protobuf.Any;
}

export interface RuntimeHandlersOptions {
  corralShimBinary: string;
  /** Default: containerd-shim-runc-v2 on PATH. */
  containerdShimBinary?: string;
  apiSocket: string;
  eventsSocket: string;
  runcRoot: string;
  logLevel: string;
  /** Where shims outside a bundle live (pooled and groups'); without it, neither runs. */
  shimDirs?: ShimDirs;
  /** A warm pool of corral-shims for the `default` namespace (0: none). */
  shimPool?: { size: number; logger: Logger };
}

export const defaultRuntimeHandler = 'runc';
export const containerdRuncHandler = 'io.containerd.runc.v2';

/**
 * The handler table (CRI-O's ValidateRuntimeHandler): `runc` (default) and `crun` through
 * corral-shim, `io.containerd.runc.v2` through Debian's containerd-shim-runc-v2 driving runc.
 */
export class RuntimeHandlers {
  readonly #handlers = new Map<string, RuntimeHandler>();
  readonly #pool: ShimPool | undefined;
  /** corral-shim's shim groups (annotation io.containerd.runc.v2.group). */
  readonly groups: ShimGroups;

  constructor(o: RuntimeHandlersOptions) {
    const corral = new CorralShimLauncher({
      binary: o.corralShimBinary,
      apiSocket: o.apiSocket,
      eventsSocket: o.eventsSocket,
      logLevel: o.logLevel,
      ...(o.shimDirs ? { shimDirs: o.shimDirs } : {}),
    });
    this.groups = corral.groups;
    if (o.shimPool && o.shimPool.size > 0) {
      this.#pool = corral.usePool({ ...o.shimPool, namespace: pooledShimNamespace });
    }
    for (const runtime of ['runc', 'crun']) {
      this.#handlers.set(runtime, {
        name: runtime,
        shim: 'corral-shim',
        shimBinary: o.corralShimBinary,
        runtimeBinary: runtime,
        launcher: corral,
        createOptions: () => runcOptionsAny(runtime, o.runcRoot),
      });
    }
    const containerdShim =
      o.containerdShimBinary ?? findOnPath('containerd-shim-runc-v2') ?? '/usr/bin/containerd-shim-runc-v2';
    this.#handlers.set(containerdRuncHandler, {
      name: containerdRuncHandler,
      shim: 'containerd-shim',
      shimBinary: containerdShim,
      runtimeBinary: 'runc',
      launcher: new ContainerdShimLauncher({
        binary: containerdShim,
        apiSocket: o.apiSocket,
        eventsSocket: o.eventsSocket,
        debug: o.logLevel === 'debug' || o.logLevel === 'trace',
        runcRoot: o.runcRoot,
      }),
      createOptions: () => runcOptionsAny('runc', o.runcRoot),
    });
  }

  get names(): string[] {
    return [...this.#handlers.keys()];
  }

  /** The handler called `name` ('' is the default); InvalidArgument for any other name. */
  get(name: string): RuntimeHandler {
    const h = this.#handlers.get(name || defaultRuntimeHandler);
    if (!h) {
      throw new CorralError(
        'InvalidArgument',
        `unknown runtime handler ${JSON.stringify(name)} (known: ${this.names.join(', ')})`,
      );
    }
    return h;
  }

  /** Starts filling the warm pool (after recovery swept the last one's leftovers). */
  startPool(): void {
    this.#pool?.fill();
  }

  /** Kills the warm pool's idle shims (the ones serving containers live on). */
  closePool(): void {
    this.#pool?.close();
  }

  /** The handler if known (records of an older daemon may name one this daemon lacks). */
  find(name: string): RuntimeHandler | undefined {
    return this.#handlers.get(name || defaultRuntimeHandler);
  }
}
