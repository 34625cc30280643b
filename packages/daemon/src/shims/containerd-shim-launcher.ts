import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { bundleFiles, containerd, CorralError, google, packAny, typeUrls } from '@corral/api';
import { processStartTime } from '@corral/sys';
import { timeouts } from '../timeouts.js';
import { LogFifo } from './log-fifo.js';
import type { LaunchRequest, LaunchedShim, ShimLauncher } from './shim-launch.js';
import { ShimConnection } from './shim-connection.js';
import { shimCommand, shimEnvironment } from './shim-env.js';

export interface ContainerdShimLauncherOptions {
  /** containerd-shim-runc-v2 */
  binary: string;
  apiSocket: string;
  eventsSocket: string;
  debug: boolean;
  /** runc's --root (the shim appends the namespace). */
  runcRoot: string;
}

/** containerd.runc.v1.Options as corrald sends them, on `start`'s stdin and in Create. */
export function runcOptionsAny(binaryName: string, root: string): google.protobuf.Any {
  return packAny(typeUrls.RuncOptions, containerd.runc.v1.Options, { binaryName, root });
}

/**
 * Drives Debian's containerd-shim-runc-v2 exactly as containerd 1.6 does (spec §5.4): the log FIFO
 * open for reading before `start`, TTRPC_ADDRESS naming corrald's events socket, the runc options
 * on stdin, stdout+stderr read together as the address, then dial and Connect.
 */
export class ContainerdShimLauncher implements ShimLauncher {
  constructor(private readonly o: ContainerdShimLauncherOptions) {}

  async launch(req: LaunchRequest): Promise<LaunchedShim> {
    const logFifo = await LogFifo.open(req.bundle, req.logger);
    try {
      const args = [
        '-namespace',
        req.namespace,
        '-address',
        this.o.apiSocket,
        '-publish-binary',
        '/bin/false',
      ];
      args.push('-id', req.id);
      if (this.o.debug) args.push('-debug');
      args.push('start');
      const [cmd, argv] = shimCommand(this.o.binary, args);
      const options = runcOptionsAny('runc', this.o.runcRoot);
      const r = await execa(cmd, argv, {
        cwd: req.bundle,
        env: shimEnvironment(this.o.eventsSocket),
        extendEnv: false,
        input: Buffer.from(google.protobuf.Any.encode(options).finish()),
        all: true,
        reject: false,
        timeout: timeouts.shimStartCommandMs,
      });
      const output = String(r.all ?? '').trim();
      if (r.exitCode !== 0 || !output) {
        throw new CorralError(
          'Internal',
          `${this.o.binary} start for ${req.id}: ${output || r.message}${r.exitCode === undefined ? '' : `: exit status ${r.exitCode}`}`,
        );
      }
      if (!output.startsWith('unix://')) {
        throw new CorralError(
          'Internal',
          `${this.o.binary} start printed ${JSON.stringify(output)}, not an address`,
        );
      }
      const socket = output.slice('unix://'.length);
      await writeFile(join(req.bundle, bundleFiles.shimBinaryPath), this.o.binary, { mode: 0o600 });
      const conn = await ShimConnection.dial(req.namespace, req.id, socket, req.onClose);
      try {
        const hello = await conn.task.connect({ id: req.id }, conn.opts(timeouts.shimConnectMs));
        const pid = hello.shimPid ?? 0;
        const startTime = processStartTime(pid);
        if (pid <= 0 || startTime === undefined) {
          throw new CorralError('Internal', `${this.o.binary} for ${req.id} reported no live pid (${pid})`);
        }
        return { conn, pid, startTime, socket, logFifo };
      } catch (err) {
        await conn.close();
        throw err;
      }
    } catch (err) {
      logFifo.close();
      throw err;
    }
  }
}
