import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { SysError } from './errors.js';

/** What waitid reported, as the addon builds it (see ExitStatus for the meaning of each field). */
export interface NativeExitStatus {
  pid: number;
  exitCode: number | null;
  signal: number | null;
  status: number;
  reapedAt: bigint;
}

declare const pollBrand: unique symbol;
/** An open uv_poll_t, owned by the addon; only pollStop/pollRef take it. */
export type PollHandle = { readonly [pollBrand]: true };

/** The addon's exports (native/*.c). Every function but mount/umount2 is synchronous and never blocks. */
export interface NativeBinding {
  setErrorClass(ctor: typeof SysError): void;
  pollStart(fd: number, callback: (status: number) => void, ref: boolean): PollHandle;
  pollStop(poll: PollHandle): void;
  pollRef(poll: PollHandle, ref: boolean): void;
  setChildSubreaper(enabled: boolean): void;
  isChildSubreaper(): boolean;
  pidfdOpen(pid: number): number;
  pidfdSendSignal(pidfd: number, signal: number): void;
  pidfdReap(pidfd: number): NativeExitStatus | null;
  peekExited(): number;
  reapPid(pid: number): NativeExitStatus | null;
  socketPair(): [number, number];
  pipe(): [number, number];
  /** On libuv's thread pool (the kernel may take milliseconds); rejects with a SysError. */
  mount(
    source: string | null,
    target: string,
    fstype: string | null,
    flags: number,
    data: string | null,
  ): Promise<void>;
  umount2(target: string, flags: number): Promise<void>;
  spawn(
    file: string,
    argv: string[],
    envp: string[] | null,
    cwd: string | null,
    fds: number[],
    setsid: boolean,
  ): number;
  sendFd(socketFd: number, fd: number, message: string): void;
  recvFd(socketFd: number): { fd: number; bytes: number } | null;
  listenUnix(path: string, backlog: number): number;
  acceptUnix(fd: number): number | null;
  peerCredentials(fd: number): { pid: number; uid: number; gid: number };
  setWinsize(fd: number, rows: number, cols: number): void;
  getWinsize(fd: number): { rows: number; cols: number };
  eventfd(): number;
  eventfdRead(fd: number): bigint | null;
}

/**
 * Where the addon may be, first match wins: beside this module, which is where a bundle that inlines
 * this package ships it (this module's URL is then the bundle's: the shim's or corrald's
 * dist/<name>-bundle.cjs), then node-gyp's output relative to dist/src/, where this file runs from.
 */
const addonPaths = [
  fileURLToPath(new URL('corral_sys.node', import.meta.url)),
  fileURLToPath(new URL('../../build/Release/corral_sys.node', import.meta.url)),
];

let binding: NativeBinding | undefined;

/**
 * The addon, loaded on first use: the pure-TypeScript parts of this package (processStartTime)
 * work even where it was never built.
 */
export function native(): NativeBinding {
  if (binding !== undefined) return binding;
  const require = createRequire(import.meta.url);
  const addonPath = addonPaths.find((p) => existsSync(p)) ?? addonPaths.at(-1)!;
  let loaded: NativeBinding;
  try {
    loaded = require(addonPath) as NativeBinding;
  } catch (err) {
    throw new Error(
      `load the @corral/sys native addon from ${addonPath}: ${err instanceof Error ? err.message : String(err)} ` +
        '(build it with `npm run build` in packages/sys; it needs node-gyp, gcc and the Node headers)',
      { cause: err },
    );
  }
  loaded.setErrorClass(SysError);
  binding = loaded;
  return binding;
}
