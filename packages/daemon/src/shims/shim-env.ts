import { dirname } from 'node:path';
import { envNames, nodeEnvNotInherited } from '@corral/api';

/**
 * The environment of every shim command: corrald's own minus the Node settings no shim inherits, with
 * TTRPC_ADDRESS naming corrald's events socket, and PATH holding this node (the shim binaries and
 * corral-cri-logger are `#!/usr/bin/env node` scripts).
 */
export function shimEnvironment(
  eventsSocket: string,
  base: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base))
    if (v !== undefined && !nodeEnvNotInherited.includes(k)) env[k] = v;
  const nodeDir = dirname(process.execPath);
  const path = env['PATH'] ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  env['PATH'] = path.split(':').includes(nodeDir) ? path : `${path}:${nodeDir}`;
  env[envNames.ttrpcAddress] = eventsSocket;
  return env;
}

/** How to run a shim binary: a `.js` file through this node, anything else directly. */
export function shimCommand(binary: string, args: readonly string[]): [string, string[]] {
  return binary.endsWith('.js') ? [process.execPath, [binary, ...args]] : [binary, [...args]];
}
