import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { dirname, join } from 'node:path';
import { bundleFiles, CorralError, validateIdentifier } from '@corral/api/core';
import { writeFileAtomic } from './atomic-file.js';
import type { ShimFlags } from './flags.js';
import { maxSocketPathLength, shimSocketPath, toUnixAddress } from './socket-address.js';
import { canConnect } from './socket-probe.js';
import { droppedEnvNames, shimEnv } from './tuning.js';

export interface StartCommandOptions {
  flags: ShimFlags;
  /** The bundle: containerd runs `start` with the bundle as working directory. */
  bundle: string;
  env: NodeJS.ProcessEnv;
  /** How to run this shim again in serve mode: [node, ...execArgv, script]. */
  selfCommand: readonly string[];
  /** Where shim sockets live (containerd's constant /run/containerd/s; a parameter for tests). */
  socketDir?: string;
}

/**
 * containerd's `start`: bind the shim socket, hand it to a detached serving shim as fd 3 (no window
 * in which a client could find the socket unbound), write `address`, return it. A live shim already
 * serving this socket is reused. Nothing but the address may reach stdout/stderr, and the server
 * must not inherit them, or containerd's CombinedOutput would wait forever.
 */
export async function runStartCommand(o: StartCommandOptions): Promise<string> {
  const { flags } = o;
  validateIdentifier(flags.namespace, 'namespace');
  validateIdentifier(flags.id, 'id');
  const socketPath = shimSocketPath(flags.address, flags.namespace, flags.id, o.socketDir);
  if (socketPath.length > maxSocketPathLength) {
    throw new CorralError(
      'InvalidArgument',
      `shim socket path ${socketPath} is longer than ${maxSocketPathLength} bytes`,
    );
  }
  const address = toUnixAddress(socketPath);
  mkdirSync(dirname(socketPath), { recursive: true, mode: 0o711 });
  if (await canConnect(socketPath)) {
    writeFileAtomic(join(o.bundle, bundleFiles.address), address);
    return address;
  }
  rmSync(socketPath, { force: true });
  const server = await listen(socketPath);
  chmodSync(socketPath, 0o600);
  const fd = serverFd(server);
  const [cmd, ...args] = o.selfCommand;
  if (cmd === undefined) throw new CorralError('Internal', 'no command to start the serving shim');
  const serveArgs = ['-namespace', flags.namespace, '-id', flags.id, '-address', flags.address];
  if (flags.publishBinary) serveArgs.push('-publish-binary', flags.publishBinary);
  if (flags.debug) serveArgs.push('-debug');
  if (flags.logLevel) serveArgs.push('-log-level', flags.logLevel);
  // node:child_process, not execa (STYLE's default): `start` is on every container start's critical
  // path, and no shim loads execa (docs/decisions.md, "Shim start time and memory"). Its termination
  // is decided the same way: detached into its own session, not waited for, not killed when we exit.
  const child = spawn(cmd, [...args, ...serveArgs], {
    cwd: o.bundle,
    env: serveEnv(o.env),
    detached: true,
    stdio: ['ignore', 'ignore', 'ignore', fd],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', reject);
    });
  } catch (cause) {
    // No server will ever answer on it: leave no socket for the next `start` to probe.
    server.close();
    rmSync(socketPath, { force: true });
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new CorralError('Internal', `start the serving shim ${cmd}: ${why}`, { cause });
  }
  child.unref();
  writeFileAtomic(join(o.bundle, bundleFiles.address), address);
  return address;
}

/**
 * The serving shim inherits containerd's env, minus what would slow its start or change its
 * behaviour, plus the shim's own settings (tuning.ts; the same the bundle's `#!` line applies).
 */
function serveEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) if (!droppedEnvNames.includes(k)) out[k] = v;
  return { ...out, ...shimEnv };
}

function listen(path: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(path, () => resolve(server));
  });
}

/** The listening socket's fd: Node exposes it on the handle (Linux), which is what we pass as fd 3. */
function serverFd(server: Server): number {
  const fd = (server as unknown as { _handle?: { fd?: number } })._handle?.fd;
  if (typeof fd !== 'number' || fd < 0)
    throw new CorralError('Internal', 'cannot get the listening socket fd');
  return fd;
}
